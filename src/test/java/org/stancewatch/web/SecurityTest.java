package org.stancewatch.web;

import static org.hamcrest.Matchers.equalTo;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.specification.RequestSpecification;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancewatch.testing.Api;

/** 401 without credentials and 403 with the wrong role, on every route that needs them, as problem+json. */
@QuarkusTest
class SecurityTest {

    /** method, path, the weakest role allowed. */
    static Stream<Arguments> routes() {
        return Stream.of(
                Arguments.of("POST", "/api/v1/statements", "analyst"),
                Arguments.of("GET", "/api/v1/statements", "viewer"),
                Arguments.of("GET", "/api/v1/statements/some-id", "viewer"),
                Arguments.of("GET", "/api/v1/statements/some-id/classifications", "viewer"),
                Arguments.of("POST", "/api/v1/classifications", "viewer"),
                Arguments.of("GET", "/api/v1/states", "viewer"),
                Arguments.of("GET", "/api/v1/states/BRA", "viewer"),
                Arguments.of("GET", "/api/v1/trends", "viewer"),
                Arguments.of("GET", "/api/v1/trends/shifts?from=2020&to=2024", "viewer"),
                Arguments.of("GET", "/api/v1/stance-changes", "viewer"),
                Arguments.of("GET", "/api/v1/stance-changes/stream", "viewer"),
                Arguments.of("POST", "/api/v1/admin/reclassifications", "admin"),
                Arguments.of("GET", "/api/v1/admin/reclassifications/latest", "admin"),
                Arguments.of("GET", "/api/v1/admin/reclassifications/1", "admin"),
                Arguments.of("POST", "/api/v1/admin/reclassifications/1/resume", "admin"));
    }

    static io.restassured.response.Response call(RequestSpecification spec, String method, String path) {
        RequestSpecification s = spec.contentType(ContentType.JSON);
        if (method.equals("POST")) s = s.body("{}");
        return s.request(method, path);
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void noCredentialsIs401(String method, String path, String role) {
        call(Api.anonymous(), method, path).then().statusCode(401)
                .contentType("application/problem+json")
                .header("WWW-Authenticate", org.hamcrest.Matchers.startsWith("Basic"))
                .body("status", equalTo(401));
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void wrongPasswordIs401(String method, String path, String role) {
        call(io.restassured.RestAssured.given().auth().preemptive().basic("viewer", "wrong"), method, path).then().statusCode(401)
                .contentType("application/problem+json");
    }

    @ParameterizedTest(name = "{0} {1}")
    @MethodSource("routes")
    void aWeakerRoleIs403(String method, String path, String role) {
        if (role.equals("viewer")) return; // every user has at least viewer
        call(Api.viewer(), method, path).then().statusCode(403).contentType("application/problem+json").body("status", equalTo(403));
        if (role.equals("admin")) {
            call(Api.analyst(), method, path).then().statusCode(403).contentType("application/problem+json");
        }
    }

    @Test
    void anAnalystMayAlsoRead() {
        Api.analyst().get("/api/v1/states/BRA").then().statusCode(200);
    }

    @Test
    void healthIsPublic() {
        Api.anonymous().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }
}
