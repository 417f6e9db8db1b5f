package org.stancewatch.statement;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.stancewatch.testing.Api;
import org.stancewatch.testing.TestKafka;

/** End to end through the real broker and PostgreSQL: the statements topic, the REST path, the DLQ. */
@QuarkusTest
class StatementPipelineTest {

    static final String MS_TEXT = "We firmly support the multistakeholder model of Internet governance and oppose moving it "
            + "into intergovernmental bodies.";

    static String uid(String prefix) {
        return prefix + "-" + UUID.randomUUID();
    }

    static String event(String id, String state, String text) {
        return """
                {"id":"%s","state":"%s","forum":"IGF","date":"2024-12-17","language":"en","text":"%s","source":"test"}"""
                .formatted(id, state, text);
    }

    static void awaitStored(String id) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() ->
                Api.viewer().get("/api/v1/statements/{id}", id).then().statusCode(200));
    }

    static List<ConsumerRecord<String, byte[]>> dlqFor(String marker) {
        return TestKafka.readAll("statements-dlq").stream()
                .filter(r -> new String(r.value(), StandardCharsets.UTF_8).contains(marker)
                        || marker.equals(TestKafka.header(r, "dead-letter-statement-id")))
                .toList();
    }

    @Test
    void anEventOnTheTopicShowsUpClassifiedOverRest() {
        String id = uid("kafka");
        TestKafka.produce("statements", "BRA", event(id, "BRA", MS_TEXT));
        awaitStored(id);
        Api.viewer().get("/api/v1/statements/{id}", id).then()
                .statusCode(200)
                .body("id", equalTo(id))
                .body("state", equalTo("BRA"))
                .body("actor", equalTo("BRA"))
                .body("forum", equalTo("IGF"))
                .body("date", equalTo("2024-12-17"))
                .body("language", equalTo("en"))
                .body("classification.stance", equalTo("MULTISTAKEHOLDER"))
                .body("classification.score", greaterThan(0f))
                .body("classification.evidence.size()", greaterThan(0))
                .body("classification.evidence[0].text", notNullValue())
                .body("classification.classifierVersion", notNullValue());
    }

    @Test
    void aRestPostShowsUpTheSameWayAndIsIdempotent() {
        String id = uid("rest");
        String body = event(id, "DEU", MS_TEXT);
        String location = Api.analyst().contentType(ContentType.JSON).body(body)
                .post("/api/v1/statements").then()
                .statusCode(201)
                .header("Location", startsWith("http"))
                .body("classification.stance", equalTo("MULTISTAKEHOLDER"))
                .extract().header("Location");
        assertTrue(location.endsWith("/api/v1/statements/" + id), location);
        String receivedAt = Api.viewer().get("/api/v1/statements/{id}", id).then().statusCode(200)
                .body("classification.stance", equalTo("MULTISTAKEHOLDER")).extract().path("receivedAt");
        // the same content again: 200, nothing changes
        Api.analyst().contentType(ContentType.JSON).body(body).post("/api/v1/statements").then()
                .statusCode(200).body("receivedAt", equalTo(receivedAt));
        // different content under the same id: 409 problem
        Api.analyst().contentType(ContentType.JSON).body(event(id, "DEU", "A different text about connectivity."))
                .post("/api/v1/statements").then()
                .statusCode(409).contentType("application/problem+json").body("status", equalTo(409));
        Api.viewer().queryParam("state", "DEU").queryParam("size", 200).get("/api/v1/statements").then()
                .statusCode(200).body("items.findAll { it.id == '" + id + "' }", hasSize(1));
    }

    @Test
    void aDuplicateOnTheTopicChangesNothingAndAConflictGoesToTheDlq() {
        String id = uid("dup");
        TestKafka.produce("statements", "FRA", event(id, "FRA", MS_TEXT));
        awaitStored(id);
        String receivedAt = Api.viewer().get("/api/v1/statements/{id}", id).then().extract().path("receivedAt");
        TestKafka.produce("statements", "FRA", event(id, "FRA", MS_TEXT));
        TestKafka.produce("statements", "FRA", event(id, "FRA", "Conflicting content for the same id."));
        String next = uid("after-dup");
        TestKafka.produce("statements", "FRA", event(next, "FRA", MS_TEXT));
        awaitStored(next);
        Api.viewer().get("/api/v1/statements/{id}", id).then().body("receivedAt", equalTo(receivedAt))
                .body("text", equalTo(MS_TEXT));
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> dead = dlqFor(id);
            assertEquals(1, dead.size(), "exactly the conflicting record is dead-lettered");
            assertEquals("conflict", TestKafka.header(dead.get(0), "dead-letter-reason"));
            assertTrue(new String(dead.get(0).value(), StandardCharsets.UTF_8).contains("Conflicting content"));
        });
    }

    @Test
    void aStatementTheDatabaseRefusesIsDeadLetteredAloneAndItsBatchNeighboursAreStored() {
        String before = uid("healthy-before"), poison = uid("poison"), after = uid("healthy-after");
        // valid JSON and a valid statement, but PostgreSQL text cannot hold a NUL character
        TestKafka.produceAll("statements", "KEN", List.of(event(before, "KEN", MS_TEXT),
                event(poison, "KEN", "Text with a NUL \\u0000 character"), event(after, "KEN", MS_TEXT)));
        awaitStored(before);
        awaitStored(after);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> dead = dlqFor(poison);
            assertEquals(1, dead.size());
            assertEquals("storage-error", TestKafka.header(dead.get(0), "dead-letter-reason"));
        });
        Api.viewer().get("/api/v1/statements/{id}", poison).then().statusCode(404);
        assertEquals(0, dlqFor(before).size() + dlqFor(after).size());
    }

    static Stream<Arguments> malformed() {
        String big = "x".repeat(100_001);
        return Stream.of(
                Arguments.of("not-json", "this is { not json MARK".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("wrong-type", "{\"id\":\"MARK\",\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"2024-01-01\",\"text\":42}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("missing-field", "{\"id\":\"MARK\",\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"2024-01-01\"}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("unknown-state", "{\"id\":\"MARK\",\"state\":\"XYZ\",\"forum\":\"IGF\",\"date\":\"2024-01-01\",\"text\":\"hello\"}".getBytes(StandardCharsets.UTF_8)),
                Arguments.of("too-large", ("{\"id\":\"MARK\",\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"2024-01-01\",\"text\":\"" + big + "\"}").getBytes(StandardCharsets.UTF_8)),
                Arguments.of("invalid-utf8", concat("{\"id\":\"MARK\",\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"2024-01-01\",\"text\":\"bad ".getBytes(StandardCharsets.UTF_8),
                        new byte[] {(byte) 0xC3, (byte) 0x28, (byte) 0xFF}, "\"}".getBytes(StandardCharsets.UTF_8))),
                Arguments.of("invalid-value", "{\"id\":\"MARK\",\"state\":\"BRA\",\"forum\":\"IGF\",\"date\":\"2024-13-45\",\"text\":\"hello\"}".getBytes(StandardCharsets.UTF_8)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformed")
    void eachMalformedKindLandsInTheDlqWithItsReasonAndConsumptionContinues(String reason, byte[] template) {
        String marker = uid("bad-" + reason);
        byte[] value = new String(template, StandardCharsets.ISO_8859_1).replace("MARK", marker).getBytes(StandardCharsets.ISO_8859_1);
        TestKafka.produce("statements", "BRA", value);
        String good = uid("good-after-" + reason);
        TestKafka.produce("statements", "BRA", event(good, "BRA", MS_TEXT));
        awaitStored(good);
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> {
            List<ConsumerRecord<String, byte[]>> dead = dlqFor(marker);
            assertEquals(1, dead.size());
            assertEquals(reason, TestKafka.header(dead.get(0), "dead-letter-reason"));
            assertTrue(TestKafka.header(dead.get(0), "dead-letter-cause").length() > 3);
            assertEquals("statements", TestKafka.header(dead.get(0), "dead-letter-topic"));
        });
        Api.viewer().get("/api/v1/statements/{id}", marker).then().statusCode(404);
    }

    @Test
    void aMissingLanguageIsDetectedAndAnUnknownForumKeepsItsRawValue() {
        String id = uid("detect");
        String body = """
                {"id":"%s","state":"RUS","forum":"Valdai Club","date":"2023-05","text":"Мы выступаем за межправительственный механизм управления интернетом под эгидой ООН."}"""
                .formatted(id);
        Api.analyst().contentType(ContentType.JSON).body(body).post("/api/v1/statements").then().statusCode(201)
                .body("language", equalTo("ru"))
                .body("languageDetected", equalTo(true))
                .body("forum", equalTo("OTHER"))
                .body("forumRaw", equalTo("Valdai Club"))
                .body("date", equalTo("2023-05-01"))
                .body("datePrecision", equalTo("MONTH"));
    }

    @Test
    void aBlocStatementCountsForTheBloc() {
        String id = uid("bloc");
        String body = """
                {"id":"%s","state":"CUB","onBehalfOf":"G77","forum":"UNGA","date":"2025-10-10","language":"en","text":"%s"}"""
                .formatted(id, MS_TEXT);
        Api.analyst().contentType(ContentType.JSON).body(body).post("/api/v1/statements").then().statusCode(201)
                .body("state", equalTo("CUB")).body("actor", equalTo("G77")).body("onBehalfOf", equalTo("G77"));
    }

    private static byte[] concat(byte[]... parts) {
        int n = 0;
        for (byte[] p : parts) n += p.length;
        byte[] out = new byte[n];
        int i = 0;
        for (byte[] p : parts) {
            System.arraycopy(p, 0, out, i, p.length);
            i += p.length;
        }
        return out;
    }
}
