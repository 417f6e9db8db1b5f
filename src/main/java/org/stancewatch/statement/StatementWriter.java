package org.stancewatch.statement;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.transaction.Transactional;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.sql.Array;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.postgresql.PGConnection;
import org.stancewatch.classification.Classification;

/**
 * Writes a batch of classified statements in one transaction: existing ids are looked up first (a replay is a
 * duplicate, a different content under the same id is a conflict), new rows get sequence ids and are streamed
 * with {@code COPY}; a single statement is inserted with {@code ON CONFLICT DO NOTHING}, so a concurrent writer
 * that won a race on an id is detected (a batch that lost such a race fails and is split by the caller). The
 * statement row carries its current classification with the evidence. Listeners of {@link StatementsStored}
 * run in the same transaction.
 */
@ApplicationScoped
public class StatementWriter {

    private static final String COLUMNS = """
            id, seq, state_code, actor_code, on_behalf_of, forum_code, forum_raw, statement_date, date_precision, language,
            language_detected, text, source, speaker, content_hash, stance, score, confidence, multistakeholder_signal,
            multilateral_signal, evidence, classifier_version""";

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
                Set<String> inserted = insertStatements(conn, fresh, seqs, mapper);
                List<StoredStatement> storedStatements = new ArrayList<>();
                List<String> raced = new ArrayList<>();
                for (int i = 0; i < fresh.size(); i++) {
                    ClassifiedStatement c = fresh.get(i);
                    if (inserted.contains(c.statement().id())) {
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

    /**
     * Inserts the new rows; returns the ids this transaction inserted. A batch streams with {@code COPY} (one round
     * trip, no per-row statement overhead), which fails as a whole if a concurrent writer stored one of the ids
     * meanwhile; the caller then splits the batch down to single statements, which use {@code ON CONFLICT DO
     * NOTHING} and so tell a lost race (left out of the result) from a real error.
     */
    private static Set<String> insertStatements(Connection conn, List<ClassifiedStatement> fresh, long[] seqs, ObjectMapper mapper) throws SQLException {
        Set<String> inserted = new HashSet<>();
        if (fresh.size() == 1) {
            try (PreparedStatement ps = conn.prepareStatement(INSERT_ONE)) {
                Object[] row = row(fresh.get(0), seqs[0], mapper);
                for (int i = 0; i < row.length; i++) ps.setObject(i + 1, row[i]);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) inserted.add(rs.getString(1));
                }
            }
            return inserted;
        }
        StringBuilder text = new StringBuilder(fresh.size() * 2048);
        for (int i = 0; i < fresh.size(); i++) CopyText.row(text, row(fresh.get(i), seqs[i], mapper));
        try {
            conn.unwrap(PGConnection.class).getCopyAPI().copyIn("COPY statement (" + COLUMNS + ") FROM STDIN",
                    new ByteArrayInputStream(text.toString().getBytes(StandardCharsets.UTF_8)));
        } catch (IOException e) {
            throw new SQLException("COPY of the batch failed", "08006", e);
        }
        for (ClassifiedStatement c : fresh) inserted.add(c.statement().id());
        return inserted;
    }

    private static final String INSERT_ONE = "INSERT INTO statement (" + COLUMNS + ") VALUES (" + "?, ".repeat(20)
            + "?::json, ?) ON CONFLICT (id) DO NOTHING RETURNING id";

    /** One row's values, in {@link #COLUMNS} order. */
    private static Object[] row(ClassifiedStatement c, long seq, ObjectMapper mapper) {
        NewStatement s = c.statement();
        Classification k = c.classification();
        return new Object[] {s.id(), seq, s.stateCode(), s.actorCode(), s.onBehalfOf(), s.forumCode(), s.forumRaw(), s.date(),
                s.datePrecision().name(), c.language().code(), c.languageDetected(), s.text(), s.source(), s.speaker(),
                s.contentHash(), k.stance().name(), (float) k.score(), (float) k.confidence(), (float) k.multistakeholderSignal(),
                (float) k.multilateralSignal(), evidenceJson(mapper, k), k.classifierVersion()};
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
