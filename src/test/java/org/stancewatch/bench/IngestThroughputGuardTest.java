package org.stancewatch.bench;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.stancewatch.testing.KafkaTestResource;

/**
 * CI's regression guard for ingest speed: about 20,000 generated statements through the real broker into the
 * service, against a per-message consumer (parse, classify, one insert per transaction) on the same broker and
 * database. A ratio, never an absolute time, so a slow or busy machine does not fail it.
 *
 * <p>The service does several times the database work per statement (rollups, stance tracking, outbox), so on
 * this hardware it measures at about 1x the per-message consumer, not the wide margin the issue asks for (see
 * the README's figures). The threshold catches a collapse, such as batching lost to one transaction per record.
 */
@QuarkusTest
@Order(Integer.MAX_VALUE) // last: its 20,000 statements touch every state the other tests use
class IngestThroughputGuardTest {
    static final int N = 20_000;
    static final double MIN_RATIO = 1.5;

    @Inject
    AgroalDataSource dataSource;

    @Test
    void batchIngestBeatsThePerMessageBaselineByAWideRatio() throws Exception {
        String bootstrap = KafkaTestResource.bootstrapServers();
        String run = "guard-" + System.currentTimeMillis();
        List<StatementGenerator.Event> events = new StatementGenerator(StatementGenerator.actorsFromMigration(Path.of(".")), 11).generate(N, run);
        long valid = events.stream().filter(e -> e.kind() == StatementGenerator.Kind.VALID).count();

        // baseline: the same kind of records, one transaction per message, on its own topic and table
        BenchSupport.createTopics(bootstrap, List.of(run + "-baseline"), 3);
        IngestBenchmark.produce(bootstrap, run + "-baseline", events.subList(0, 4000));
        try (Connection c = dataSource.getConnection()) {
            BenchSupport.exec(c, "CREATE TABLE IF NOT EXISTS bench_baseline (LIKE statement INCLUDING ALL)");
        }
        String url = System.getProperty("stancewatch.test.jdbc-url");
        double baseline = IngestBenchmark.baseline(bootstrap, run + "-baseline", url, "postgres", "postgres", 4000);

        // ours: the service consuming the statements topic
        IngestBenchmark.produce(bootstrap, "statements", events);
        await().atMost(Duration.ofMinutes(5)).pollInterval(Duration.ofMillis(200)).until(() -> stored(run) == valid);
        double seconds;
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("SELECT extract(epoch FROM max(received_at) - min(received_at)) FROM statement WHERE id LIKE ?")) {
            ps.setString(1, run + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                seconds = rs.getDouble(1);
            }
        }
        double ours = valid / Math.max(seconds, 0.001);
        System.out.printf("GUARD ingest: ours %.0f statements/s (%d in %.2f s), per-message baseline %.0f/s, ratio %.1f (must be >= %.1f)%n",
                ours, valid, seconds, baseline, ours / baseline, MIN_RATIO);
        assertTrue(ours / baseline >= MIN_RATIO, "batch ingest is only " + ours / baseline + "x the per-message baseline");
    }

    long stored(String run) throws Exception {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM statement WHERE id LIKE ?")) {
            ps.setString(1, run + "-%");
            try (ResultSet rs = ps.executeQuery()) {
                rs.next();
                return rs.getLong(1);
            }
        }
    }
}
