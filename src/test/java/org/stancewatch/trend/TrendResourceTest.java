package org.stancewatch.trend;

import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.response.ValidatableResponse;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.stancewatch.testing.Api;

/** Trends from the rollups, over a private date range (1996-1997) that no other test writes to. */
@QuarkusTest
class TrendResourceTest {

    static final String MS = "We support the multistakeholder model of Internet governance, with governments, business, civil society and the technical community on an equal footing.";
    static final String ML = "Policy authority for Internet-related public policy issues is the sovereign right of States; a new intergovernmental body under the United Nations should govern the Internet.";
    static final String NONE = "Broadband connectivity and digital skills are essential to close the digital divide in developing countries.";

    static void post(String state, String onBehalfOf, String date, String text) {
        String body = """
                {"id":"%s","state":"%s",%s"forum":"WSIS","date":"%s","language":"en","text":"%s"}"""
                .formatted("trend-" + UUID.randomUUID(), state, onBehalfOf == null ? "" : "\"onBehalfOf\":\"" + onBehalfOf + "\",", date, text);
        Api.analyst().contentType(ContentType.JSON).body(body).post("/api/v1/statements").then().statusCode(201);
    }

    static boolean loaded;

    @BeforeEach
    void data() {
        if (loaded) return;
        loaded = true;
        // FRA: 3 own statements in 1996 (2 MS, 1 none); DEU: 1 ML; FRA on behalf of the EU: 2 ML (count for the EU only)
        post("FRA", null, "1996-02-10", MS);
        post("FRA", null, "1996-03-10", MS);
        post("FRA", null, "1996-04-10", NONE);
        post("DEU", null, "1996-05-10", ML);
        post("FRA", "EU", "1996-06-10", ML);
        post("FRA", "EU", "1996-07-10", ML);
        // 1997: FRA moves towards multilateral
        for (String d : List.of("1997-02-10", "1997-03-10", "1997-04-10", "1997-05-10", "1997-06-10")) post("FRA", null, d, ML);
        for (String d : List.of("1996-08-10", "1996-09-10", "1996-10-10", "1996-11-10")) post("FRA", null, d, MS);
    }

    ValidatableResponse trends(Map<String, Object> params) {
        return Api.viewer().queryParams(params).get("/api/v1/trends").then().statusCode(200);
    }

    @Test
    void perStateYearlyPointsCarryCountsSharesMeanAndInterval() {
        var r = trends(Map.of("interval", "year", "groupBy", "state", "state", "FRA", "from", "1996", "to", "1996"));
        r.body("points.size()", equalTo(1))
                .body("points[0].period", equalTo("1996"))
                .body("points[0].group", equalTo("FRA"))
                .body("points[0].n", equalTo(7))
                .body("points[0].counts.MULTISTAKEHOLDER", equalTo(6))
                .body("points[0].counts.NO_POSITION", equalTo(1))
                .body("points[0].positioned", equalTo(6))
                .body("points[0].meanScore", notNullValue())
                .body("points[0].ci95Low", notNullValue())
                .body("points[0].lowSample", equalTo(false));
        float share = r.extract().path("points[0].shares.MULTISTAKEHOLDER");
        assertEquals(6 / 7.0, share, 0.001);
        float mean = r.extract().path("points[0].meanScore");
        float lo = r.extract().path("points[0].ci95Low");
        float hi = r.extract().path("points[0].ci95High");
        assertTrue(mean > 0 && lo <= mean && mean <= hi, "CI brackets the mean");
    }

    @Test
    void aBlocStatementCountsForTheBlocOnlyAndIsNeverDoubleCounted() {
        // the EU group in 1996 = its members' own statements (FRA 7, DEU 1) + the EU's own (2), each counted once
        var r = trends(Map.of("interval", "year", "groupBy", "bloc", "bloc", "EU", "from", "1996", "to", "1996"));
        r.body("points.find { it.group == 'EU' }.n", equalTo(7 + 1 + 2));
        trends(Map.of("interval", "year", "groupBy", "state", "from", "1996", "to", "1996", "bloc", "EU"))
                .body("points.find { it.group == 'FRA' }.n", equalTo(7))
                .body("points.find { it.group == 'EU' }.n", equalTo(2))
                .body("points.find { it.group == 'DEU' }.n", equalTo(1));
        // a region has only states: the EU's own statements are not in WEOG
        trends(Map.of("interval", "year", "groupBy", "region", "region", "WEOG", "from", "1996", "to", "1996"))
                .body("points.find { it.group == 'WEOG' }.n", equalTo(8));
    }

    @Test
    void smallGroupsAreFlaggedLowSample() {
        trends(Map.of("interval", "month", "groupBy", "state", "state", "DEU", "from", "1996-05", "to", "1996-05"))
                .body("points[0].n", equalTo(1)).body("points[0].lowSample", equalTo(true)).body("points[0].ci95Low", equalTo(null));
    }

    @Test
    void weeksQuartersAndLanguagesWork() {
        trends(Map.of("interval", "week", "state", "DEU", "from", "1996-05-01", "to", "1996-05-31"))
                .body("points.size()", equalTo(1)).body("points[0].period", equalTo("1996-W19"));
        trends(Map.of("interval", "quarter", "groupBy", "language", "state", "FRA", "from", "1996", "to", "1996"))
                .body("points.period", org.hamcrest.Matchers.hasItems("1996-Q1", "1996-Q2", "1996-Q4"))
                .body("points[0].group", equalTo("en"));
        trends(Map.of("interval", "year", "groupBy", "forum", "state", "FRA", "from", "1996", "to", "1996"))
                .body("points[0].group", equalTo("WSIS"));
    }

    @Test
    void conditionalGetsAnswer304UntilTheDataChanges() {
        Map<String, Object> q = Map.of("interval", "year", "state", "DEU", "from", "1996", "to", "1998");
        String etag = Api.viewer().queryParams(q).get("/api/v1/trends").then().statusCode(200)
                .header("Cache-Control", org.hamcrest.Matchers.containsString("max-age")).extract().header("ETag");
        Api.viewer().queryParams(q).header("If-None-Match", etag).get("/api/v1/trends").then().statusCode(304);
        post("DEU", null, "1998-01-10", ML);
        String etag2 = Api.viewer().queryParams(q).header("If-None-Match", etag).get("/api/v1/trends").then().statusCode(200)
                .body("points.size()", equalTo(2)).extract().header("ETag");
        assertNotEquals(etag, etag2);
    }

    @Test
    void gzipIsServedToClientsThatAcceptItWithItsOwnStrongETag() throws Exception {
        Map<String, Object> q = Map.of("interval", "year", "groupBy", "state", "from", "1996", "to", "1998");
        // REST Assured sends Accept-Encoding and decodes on its own unless told not to: these requests say exactly what they accept
        var raw = io.restassured.RestAssured.config().decoderConfig(io.restassured.config.DecoderConfig.decoderConfig().noContentDecoders());
        var plain = Api.viewer().config(raw).queryParams(q).header("Accept-Encoding", "identity").get("/api/v1/trends").then().statusCode(200)
                .header("Content-Encoding", org.hamcrest.Matchers.nullValue()).header("Vary", "Accept-Encoding").extract();
        var zipped = Api.viewer().config(raw).queryParams(q).header("Accept-Encoding", "gzip")
                .get("/api/v1/trends").then().statusCode(200).header("Content-Encoding", "gzip").header("Vary", "Accept-Encoding").extract();
        byte[] unzipped = new java.util.zip.GZIPInputStream(new java.io.ByteArrayInputStream(zipped.asByteArray())).readAllBytes();
        org.junit.jupiter.api.Assertions.assertArrayEquals(plain.asByteArray(), unzipped);
        String plainTag = plain.header("ETag"), zippedTag = zipped.header("ETag");
        assertNotEquals(plainTag, zippedTag, "a strong ETag names one representation");
        Api.viewer().config(raw).queryParams(q).header("Accept-Encoding", "gzip").header("If-None-Match", zippedTag).get("/api/v1/trends").then().statusCode(304);
        Api.viewer().config(raw).queryParams(q).header("Accept-Encoding", "identity").header("If-None-Match", zippedTag).get("/api/v1/trends").then().statusCode(200);
    }

    @org.junit.jupiter.params.ParameterizedTest
    @org.junit.jupiter.params.provider.CsvSource(delimiter = '|', nullValues = "NULL", value = {
        "gzip|true", "deflate, gzip;q=0.5|true", "*|true", "GZIP|true", "br, gzip ; q=1.0|true",
        "gzip;q=0|false", "gzip; q=0.000|false", "identity|false", "deflate, br|false", "NULL|false", "*;q=0|false"})
    void acceptEncodingIsRead(String header, boolean gzip) {
        org.junit.jupiter.api.Assertions.assertEquals(gzip, TrendResource.acceptsGzip(header));
    }

    @Test
    void shiftsRankTheStatesThatMovedMost() {
        Api.viewer().queryParam("from", "1996").queryParam("to", "1997").queryParam("minN", 2)
                .get("/api/v1/trends/shifts").then().statusCode(200)
                .body("shifts.find { it.state == 'FRA' }.nFrom", equalTo(6))
                .body("shifts.find { it.state == 'FRA' }.nTo", equalTo(5))
                .body("shifts.find { it.state == 'FRA' }.countsTo.MULTILATERAL", equalTo(5));
        float delta = Api.viewer().queryParam("from", "1996").queryParam("to", "1997").queryParam("minN", 2)
                .get("/api/v1/trends/shifts").then().extract().path("shifts.find { it.state == 'FRA' }.delta");
        assertTrue(delta < -1, "FRA moved from multistakeholder to multilateral: " + delta);
    }
}
