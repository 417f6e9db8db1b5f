package org.stancewatch.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.sql.Array;
import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stancewatch.classification.Classification;

/**
 * Writes a batch of classified statements in one transaction with JDBC batching: existing ids are looked
 * up first (a replay is a duplicate, a different content under the same id is a conflict), new rows get
 * sequence ids and are inserted with {@code ON CONFLICT DO NOTHING}, and a concurrent writer that won a
 * race on an id is detected afterwards. The statement row carries its current classification with the evidence.
 * Listeners of {@link StatementsStored} run in the same transaction.
 */
@ApplicationScoped
public class StatementWriter {

    private static final String INSERT_STATEMENT = """
            INSERT INTO statement (id, seq, state_code, actor_code, on_behalf_of, forum_code, forum_raw, statement_date,
                date_precision, language, language_detected, text, source, speaker, content_hash, stance, score,
                confidence, multistakeholder_signal, multilateral_signal, evidence, classifier_version)
            VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?::json, ?)
            ON CONFLICT (id) DO NOTHING""";

    private final AgroalDataSource dataSource;
    private final ObjectMapper mapper;
    private final Event<StatementsStored> stored;

    public StatementWriter(AgroalDataSource dataSource, ObjectMapper mapper, Event<StatementsStored> stored) {
        this.dataSource = dataSource;
        this.mapper = mapper;
        this.stored = stored;
    }

    /** Stores the batch (ids must be unique within it) and returns one result per statement, in order. */
    @Transactional(rollbackOn = Exception.class)
    public List<IngestResult> write(List<ClassifiedStatement> batch) throws SQLException {
        Map<String, IngestResult> results = new LinkedHashMap<>();
        for (ClassifiedStatement c : batch) results.put(c.statement().id(), null);
        try (Connection conn = dataSource.getConnection()) {
            Map<String, String> existing = hashes(conn, new ArrayList<>(results.keySet()));
            List<ClassifiedStatement> fresh = new ArrayList<>();
            for (ClassifiedStatement c : batch) {
                String hash = existing.get(c.statement().id());
                if (hash == null) fresh.add(c);
                else results.put(c.statement().id(), compare(c, hash));
            }
            if (!fresh.isEmpty()) {
                long[] seqs = nextSeqs(conn, fresh.size());
                insertStatements(conn, fresh, seqs, mapper);
                Map<String, Long> actual = seqs(conn, fresh.stream().map(c -> c.statement().id()).toList());
                List<StoredStatement> storedStatements = new ArrayList<>();
                List<String> raced = new ArrayList<>();
                for (int i = 0; i < fresh.size(); i++) {
                    ClassifiedStatement c = fresh.get(i);
                    if (actual.getOrDefault(c.statement().id(), -1L) == seqs[i]) {
                        storedStatements.add(toStored(c, seqs[i]));
                        results.put(c.statement().id(), IngestResult.stored(c.statement().id()));
                    } else {
                        raced.add(c.statement().id());
                    }
                }
                if (!raced.isEmpty()) {
                    Map<String, String> won = hashes(conn, raced);
                    for (ClassifiedStatement c : fresh) {
                        if (won.containsKey(c.statement().id())) results.put(c.statement().id(), compare(c, won.get(c.statement().id())));
                    }
                }
                if (!storedStatements.isEmpty()) stored.fire(new StatementsStored(storedStatements));
            }
        }
        return new ArrayList<>(results.values());
    }

    private static IngestResult compare(ClassifiedStatement c, String storedHash) {
        String id = c.statement().id();
        return storedHash.equals(c.statement().contentHash())
                ? IngestResult.duplicate(id)
                : IngestResult.rejected(id, RejectionReason.CONFLICT, "statement '" + id + "' already exists with different content");
    }

    static StoredStatement toStored(ClassifiedStatement c, long seq) {
        NewStatement s = c.statement();
        Classification k = c.classification();
        return new StoredStatement(seq, s.id(), s.actorCode(), s.forumCode(), c.language().code(), s.date(),
                k.stance(), k.score(), k.confidence(), k.classifierVersion());
    }

    private static Map<String, String> hashes(Connection conn, List<String> ids) throws SQLException {
        Map<String, String> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT id, content_hash FROM statement WHERE id = ANY (?)")) {
            Array array = conn.createArrayOf("varchar", ids.toArray());
            ps.setArray(1, array);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getString(2));
            }
        }
        return out;
    }

    private static Map<String, Long> seqs(Connection conn, List<String> ids) throws SQLException {
        Map<String, Long> out = new HashMap<>();
        try (PreparedStatement ps = conn.prepareStatement("SELECT id, seq FROM statement WHERE id = ANY (?)")) {
            ps.setArray(1, conn.createArrayOf("varchar", ids.toArray()));
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.put(rs.getString(1), rs.getLong(2));
            }
        }
        return out;
    }

    private static long[] nextSeqs(Connection conn, int n) throws SQLException {
        long[] out = new long[n];
        try (PreparedStatement ps = conn.prepareStatement("SELECT nextval('statement_seq') FROM generate_series(1, ?)")) {
            ps.setInt(1, n);
            try (ResultSet rs = ps.executeQuery()) {
                for (int i = 0; i < n && rs.next(); i++) out[i] = rs.getLong(1);
            }
        }
        return out;
    }

    private static void insertStatements(Connection conn, List<ClassifiedStatement> fresh, long[] seqs, ObjectMapper mapper) throws SQLException {
        try (PreparedStatement ps = conn.prepareStatement(INSERT_STATEMENT)) {
            for (int i = 0; i < fresh.size(); i++) {
                ClassifiedStatement c = fresh.get(i);
                NewStatement s = c.statement();
                Classification k = c.classification();
                ps.setString(1, s.id());
                ps.setLong(2, seqs[i]);
                ps.setString(3, s.stateCode());
                ps.setString(4, s.actorCode());
                ps.setString(5, s.onBehalfOf());
                ps.setString(6, s.forumCode());
                ps.setString(7, s.forumRaw());
                ps.setDate(8, Date.valueOf(s.date()));
                ps.setString(9, s.datePrecision().name());
                ps.setString(10, c.language().code());
                ps.setBoolean(11, c.languageDetected());
                ps.setString(12, s.text());
                ps.setString(13, s.source());
                ps.setString(14, s.speaker());
                ps.setString(15, s.contentHash());
                ps.setString(16, k.stance().name());
                ps.setFloat(17, (float) k.score());
                ps.setFloat(18, (float) k.confidence());
                ps.setFloat(19, (float) k.multistakeholderSignal());
                ps.setFloat(20, (float) k.multilateralSignal());
                ps.setString(21, evidenceJson(mapper, k));
                ps.setString(22, k.classifierVersion());
                ps.addBatch();
            }
            ps.executeBatch();
        }
    }

    /** The evidence as stored: every span, as the classifier returned it. */
    public static String evidenceJson(ObjectMapper mapper, Classification k) {
        try {
            return mapper.writeValueAsString(k.evidence());
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("evidence is not serialisable", e);
        }
    }
}
