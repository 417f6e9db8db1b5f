package org.stancewatch.web;

import static org.junit.jupiter.api.Assertions.assertEquals;

import io.quarkus.test.junit.QuarkusTest;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.stancewatch.testing.Api;

/**
 * The committed spec (openapi/openapi.yaml) must be the live one. After an intended API change, regenerate it
 * with {@code ./mvnw test -Dtest=OpenApiDriftTest -Dopenapi.update=true} and commit the result.
 */
@QuarkusTest
class OpenApiDriftTest {
    static final Path SPEC = Path.of("openapi/openapi.yaml");

    @Test
    void theLiveSpecIsTheCommittedSpec() throws Exception {
        String live = Api.anonymous().get("/q/openapi?format=yaml").then().statusCode(200).extract().asString();
        if (Boolean.getBoolean("openapi.update")) {
            Files.createDirectories(SPEC.getParent());
            Files.writeString(SPEC, live, StandardCharsets.UTF_8);
        }
        assertEquals(Files.readString(SPEC, StandardCharsets.UTF_8), live,
                "the live /q/openapi differs from openapi/openapi.yaml; if the change is intended, run "
                        + "./mvnw test -Dtest=OpenApiDriftTest -Dopenapi.update=true and commit openapi/openapi.yaml");
    }
}
