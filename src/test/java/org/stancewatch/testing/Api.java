package org.stancewatch.testing;

import static io.restassured.RestAssured.given;

import io.restassured.specification.RequestSpecification;

/** REST Assured requests as the test users of the %test profile. */
public final class Api {
    private Api() {}

    public static RequestSpecification analyst() {
        return given().auth().preemptive().basic("analyst", "analyst-test");
    }

    public static RequestSpecification viewer() {
        return given().auth().preemptive().basic("viewer", "viewer-test");
    }

    public static RequestSpecification admin() {
        return given().auth().preemptive().basic("admin", "admin-test");
    }

    public static RequestSpecification anonymous() {
        return given();
    }
}
