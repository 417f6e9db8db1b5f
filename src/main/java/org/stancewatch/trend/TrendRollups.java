package org.stancewatch.trend;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.Map;
import java.util.TreeMap;
import org.stancewatch.statement.StatementsReclassified;
import org.stancewatch.statement.StatementsStored;
import org.stancewatch.statement.StoredStatement;

/**
 * Maintains the trend rollups incrementally, in the transaction that stores or reclassifies statements:
 * a batch is first aggregated in memory per (grain, period, actor, forum, language, stance), then upserted
 * in key order (so concurrent writers cannot deadlock), and the trend version is bumped; after commit the
 * same deltas reach the in-memory copy ({@link TrendMirror}) with the version they produced.
 */
@ApplicationScoped
public class TrendRollups {

    record Key(char cube, char grain, LocalDate period, String actor, String forum, String language, String stance) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Character.compare(cube, o.cube);
            if (c == 0) c = Character.compare(grain, o.grain);
            if (c == 0) c = period.compareTo(o.period);
            if (c == 0) c = actor.compareTo(o.actor);
            if (c == 0) c = forum.compareTo(o.forum);
            if (c == 0) c = language.compareTo(o.language);
            if (c == 0) c = stance.compareTo(o.stance);
            return c;
        }
    }

    static final class Sums {
        long n;
        double sum;
        double sumSq;
    }

    private final AgroalDataSource dataSource;
    private final Event<TrendMirror.RollupsChanged> changed;

    public TrendRollups(AgroalDataSource dataSource, Event<TrendMirror.RollupsChanged> changed) {
        this.dataSource = dataSource;
        this.changed = changed;
    }

    void onStored(@Observes StatementsStored event) throws SQLException {
        Map<Key, Sums> delta = new TreeMap<>();
        for (StoredStatement s : event.statements()) add(delta, s, 1);
        apply(delta);
    }

    void onReclassified(@Observes StatementsReclassified event) throws SQLException {
        Map<Key, Sums> delta = new TreeMap<>();
        for (StoredStatement s : event.before()) add(delta, s, -1);
        for (StoredStatement s : event.after()) add(delta, s, 1);
        apply(delta);
    }

    public static LocalDate month(LocalDate d) {
        return d.withDayOfMonth(1);
    }

    public static LocalDate week(LocalDate d) {
        return d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
    }

    /** Dimensions aggregated away in a cube. */
    public static final String ANY = "*";

    static void add(Map<Key, Sums> delta, StoredStatement s, int sign) {
        for (char grain : new char[] {'M', 'W'}) {
            LocalDate period = grain == 'M' ? month(s.date()) : week(s.date());
            String stance = s.stance().name();
            if (grain == 'M') add(delta, new Key('F', grain, period, s.actorCode(), s.forumCode(), s.language(), stance), s.score(), sign);
            add(delta, new Key('A', grain, period, s.actorCode(), ANY, ANY, stance), s.score(), sign);
            add(delta, new Key('G', grain, period, ANY, s.forumCode(), s.language(), stance), s.score(), sign);
        }
    }

    private static void add(Map<Key, Sums> delta, Key key, double score, int sign) {
        Sums sums = delta.computeIfAbsent(key, k -> new Sums());
        sums.n += sign;
        sums.sum += sign * score;
        sums.sumSq += sign * score * score;
    }

    private void apply(Map<Key, Sums> delta) throws SQLException {
        delta.values().removeIf(s -> s.n == 0 && s.sum == 0 && s.sumSq == 0);
        if (delta.isEmpty()) return;
        try (Connection conn = dataSource.getConnection()) {
            int n = delta.size(), i = 0;
            Object[] cube = new Object[n], grain = new Object[n], period = new Object[n], actor = new Object[n], forum = new Object[n],
                    language = new Object[n], stance = new Object[n], count = new Object[n], sum = new Object[n], sumSq = new Object[n];
            for (var e : delta.entrySet()) {
                Key k = e.getKey();
                cube[i] = String.valueOf(k.cube());
                grain[i] = String.valueOf(k.grain());
                period[i] = Date.valueOf(k.period());
                actor[i] = k.actor();
                forum[i] = k.forum();
                language[i] = k.language();
                stance[i] = k.stance();
                count[i] = e.getValue().n;
                sum[i] = e.getValue().sum;
                sumSq[i] = e.getValue().sumSq;
                i++;
            }
            // one statement for the whole batch; rows arrive in key order, so concurrent writers lock in the same order
            try (PreparedStatement ps = conn.prepareStatement("""
                    INSERT INTO trend_rollup AS r (cube, grain, period, actor_code, forum_code, language, stance, n, sum_score, sum_score_sq)
                    SELECT * FROM unnest(?::char[], ?::char[], ?::date[], ?::varchar[], ?::varchar[], ?::varchar[], ?::varchar[],
                                         ?::bigint[], ?::float8[], ?::float8[])
                    ON CONFLICT (cube, grain, period, actor_code, forum_code, language, stance) DO UPDATE SET
                        n = r.n + EXCLUDED.n, sum_score = r.sum_score + EXCLUDED.sum_score,
                        sum_score_sq = r.sum_score_sq + EXCLUDED.sum_score_sq""")) {
                ps.setArray(1, conn.createArrayOf("bpchar", cube));
                ps.setArray(2, conn.createArrayOf("bpchar", grain));
                ps.setArray(3, conn.createArrayOf("date", period));
                ps.setArray(4, conn.createArrayOf("varchar", actor));
                ps.setArray(5, conn.createArrayOf("varchar", forum));
                ps.setArray(6, conn.createArrayOf("varchar", language));
                ps.setArray(7, conn.createArrayOf("varchar", stance));
                ps.setArray(8, conn.createArrayOf("int8", count));
                ps.setArray(9, conn.createArrayOf("float8", sum));
                ps.setArray(10, conn.createArrayOf("float8", sumSq));
                ps.executeUpdate();
            }
            long version;
            try (PreparedStatement ps = conn.prepareStatement("UPDATE trend_version SET version = version + 1 RETURNING version");
                 ResultSet rs = ps.executeQuery()) {
                rs.next();
                version = rs.getLong(1);
            }
            // delivered to the in-memory copy after commit (and not at all on rollback)
            changed.fire(new TrendMirror.RollupsChanged(version, delta));
        }
    }
}
