package org.stancewatch.stance;

import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.RestAssured;
import jakarta.inject.Inject;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.stancewatch.classification.Classification;
import org.stancewatch.classification.Language;
import org.stancewatch.classification.Stance;
import org.stancewatch.classification.StanceClassifier;
import org.stancewatch.testing.Api;
import org.stancewatch.testing.TestKafka;

/**
 * Stance tracking end to end: statements in through the real broker, events out on the stance-changes
 * topic from the outbox relay, read back with a plain Kafka consumer as an alerting job would.
 */
@QuarkusTest
class StanceChangeEventsTest {

    static final String MS = "We firmly support the multistakeholder model of Internet governance and oppose moving it "
            + "into intergovernmental bodies.";
    static final String ML = "Policy authority for Internet-related public policy issues is the sovereign right of States. "
            + "We call for a new intergovernmental body under the United Nations to govern the Internet.";
    static final ObjectMapper JSON = new ObjectMapper();

    @Inject
    OutboxRelay relay;
    @Inject
    ReclassificationService reclassification;
    @Inject
    StanceClassifier classifier;

    @AfterEach
    void restore() {
        relay.resume();
        reclassification.useClassifier(null);
    }

    static void statement(String state, String date, String text) {
        String id = "st-" + state + "-" + UUID.randomUUID();
        TestKafka.produce("statements", state, """
                {"id":"%s","state":"%s","forum":"UNGA","date":"%s","language":"en","text":"%s"}""".formatted(id, state, date, text));
    }

    static List<JsonNode> events(String state) {
        List<JsonNode> out = new ArrayList<>();
        for (var r : TestKafka.readAll("stance-changes")) {
            if (state.equals(r.key())) {
                try {
                    out.add(JSON.readTree(new String(r.value(), StandardCharsets.UTF_8)));
                } catch (Exception e) {
                    throw new AssertionError(e);
                }
            }
        }
        return out;
    }

    static void awaitStatements(String state, int n) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.viewer().queryParam("state", state).get("/api/v1/statements")
                .then().statusCode(200).body("total", equalTo(n)));
    }

    static void awaitStance(String state, String stance) {
        await().atMost(Duration.ofSeconds(30)).untilAsserted(() -> Api.viewer().get("/api/v1/states/{c}", state)
                .then().statusCode(200).body("state.stance.stance", equalTo(stance)));
    }

    /** Waits for exactly {@code n} events, and checks that the count then stays at {@code n}. */
    static List<JsonNode> exactlyEvents(String state, int n) {
        await().atMost(Duration.ofSeconds(30)).until(() -> events(state).size() >= n);
        await().during(Duration.ofSeconds(2)).atMost(Duration.ofSeconds(10)).until(() -> events(state).size() == n);
        return events(state);
    }

    @Test
    void threeThenThreeFlipsOnceAsACloudEvent() {
        String s = "ARG";
        for (String d : List.of("2020-01-10", "2020-02-10", "2020-03-10")) statement(s, d, MS);
        for (String d : List.of("2020-04-10", "2020-05-10", "2020-06-10")) statement(s, d, ML);
        awaitStatements(s, 6);
        awaitStance(s, "MULTILATERAL");
        List<JsonNode> events = exactlyEvents(s, 2);
        JsonNode first = events.get(0), flip = events.get(1);
        assertEquals("UNKNOWN", first.at("/data/previous/stance").asText());
        assertEquals("MULTISTAKEHOLDER", first.at("/data/current/stance").asText());
        assertEquals("1.0", flip.get("specversion").asText());
        assertEquals("org.stancewatch.stance.changed", flip.get("type").asText());
        assertEquals(s, flip.get("subject").asText());
        assertNotNull(flip.get("time"));
        assertEquals("MULTISTAKEHOLDER", flip.at("/data/previous/stance").asText());
        assertEquals("MULTILATERAL", flip.at("/data/current/stance").asText());
        assertEquals("NEW_STATEMENT", flip.at("/data/cause").asText());
        assertTrue(flip.at("/data/current/score").asDouble() < 0);
        assertTrue(flip.at("/data/statementDate").asText().startsWith("2020-0"));
        assertEquals(classifier.version(), flip.at("/data/classifierVersion").asText());
        // the timeline shows both periods, the first one closed
        Api.viewer().get("/api/v1/states/{c}", s).then()
                .body("timeline.size()", equalTo(2))
                .body("timeline[0].stance", equalTo("MULTISTAKEHOLDER"))
                .body("timeline[0].to", equalTo(flip.at("/data/statementDate").asText()))
                .body("timeline[1].stance", equalTo("MULTILATERAL"))
                .body("timeline[1].from", equalTo(flip.at("/data/statementDate").asText()))
                .body("timeline[1].to", equalTo(null));
        Api.viewer().queryParam("stance", "MULTILATERAL").get("/api/v1/states").then().statusCode(200)
                .body("findAll { it.code == '" + s + "' }.size()", equalTo(1));
    }

    @Test
    void aSingleStrayStatementRaisesNothing() {
        String s = "CHL";
        for (String d : List.of("2021-01-10", "2021-02-10", "2021-03-10")) statement(s, d, MS);
        statement(s, "2021-04-10", ML);
        awaitStatements(s, 4);
        awaitStance(s, "MULTISTAKEHOLDER");
        assertEquals("UNKNOWN", exactlyEvents(s, 1).get(0).at("/data/previous/stance").asText());
    }

    @Test
    void aLateOldStatementUpdatesTheHistoryButRaisesNothing() {
        String s = "PER";
        for (String d : List.of("2022-01-10", "2022-02-10", "2022-03-10")) statement(s, d, MS);
        awaitStatements(s, 3);
        exactlyEvents(s, 1);
        statement(s, "2019-06-01", ML);
        awaitStatements(s, 4);
        awaitStance(s, "MULTISTAKEHOLDER");
        exactlyEvents(s, 1);
        // the replayed timeline now starts with the late statement's stance
        await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> Api.viewer().get("/api/v1/states/{c}", s).then()
                .body("timeline[0].from", equalTo("2019-06-01")));
    }

    @Test
    void aCrashBetweenCommitAndPublishSendsTheEventExactlyOnceAfterRestart() {
        String s = "COL";
        relay.pause(); // the process "dies" after the DB commit, before the relay publishes
        statement(s, "2023-03-01", MS);
        awaitStance(s, "MULTISTAKEHOLDER");
        String eventId = Api.viewer().queryParam("state", s).get("/api/v1/stance-changes").then().statusCode(200)
                .body("total", equalTo(1)).extract().path("items[0].id");
        assertEquals(0, events(s).size(), "nothing was published while the relay was down");
        relay.resume(); // "restart": the relay finds the committed outbox row
        List<JsonNode> events = exactlyEvents(s, 1);
        assertEquals(eventId, events.get(0).get("id").asText());
    }

    @Test
    void twoRelaysNeverPublishTheSameRowTwice() throws Exception {
        List<String> states = List.of("MEX", "URY", "ECU", "BOL", "PRY", "VEN", "CRI", "PAN", "GTM", "HND");
        relay.pause();
        for (String s : states) statement(s, "2024-02-02", MS);
        for (String s : states) awaitStance(s, "MULTISTAKEHOLDER");
        ExecutorService two = Executors.newFixedThreadPool(2);
        List<Future<Integer>> runs = new ArrayList<>();
        for (int i = 0; i < 20; i++) runs.add(two.submit(relay::relayOnce));
        int published = 0;
        for (Future<Integer> f : runs) published += f.get(60, TimeUnit.SECONDS);
        two.shutdown();
        relay.resume();
        assertEquals(states.size(), published, "each row published by exactly one relay pass");
        Set<String> ids = new HashSet<>();
        for (String s : states) {
            for (JsonNode e : exactlyEvents(s, 1)) assertTrue(ids.add(e.get("id").asText()), "duplicate event " + e);
        }
    }

    @Test
    void theSseStreamDeliversAndResumesFromLastEventId() throws Exception {
        String url = RestAssured.baseURI + ":" + RestAssured.port + "/api/v1/stance-changes/stream";
        String auth = "Basic " + Base64.getEncoder().encodeToString("viewer:viewer-test".getBytes(StandardCharsets.UTF_8));
        HttpClient http = HttpClient.newHttpClient();
        List<String> lines = new CopyOnWriteArrayList<>();
        HttpResponse<java.io.InputStream> first = http.send(HttpRequest.newBuilder(URI.create(url + "?state=NIC"))
                .header("Authorization", auth).header("Accept", "text/event-stream").build(), HttpResponse.BodyHandlers.ofInputStream());
        assertEquals(200, first.statusCode());
        Thread reader = new Thread(() -> readLines(first.body(), lines));
        reader.start();
        statement("NIC", "2024-05-05", MS);
        await().atMost(Duration.ofSeconds(30)).until(() -> lines.stream().anyMatch(l -> l.startsWith("data:")));
        String id1 = lines.stream().filter(l -> l.startsWith("id:")).findFirst().orElseThrow().substring(3).strip();
        assertTrue(lines.stream().anyMatch(l -> l.startsWith("data:") && l.contains("\"MULTISTAKEHOLDER\"")));
        first.body().close();
        reader.interrupt();
        // while disconnected, NIC flips
        for (String d : List.of("2024-06-05", "2024-07-05", "2024-08-05")) statement("NIC", d, ML);
        awaitStance("NIC", "MULTILATERAL");
        List<String> resumed = new CopyOnWriteArrayList<>();
        HttpResponse<java.io.InputStream> second = http.send(HttpRequest.newBuilder(URI.create(url + "?state=NIC"))
                .header("Authorization", auth).header("Last-Event-ID", id1).build(), HttpResponse.BodyHandlers.ofInputStream());
        Thread reader2 = new Thread(() -> readLines(second.body(), resumed));
        reader2.start();
        await().atMost(Duration.ofSeconds(30)).until(() -> resumed.stream().anyMatch(l -> l.startsWith("data:") && l.contains("\"MULTILATERAL\"")));
        assertTrue(resumed.stream().noneMatch(l -> l.startsWith("id:") && l.contains(id1)), "resumes after the last event, not at it");
        second.body().close();
        reader2.interrupt();
    }

    @Test
    void aReclassificationRaisesEventsOnlyWhereTheStanceReallyChanged() {
        String changing = "SLV", steady = "DOM";
        String marker = " (reclassification test)";
        for (String d : List.of("2018-01-10", "2018-02-10", "2018-03-10")) statement(changing, d, MS + marker);
        for (String d : List.of("2018-01-10", "2018-02-10", "2018-03-10")) statement(steady, d, MS);
        awaitStatements(changing, 3);
        awaitStatements(steady, 3);
        exactlyEvents(changing, 1);
        exactlyEvents(steady, 1);
        // version 99: reads the marked statements as multilateral, everything else as before
        reclassification.useClassifier(new StanceClassifier() {
            @Override
            public Classification classify(String text, Language language) {
                Classification c = classifier.classify(text, language);
                Stance s = text.endsWith(marker) ? Stance.MULTILATERAL : c.stance();
                double score = text.endsWith(marker) ? -Math.abs(c.score()) : c.score();
                return new Classification(s, score, c.confidence(), c.multistakeholderSignal(), c.multilateralSignal(), c.evidence(), version());
            }

            @Override
            public String version() {
                return "99.0.0-test";
            }
        });
        long id = Api.admin().post("/api/v1/admin/reclassifications").then().statusCode(202).extract().jsonPath().getLong("id");
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> Api.admin().get("/api/v1/admin/reclassifications/{id}", id)
                .then().statusCode(200).body("status", equalTo("DONE")));
        List<JsonNode> changed = exactlyEvents(changing, 2);
        assertEquals("RECLASSIFICATION", changed.get(1).at("/data/cause").asText());
        assertEquals("MULTILATERAL", changed.get(1).at("/data/current/stance").asText());
        assertEquals("99.0.0-test", changed.get(1).at("/data/classifierVersion").asText());
        exactlyEvents(steady, 1);
        Api.viewer().queryParam("cause", "RECLASSIFICATION").queryParam("size", 500).get("/api/v1/stance-changes").then().statusCode(200)
                .body("items.findAll { it.subject == '" + steady + "' }.size()", equalTo(0))
                .body("items.findAll { it.subject == '" + changing + "' }.size()", equalTo(1));
        // the old classification is kept, and queryable by version
        String statementId = Api.viewer().queryParam("state", changing).get("/api/v1/statements").then().extract().path("items[0].id");
        Api.viewer().get("/api/v1/statements/{id}/classifications", statementId).then().statusCode(200)
                .body("size()", equalTo(2))
                .body("classifierVersion", org.hamcrest.Matchers.hasItems("99.0.0-test", classifier.version()));
    }

    private static void readLines(java.io.InputStream in, List<String> sink) {
        try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
            String line;
            while ((line = r.readLine()) != null) sink.add(line);
        } catch (Exception ignored) {
            // closed by the test
        }
    }
}
