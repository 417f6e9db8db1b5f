package org.stancewatch.stance;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.stancewatch.classification.Stance;
import org.stancewatch.statement.StatementsStored;
import org.stancewatch.statement.StoredStatement;

/**
 * Keeps each actor's current stance and timeline up to date, inside the transaction that stored the
 * statements, and writes a stance-change row (the outbox) for every change. Rows of the actors concerned
 * are locked in code order, so two instances (during a rebalance) serialise per actor and never deadlock;
 * every update also checks and bumps the row's version.
 *
 * <p>Statements newer than everything the actor had are applied incrementally; an older-dated (late)
 * statement replays the actor's history, and raises an event only if the current stance ends up different.
 */
@ApplicationScoped
public class StanceTracker {

    private final AgroalDataSource dataSource;
    private final StanceModel model;
    private final Event<StanceChangesWritten> written;

    public StanceTracker(AgroalDataSource dataSource, StanceSettings settings, Event<StanceChangesWritten> written) {
        this.dataSource = dataSource;
        this.model = new StanceModel(settings.params());
        this.written = written;
    }

    /** Fired (in-process) after stance-change rows were written, so the relay can wake up after commit. */
    public record StanceChangesWritten(int count) {}

    record Row(String actor, StanceModel.Current current, java.time.LocalDate lastDate, long lastSeq, long version) {}

    void onStored(@Observes StatementsStored event) throws SQLException {
        Map<String, List<StoredStatement>> byActor = new TreeMap<>();
        for (StoredStatement s : event.statements()) {
            if (s.stance() != Stance.NO_POSITION) byActor.computeIfAbsent(s.actorCode(), k -> new ArrayList<>()).add(s);
        }
        if (byActor.isEmpty()) return;
        int changes = 0;
        try (Connection conn = dataSource.getConnection(); Writes writes = new Writes(conn)) {
            Map<String, Row> rows = lock(conn, new ArrayList<>(byActor.keySet()));
            List<String> inOrder = new ArrayList<>();
            Map<String, StoredStatement> late = new TreeMap<>();
            for (var e : byActor.entrySet()) {
                Row row = rows.get(e.getKey());
                StoredStatement first = e.getValue().stream()
                        .min(Comparator.comparing(StoredStatement::date).thenComparingLong(StoredStatement::seq)).orElseThrow();
                if (row.lastDate() == null || !first.date().isBefore(row.lastDate())) inOrder.add(e.getKey());
                else late.put(e.getKey(), first);
            }
            if (!inOrder.isEmpty()) {
                int maxNew = inOrder.stream().mapToInt(a -> byActor.get(a).size()).max().orElse(0);
                Map<String, List<StanceModel.Point>> recent = recentPoints(conn, inOrder, model.params().maxStatements() + maxNew);
                for (String actor : inOrder) {
                    changes += applyInOrder(writes, rows.get(actor), recent.getOrDefault(actor, List.of()), byActor.get(actor));
                }
            }
            if (!late.isEmpty()) {
                Map<String, List<StanceModel.Point>> histories = histories(conn, new ArrayList<>(late.keySet()));
                for (var e : late.entrySet()) {
                    changes += replay(writes, rows.get(e.getKey()), histories.getOrDefault(e.getKey(), List.of()),
                            StanceChangeCause.LATE_STATEMENT, e.getValue().id());
                }
            }
            writes.flush();
        }
        if (changes > 0) written.fire(new StanceChangesWritten(changes));
    }

    /** Re-derives an actor's stance from its whole history (after a reclassification); returns the events written. */
    public int restance(String actor) throws SQLException {
        try (Connection conn = dataSource.getConnection(); Writes writes = new Writes(conn)) {
            Row row = lock(conn, List.of(actor)).get(actor);
            int n = replay(writes, row, histories(conn, List.of(actor)).getOrDefault(actor, List.of()), StanceChangeCause.RECLASSIFICATION, null);
            writes.flush();
            if (n > 0) written.fire(new StanceChangesWritten(n));
            return n;
        }
    }

    private int applyInOrder(Writes writes, Row row, List<StanceModel.Point> points, List<StoredStatement> fresh) throws SQLException {
        java.util.Set<String> freshIds = new java.util.HashSet<>();
        for (StoredStatement s : fresh) freshIds.add(s.id());
        StanceModel.Current current = row.current();
        int changes = 0;
        StanceModel.Point last = null;
        StanceModel.Point tipped = null;
        List<StanceModel.Period> periods = new ArrayList<>();
        for (int i = 0; i < points.size(); i++) {
            StanceModel.Point pt = points.get(i);
            if (!freshIds.contains(pt.statementId())) continue;
            List<StanceModel.Point> upTo = points.subList(0, i + 1);
            StanceModel.Change change = model.decide(current, upTo);
            if (change != null) {
                // the open period ends here: the stored one on the first change, else the one opened in this pass
                if (periods.isEmpty()) writes.closePeriod(row.actor(), pt.date());
                else periods.set(periods.size() - 1, closed(periods.get(periods.size() - 1), pt.date()));
                periods.add(new StanceModel.Period(pt.date(), null, change.current(), change.support()));
                writes.change(row.actor(), change.previous(), change.current(), StanceChangeCause.NEW_STATEMENT, pt);
                current = change.current();
                tipped = pt;
                changes++;
            } else if (current.known()) {
                current = model.assess(upTo).figures(current.stance());
            }
            last = pt;
        }
        for (StanceModel.Period p : periods) writes.period(row.actor(), p);
        if (last != null) {
            writes.update(row, current, last, tipped == null ? null : tipped.date(), tipped == null ? null : tipped.statementId());
        }
        return changes;
    }

    private static StanceModel.Period closed(StanceModel.Period p, java.time.LocalDate to) {
        return new StanceModel.Period(p.from(), to, p.stance(), p.support());
    }

    private int replay(Writes writes, Row row, List<StanceModel.Point> history, StanceChangeCause cause, String tippingId) throws SQLException {
        StanceModel.Replay replay = model.replay(history);
        writes.deletePeriods(row.actor());
        for (StanceModel.Period p : replay.timeline()) writes.period(row.actor(), p);
        int changes = 0;
        if (!replay.current().stance().equals(row.current().stance())) {
            StanceModel.Point tipping = history.stream().filter(p -> p.statementId().equals(tippingId)).findFirst()
                    .orElse(replay.last());
            writes.change(row.actor(), row.current(), replay.current(), cause, tipping);
            changes++;
        }
        StanceModel.Period since = replay.timeline().isEmpty() ? null : replay.timeline().get(replay.timeline().size() - 1);
        String sinceId = since == null || since.support().isEmpty() ? null : since.support().get(since.support().size() - 1);
        writes.update(row, replay.current(), replay.last(), since == null ? null : since.from(), sinceId);
        return changes;
    }

    private static Map<String, Row> lock(Connection conn, List<String> actors) throws SQLException {
        List<String> sorted = new ArrayList<>(actors);
        sorted.sort(String::compareTo);
        Array array = conn.createArrayOf("varchar", sorted.toArray());
        try (PreparedStatement ps = conn.prepareStatement(
                "INSERT INTO actor_stance (actor_code, stance) SELECT a, 'UNKNOWN' FROM unnest(?::varchar[]) a ORDER BY a ON CONFLICT DO NOTHING")) {
            ps.setArray(1, array);
            ps.executeUpdate();
        }
        Map<String, Row> rows = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT actor_code, stance, score, confidence, n, last_date, last_seq, version FROM actor_stance
                WHERE actor_code = ANY (?) ORDER BY actor_code FOR UPDATE""")) {
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    Date d = rs.getDate(6);
                    rows.put(rs.getString(1), new Row(rs.getString(1),
                            new StanceModel.Current(rs.getString(2), rs.getFloat(3), rs.getFloat(4), rs.getInt(5)),
                            d == null ? null : d.toLocalDate(), rs.getLong(7), rs.getLong(8)));
                }
            }
        }
        return rows;
    }

    private static final String POINT_COLUMNS = "id, seq, statement_date, stance, score, confidence, classifier_version";

    private static StanceModel.Point point(ResultSet rs, int offset) throws SQLException {
        return new StanceModel.Point(rs.getString(offset), rs.getLong(offset + 1), rs.getDate(offset + 2).toLocalDate(),
                Stance.valueOf(rs.getString(offset + 3)), rs.getFloat(offset + 4), rs.getFloat(offset + 5), rs.getString(offset + 6));
    }

    /** The last {@code limit} positioned statements of each actor, oldest first, in one round trip. */
    private static Map<String, List<StanceModel.Point>> recentPoints(Connection conn, List<String> actors, int limit) throws SQLException {
        Map<String, List<StanceModel.Point>> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("""
                SELECT a.code, s.* FROM unnest(?::varchar[]) AS a(code)
                CROSS JOIN LATERAL (
                    SELECT %s FROM statement
                    WHERE actor_code = a.code AND stance <> 'NO_POSITION'
                    ORDER BY statement_date DESC, seq DESC LIMIT ?) s""".formatted(POINT_COLUMNS))) {
            ps.setArray(1, conn.createArrayOf("varchar", actors.toArray()));
            ps.setInt(2, limit);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(point(rs, 2));
            }
        }
        for (List<StanceModel.Point> l : out.values()) {
            l.sort(Comparator.comparing(StanceModel.Point::date).thenComparingLong(StanceModel.Point::seq));
        }
        return out;
    }

    /** Every positioned statement of each actor, oldest first, in one round trip. */
    private static Map<String, List<StanceModel.Point>> histories(Connection conn, List<String> actors) throws SQLException {
        Map<String, List<StanceModel.Point>> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT actor_code, " + POINT_COLUMNS
                + " FROM statement WHERE actor_code = ANY (?) AND stance <> 'NO_POSITION' ORDER BY actor_code, statement_date, seq")) {
            ps.setArray(1, conn.createArrayOf("varchar", actors.toArray()));
            ps.setFetchSize(10_000);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(point(rs, 2));
            }
        }
        return out;
    }

    /**
     * The writes of one pass, queued as JDBC batches and sent by {@link #flush} in an order that keeps each actor's
     * timeline consistent: deleted timelines, closed periods, new periods, stance changes (the outbox), then the
     * actors' new figures, each of which must hit its row at the version read under the lock.
     */
    private static final class Writes implements AutoCloseable {
        private final PreparedStatement delete, close, period, change, update;
        private final Connection conn;

        Writes(Connection conn) throws SQLException {
            this.conn = conn;
            delete = conn.prepareStatement("DELETE FROM stance_period WHERE actor_code = ?");
            close = conn.prepareStatement("UPDATE stance_period SET to_date = ? WHERE actor_code = ? AND to_date IS NULL");
            period = conn.prepareStatement(
                    "INSERT INTO stance_period (actor_code, from_date, to_date, stance, score, n, statement_ids) VALUES (?, ?, ?, ?, ?, ?, ?)");
            change = conn.prepareStatement("""
                    INSERT INTO stance_change (event_id, actor_code, previous_stance, previous_score, previous_n, current_stance,
                        current_score, current_n, current_confidence, cause, statement_id, statement_date, classifier_version)
                    VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""");
            update = conn.prepareStatement("""
                    UPDATE actor_stance SET stance = ?, score = ?, confidence = ?, n = ?, last_date = ?, last_seq = ?,
                        since_date = CASE WHEN ?::date IS NULL AND stance = ? THEN since_date ELSE ?::date END,
                        since_statement_id = CASE WHEN ?::date IS NULL AND stance = ? THEN since_statement_id ELSE ? END,
                        version = version + 1, updated_at = now()
                    WHERE actor_code = ? AND version = ?""");
        }

        void deletePeriods(String actor) throws SQLException {
            delete.setString(1, actor);
            delete.addBatch();
        }

        void closePeriod(String actor, java.time.LocalDate to) throws SQLException {
            close.setDate(1, Date.valueOf(to));
            close.setString(2, actor);
            close.addBatch();
        }

        void period(String actor, StanceModel.Period p) throws SQLException {
            period.setString(1, actor);
            period.setDate(2, Date.valueOf(p.from()));
            period.setDate(3, p.to() == null ? null : Date.valueOf(p.to()));
            period.setString(4, p.stance().stance());
            period.setFloat(5, (float) p.stance().score());
            period.setInt(6, p.stance().n());
            period.setArray(7, conn.createArrayOf("text", p.support().toArray()));
            period.addBatch();
        }

        void change(String actor, StanceModel.Current previous, StanceModel.Current current, StanceChangeCause cause,
                    StanceModel.Point tipping) throws SQLException {
            change.setObject(1, UUID.randomUUID());
            change.setString(2, actor);
            change.setString(3, previous.stance());
            change.setFloat(4, (float) previous.score());
            change.setInt(5, previous.n());
            change.setString(6, current.stance());
            change.setFloat(7, (float) current.score());
            change.setInt(8, current.n());
            change.setFloat(9, (float) current.confidence());
            change.setString(10, cause.name());
            change.setString(11, tipping == null ? null : tipping.statementId());
            change.setDate(12, tipping == null ? null : Date.valueOf(tipping.date()));
            change.setString(13, tipping == null ? "unknown" : tipping.classifierVersion());
            change.addBatch();
        }

        /**
         * Queues the actor's new figures; {@code sinceDate}/{@code sinceId} name the statement that tipped a new
         * stance (null when the stance did not change, keeping the old values).
         */
        void update(Row row, StanceModel.Current c, StanceModel.Point last, java.time.LocalDate sinceDate, String sinceId) throws SQLException {
            update.setString(1, c.stance());
            update.setFloat(2, (float) c.score());
            update.setFloat(3, (float) c.confidence());
            update.setInt(4, c.n());
            update.setDate(5, last == null ? null : Date.valueOf(last.date()));
            if (last == null) update.setNull(6, java.sql.Types.BIGINT);
            else update.setLong(6, last.seq());
            Date since = sinceDate == null ? null : Date.valueOf(sinceDate);
            update.setDate(7, since);
            update.setString(8, c.stance());
            update.setDate(9, since);
            update.setDate(10, since);
            update.setString(11, c.stance());
            update.setString(12, sinceId);
            update.setString(13, row.actor());
            update.setLong(14, row.version());
            update.addBatch();
        }

        void flush() throws SQLException {
            delete.executeBatch();
            close.executeBatch();
            period.executeBatch();
            change.executeBatch();
            for (int count : update.executeBatch()) {
                if (count != 1) throw new SQLException("an actor_stance row was updated concurrently", "40001");
            }
        }

        @Override
        public void close() throws SQLException {
            for (PreparedStatement ps : List.of(delete, close, period, change, update)) ps.close();
        }
    }
}
