package org.stancewatch.trend;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.sql.Connection;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.List;
import java.util.SplittableRandom;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stancewatch.classification.Language;
import org.stancewatch.memberstate.ReferenceData;
import org.stancewatch.statement.IngestService;
import org.stancewatch.statement.NewStatement;
import org.stancewatch.trend.TrendQuery.GroupBy;
import org.stancewatch.trend.TrendQuery.Interval;
import org.stancewatch.web.PartialDate;
import org.stancewatch.web.ProblemException;

/**
 * The in-memory copy of the rollups answers every kind of trend query exactly as the rollup table does, follows
 * the statements as they are stored, and catches up by reloading when the table changes behind its back.
 */
@QuarkusTest
class TrendMirrorTest {

    @Inject
    IngestService ingest;
    @Inject
    TrendQueries queries;
    @Inject
    TrendMirror mirror;
    @Inject
    ReferenceData reference;
    @Inject
    AgroalDataSource dataSource;

    static final String[] TEXTS = {
        "We support the multistakeholder model of Internet governance, with governments, the private sector, civil society and the technical community.",
        "Internet public policy is the sovereign right of States; governments must decide on an equal footing in an intergovernmental body under the UN.",
        "Governance must be multilateral, transparent and democratic, with the full involvement of governments, the private sector, civil society and international organisations.",
        "Closing the digital divide and building capacity remain our priorities for sustainable development.",
    };

    static String sha256(String s) throws Exception {
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    }

    /**
     * States no other test uses: these statements move their stances too, and the stance tests expect the
     * histories of their own actors to be theirs alone. Two regional groups, several blocs between them.
     */
    static final List<String> ACTORS = List.of("AGO", "BDI", "BEN", "BFA", "BWA", "CAF", "COM", "CPV", "DJI", "ERI", "GAB", "GMB",
            "GNB", "LSO", "MRT", "MUS", "NAM", "SYC", "TGO", "FJI", "KIR", "MHL", "NRU", "PLW", "TUV", "VUT", "WSM", "TON", "SLB", "BTN");

    void ingestRandom(SplittableRandom r, int n) throws Exception {
        List<String> actors = ACTORS;
        List<String> forums = new ArrayList<>(reference.forums().keySet());
        List<NewStatement> batch = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String actor = actors.get(r.nextInt(actors.size()));
            LocalDate date = LocalDate.of(2014, 1, 1).plusDays(r.nextInt(12 * 365));
            String text = TEXTS[r.nextInt(TEXTS.length)] + " (" + i + ")";
            Language language = Language.values()[r.nextInt(Language.values().length)];
            batch.add(new NewStatement("mirror-" + UUID.randomUUID(), actor, actor, null, forums.get(r.nextInt(forums.size())), null, date,
                    PartialDate.Precision.DAY, language, text, null, null, sha256(text)));
            if (batch.size() == 250) {
                ingest.ingest(batch);
                batch.clear();
            }
        }
        if (!batch.isEmpty()) ingest.ingest(batch);
    }

    long awaitCurrent() {
        long[] v = {-1};
        await().pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(20)).atMost(Duration.ofSeconds(20)).until(() -> {
            v[0] = queries.version();
            return mirror.read(v[0], c -> c) != null;
        });
        return v[0];
    }

    /** A random query that normalise accepts: every interval, grouping and filter combination. */
    TrendQuery randomQuery(SplittableRandom r) {
        List<String> states = new ArrayList<>(reference.states().keySet());
        List<String> blocs = new ArrayList<>(reference.blocs().keySet());
        List<String> regions = new ArrayList<>(reference.regions().keySet());
        List<String> forums = new ArrayList<>(reference.forums().keySet());
        while (true) {
            Interval interval = Interval.values()[r.nextInt(4)];
            GroupBy groupBy = GroupBy.values()[r.nextInt(GroupBy.values().length)];
            LocalDate from = LocalDate.of(2013, 1, 1).plusDays(r.nextInt(13 * 365));
            LocalDate to = from.plusDays(r.nextInt(interval == Interval.WEEK ? 3000 : 4000));
            String state = r.nextInt(4) == 0 ? (r.nextBoolean() ? states.get(r.nextInt(states.size())) : blocs.get(r.nextInt(blocs.size()))) : null;
            String region = r.nextInt(4) == 0 ? regions.get(r.nextInt(regions.size())) : null;
            String bloc = r.nextInt(4) == 0 ? blocs.get(r.nextInt(blocs.size())) : null;
            String forum = r.nextInt(4) == 0 ? forums.get(r.nextInt(forums.size())) : null;
            String language = r.nextInt(5) == 0 ? Language.values()[r.nextInt(6)].code() : null;
            try {
                return queries.normalise(interval, groupBy, from, to, state, region, bloc, forum, language);
            } catch (ProblemException tooLargeOrCombinationRefused) {
                // draw again
            }
        }
    }

    /** Points in order, counts exact; the score sums to 1e-9 of their size (the two sides add in different orders). */
    static List<String> rendered(Collection<TrendQueries.Acc> acc) {
        List<String> out = new ArrayList<>();
        acc.stream().sorted(Comparator.comparing((TrendQueries.Acc a) -> a.start).thenComparing(a -> a.group)).forEach(a ->
                out.add(a.start + " " + a.group + " " + a.counts + " n=" + a.n + " positioned=" + a.positioned
                        + " sum~" + Math.round(a.sum * 1e6) / 1e6 + " sumSq~" + Math.round(a.sumSq * 1e6) / 1e6));
        return out;
    }

    @Test
    void memoryAndTableAgreeOnEveryKindOfQuery() throws Exception {
        SplittableRandom r = new SplittableRandom(20261123);
        ingestRandom(r, 1500);
        int nonEmpty = 0;
        for (int i = 0; i < 400; i++) {
            TrendQuery q = randomQuery(r);
            List<String> fromMemory, fromTable;
            do { // other tests' statements may still be arriving: compare at one version
                long version = awaitCurrent();
                fromMemory = mirror.read(version, cube -> rendered(queries.fromMemory(cube, q)));
                fromTable = rendered(queries.fromDatabase(q));
                if (queries.version() == version) break;
            } while (true);
            assertNotNull(fromMemory);
            assertEquals(fromTable, fromMemory, q.toString());
            if (!fromMemory.isEmpty()) nonEmpty++;
        }
        assertTrue(nonEmpty > 200, "most queries must see data, saw " + nonEmpty);
    }

    @Test
    void theCopyFollowsNewStatements() throws Exception {
        TrendQuery all = queries.normalise(Interval.YEAR, GroupBy.NONE, LocalDate.of(2010, 1, 1), LocalDate.of(2030, 12, 31), null, null, null, null, null);
        long before = awaitCurrent();
        long n0 = mirror.read(before, cube -> queries.fromMemory(cube, all).stream().mapToLong(a -> a.n).sum());
        ingestRandom(new SplittableRandom(7), 300);
        long after = awaitCurrent();
        assertTrue(after > before);
        long n1 = mirror.read(after, cube -> queries.fromMemory(cube, all).stream().mapToLong(a -> a.n).sum());
        assertEquals(n0 + 300, n1);
    }

    @Test
    void aChangeMadeBehindItsBackIsPickedUpByAReload() throws Exception {
        awaitCurrent();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            // what another instance (or a bulk rebuild) would do: a rollup row and a version bump, with no event here
            s.executeUpdate("INSERT INTO trend_rollup VALUES ('A', 'M', DATE '1990-03-01', 'NOR', '*', '*', 'MIXED', 3, 0.3, 0.03)");
            s.executeUpdate("UPDATE trend_version SET version = version + 1");
        }
        TrendQuery q = queries.normalise(Interval.MONTH, GroupBy.STATE, LocalDate.of(1990, 1, 1), LocalDate.of(1990, 12, 31), "NOR", null, null, null, null);
        try {
            long version = queries.version();
            await().atMost(Duration.ofSeconds(30)).until(() -> mirror.read(version, c -> c) != null);
            List<String> fromMemory = mirror.read(version, cube -> rendered(queries.fromMemory(cube, q)));
            assertEquals(1, fromMemory.size(), fromMemory.toString());
            assertTrue(fromMemory.get(0).contains("MIXED=3"), fromMemory.get(0));
            assertEquals(rendered(queries.fromDatabase(q)), fromMemory);
        } finally {
            try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
                s.executeUpdate("DELETE FROM trend_rollup WHERE period = DATE '1990-03-01' AND actor_code = 'NOR' AND stance = 'MIXED'");
                s.executeUpdate("UPDATE trend_version SET version = version + 1");
            }
        }
    }
}
