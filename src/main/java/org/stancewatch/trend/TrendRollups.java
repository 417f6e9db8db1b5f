package org.stancewatch.trend;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
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
 * in key order (so concurrent writers cannot deadlock), and the trend version is bumped.
 */
@ApplicationScoped
public class TrendRollups {

    record Key(char grain, LocalDate period, String actor, String forum, String language, String stance) implements Comparable<Key> {
        @Override
        public int compareTo(Key o) {
            int c = Character.compare(grain, o.grain);
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

    public TrendRollups(AgroalDataSource dataSource) {
        this.dataSource = dataSource;
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

    static void add(Map<Key, Sums> delta, StoredStatement s, int sign) {
        for (char grain : new char[] {'M', 'W'}) {
            LocalDate period = grain == 'M' ? month(s.date()) : week(s.date());
            Sums sums = delta.computeIfAbsent(new Key(grain, period, s.actorCode(), s.forumCode(), s.language(), s.stance().name()), k -> new Sums());
            sums.n += sign;
            sums.sum += sign * s.score();
            sums.sumSq += sign * s.score() * s.score();
        }
    }

    private void apply(Map<Key, Sums> delta) throws SQLException {
        delta.values().removeIf(s -> s.n == 0 && s.sum == 0 && s.sumSq == 0);
        if (delta.isEmpty()) return;
        try (Connection conn = dataSource.getConnection()) {
            try (PreparedStatement ps = conn.prepareStatement("""
                    INSERT INTO trend_rollup AS r (grain, period, actor_code, forum_code, language, stance, n, sum_score, sum_score_sq)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)
                    ON CONFLICT (grain, period, actor_code, forum_code, language, stance) DO UPDATE SET
                        n = r.n + EXCLUDED.n, sum_score = r.sum_score + EXCLUDED.sum_score,
                        sum_score_sq = r.sum_score_sq + EXCLUDED.sum_score_sq""")) {
                for (var e : delta.entrySet()) {
                    Key k = e.getKey();
                    ps.setString(1, String.valueOf(k.grain()));
                    ps.setDate(2, Date.valueOf(k.period()));
                    ps.setString(3, k.actor());
                    ps.setString(4, k.forum());
                    ps.setString(5, k.language());
                    ps.setString(6, k.stance());
                    ps.setLong(7, e.getValue().n);
                    ps.setDouble(8, e.getValue().sum);
                    ps.setDouble(9, e.getValue().sumSq);
                    ps.addBatch();
                }
                ps.executeBatch();
            }
            try (PreparedStatement ps = conn.prepareStatement("UPDATE trend_version SET version = version + 1")) {
                ps.executeUpdate();
            }
        }
    }
}
