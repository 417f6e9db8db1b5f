package org.stancewatch.web;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancewatch.testing.Api;

/** Bad input gets a 4xx application/problem+json naming the field, never a stack trace. */
@QuarkusTest
class ValidationTest {

    static final String OK = "{\"id\":\"v-1\",\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"2024-01-01\",\"text\":\"hello\"}";

    static Stream<Arguments> badStatements() {
        return Stream.of(
                Arguments.of("{\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"2024-01-01\",\"text\":\"t\"}", "id"),
                Arguments.of("{\"id\":\"v\",\"forum\":\"IGF\",\"date\":\"2024-01-01\",\"text\":\"t\"}", "state"),
                Arguments.of("{\"id\":\"v\",\"state\":\"ZZZ\",\"forum\":\"IGF\",\"date\":\"2024-01-01\",\"text\":\"t\"}", "state"),
                Arguments.of("{\"id\":\"v\",\"state\":\"BRA\",\"date\":\"2024-01-01\",\"text\":\"t\"}", "forum"),
                Arguments.of("{\"id\":\"v\",\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"01/02/2024\",\"text\":\"t\"}", "date"),
                Arguments.of("{\"id\":\"v\",\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"2024-01-01\",\"language\":\"pt\",\"text\":\"t\"}", "language"),
                Arguments.of("{\"id\":\"v\",\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"2024-01-01\",\"text\":\"   \"}", "text"),
                Arguments.of("{\"id\":\"v\",\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"2024-01-01\",\"text\":\"t\",\"onBehalfOf\":\"XYZ\"}", "onBehalfOf"),
                Arguments.of("{\"id\":\"v\",\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"2024-01-01\",\"text\":42}", "text"));
    }

    @ParameterizedTest(name = "{1}")
    @MethodSource("badStatements")
    void aBadStatementIs400WithTheField(String body, String field) {
        Api.analyst().contentType(ContentType.JSON).body(body).post("/api/v1/statements").then()
                .statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("violations.field", hasItem(field))
                .body(not(containsString("at org.")));
    }

    @Test
    void malformedJsonIs400() {
        Api.analyst().contentType(ContentType.JSON).body("{not json").post("/api/v1/statements").then()
                .statusCode(400).contentType("application/problem+json").body(not(containsString("at org.")));
    }

    @Test
    void anOversizedBodyIs413() {
        String big = "{\"id\":\"big\",\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"2024-01-01\",\"text\":\"" + "x".repeat(1_100_000) + "\"}";
        Api.analyst().contentType(ContentType.JSON).body(big).post("/api/v1/statements").then()
                .statusCode(413).contentType("application/problem+json").body("status", equalTo(413));
    }

    @Test
    void unknownIdsAre404() {
        Api.viewer().get("/api/v1/statements/does-not-exist").then().statusCode(404).contentType("application/problem+json");
        Api.viewer().get("/api/v1/states/XYZ").then().statusCode(404).contentType("application/problem+json");
        Api.viewer().get("/api/v1/no-such-route").then().statusCode(404).contentType("application/problem+json");
    }

    @Test
    void badQueryParametersAre400() {
        Api.viewer().queryParam("size", 0).get("/api/v1/statements").then().statusCode(400).contentType("application/problem+json")
                .body("violations.field", hasItem("size"));
        Api.viewer().queryParam("size", 10_000).get("/api/v1/statements").then().statusCode(400);
        Api.viewer().queryParam("stance", "SOMEWHAT").get("/api/v1/statements").then().statusCode(400).body("violations.field", hasItem("stance"));
        Api.viewer().queryParam("from", "yesterday").get("/api/v1/statements").then().statusCode(400).body("violations.field", hasItem("from"));
        Api.viewer().queryParam("from", "2024-05-01").queryParam("to", "2024-01-01").get("/api/v1/statements").then().statusCode(400);
        Api.viewer().queryParam("region", "MARS").get("/api/v1/statements").then().statusCode(400).body("violations.field", hasItem("region"));
        Api.viewer().queryParam("interval", "decade").get("/api/v1/trends").then().statusCode(400).body("violations.field", hasItem("interval"));
        Api.viewer().queryParam("groupBy", "planet").get("/api/v1/trends").then().statusCode(400);
        Api.viewer().queryParam("interval", "week").queryParam("from", "1995").get("/api/v1/trends").then().statusCode(400)
                .body("detail", containsString("at most"));
        Api.viewer().queryParam("from", "2020").queryParam("to", "banana").get("/api/v1/trends/shifts").then().statusCode(400);
        Api.viewer().queryParam("cause", "MAGIC").get("/api/v1/stance-changes").then().statusCode(400);
        Api.viewer().header("Last-Event-ID", "not-a-uuid").get("/api/v1/stance-changes/stream").then().statusCode(400);
    }

    @Test
    void aBadClassificationRequestIs400() {
        Api.viewer().contentType(ContentType.JSON).body("{\"text\":\"\"}").post("/api/v1/classifications").then()
                .statusCode(400).contentType("application/problem+json").body("violations.field", hasItem("text"));
        Api.viewer().contentType(ContentType.JSON).body("{\"text\":\"x\",\"language\":\"de\"}").post("/api/v1/classifications").then()
                .statusCode(400).body("violations.field", hasItem("language"));
    }

    @Test
    void theDryRunClassifiesWithoutStoring() {
        Api.viewer().contentType(ContentType.JSON)
                .body("{\"text\":\"Policy authority for Internet-related public policy issues is the sovereign right of States.\"}")
                .post("/api/v1/classifications").then().statusCode(200)
                .body("stance", equalTo("MULTILATERAL"))
                .body("evidence.size()", org.hamcrest.Matchers.greaterThan(0));
    }
}
