package org.stancewatch.statement;

import io.micrometer.core.instrument.MeterRegistry;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.SQLException;
import java.sql.SQLTransientException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.jboss.logging.Logger;
import org.stancewatch.classification.Classification;
import org.stancewatch.classification.Language;
import org.stancewatch.classification.LanguageDetector;
import org.stancewatch.classification.StanceClassifier;

/**
 * The one ingestion path, shared by the Kafka consumer and the REST resource: detect the language when it
 * is missing, classify, and store idempotently. A batch that fails to store is split in halves and retried,
 * down to single statements, so one poison statement cannot drag its healthy neighbours down and costs only a
 * few retries; an unreachable database is not a
 * property of the statements, so it is rethrown for the caller to retry the whole batch.
 */
@ApplicationScoped
public class IngestService {
    private static final Logger LOG = Logger.getLogger(IngestService.class);

    private final StanceClassifier classifier;
    private final StatementWriter writer;
    private final MeterRegistry metrics;

    public IngestService(StanceClassifier classifier, StatementWriter writer, MeterRegistry metrics) {
        this.classifier = classifier;
        this.writer = writer;
        this.metrics = metrics;
    }

    /** Ingests the statements; returns one result per input, in input order. */
    public List<IngestResult> ingest(List<NewStatement> statements) {
        return store(prepare(statements));
    }

    public IngestResult ingest(NewStatement statement) {
        return ingest(List.of(statement)).get(0);
    }

    /**
     * A batch ready to store: classified once per distinct id, with the in-batch repeats already decided.
     * Preparing is CPU work with no I/O, so a caller may prepare the next batch while the previous one stores.
     */
    public record Prepared(List<NewStatement> statements, List<ClassifiedStatement> classified, Map<Integer, IngestResult> inBatch) {}

    /** Detects languages and classifies; an id repeated in the batch is a duplicate, or a conflict if its content differs. */
    public Prepared prepare(List<NewStatement> statements) {
        Map<String, NewStatement> unique = new LinkedHashMap<>();
        Map<Integer, IngestResult> inBatch = new HashMap<>();
        for (int i = 0; i < statements.size(); i++) {
            NewStatement s = statements.get(i);
            NewStatement first = unique.putIfAbsent(s.id(), s);
            if (first != null) {
                inBatch.put(i, first.contentHash().equals(s.contentHash())
                        ? IngestResult.duplicate(s.id())
                        : IngestResult.rejected(s.id(), RejectionReason.CONFLICT, "statement '" + s.id() + "' appears twice in the batch with different content"));
            }
        }
        List<ClassifiedStatement> classified = new ArrayList<>(unique.size());
        for (NewStatement s : unique.values()) classified.add(classify(s));
        return new Prepared(statements, classified, inBatch);
    }

    /** Stores a prepared batch idempotently; returns one result per input statement, in input order. */
    public List<IngestResult> store(Prepared batch) {
        Map<String, IngestResult> stored = new HashMap<>();
        for (IngestResult r : write(batch.classified())) stored.put(r.id(), r);
        List<IngestResult> results = new ArrayList<>(batch.statements().size());
        for (int i = 0; i < batch.statements().size(); i++) {
            IngestResult r = batch.inBatch().containsKey(i) ? batch.inBatch().get(i) : stored.get(batch.statements().get(i).id());
            count(r);
            results.add(r);
        }
        return results;
    }

    ClassifiedStatement classify(NewStatement s) {
        Language language = s.language() != null ? s.language() : LanguageDetector.detect(s.text());
        Classification c = classifier.classify(s.text(), language);
        return new ClassifiedStatement(s, language, s.language() == null, c);
    }

    private List<IngestResult> write(List<ClassifiedStatement> batch) {
        if (batch.isEmpty()) return List.of();
        try {
            return writer.write(batch);
        } catch (Exception e) {
            if (isUnavailable(e)) throw new StorageUnavailableException(e);
            if (batch.size() == 1) {
                String id = batch.get(0).statement().id();
                LOG.errorf(e, "Statement %s could not be stored", id);
                return List.of(IngestResult.rejected(id, RejectionReason.STORAGE_ERROR, rootMessage(e)));
            }
            LOG.warnf("A batch of %d statements failed to store (%s); retrying it in halves", batch.size(), rootMessage(e));
            int half = batch.size() / 2;
            List<IngestResult> out = new ArrayList<>(write(batch.subList(0, half)));
            out.addAll(write(batch.subList(half, batch.size())));
            return out;
        }
    }

    /** True when the failure is the database being unreachable rather than something about the data. */
    static boolean isUnavailable(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof SQLTransientException) return true;
            if (t instanceof SQLException sql && sql.getSQLState() != null
                    && (sql.getSQLState().startsWith("08") || sql.getSQLState().startsWith("57P") || sql.getSQLState().equals("40001") || sql.getSQLState().equals("40P01"))) {
                return true;
            }
        }
        return false;
    }

    private static String rootMessage(Throwable e) {
        Throwable t = e;
        while (t.getCause() != null) t = t.getCause();
        return t.getClass().getSimpleName() + ": " + t.getMessage();
    }

    private void count(IngestResult r) {
        switch (r.outcome()) {
            case STORED -> metrics.counter("stancewatch.statements.ingested").increment();
            case DUPLICATE -> metrics.counter("stancewatch.statements.duplicates").increment();
            case REJECTED -> metrics.counter("stancewatch.statements.rejected", "reason", r.reason().code()).increment();
        }
    }

    /** Rejections found before ingestion (parse and validation failures) are counted here too. */
    public void countRejected(RejectionReason reason) {
        metrics.counter("stancewatch.statements.rejected", "reason", reason.code()).increment();
    }

    /** The database cannot be reached: nothing about the statements themselves is wrong. */
    public static class StorageUnavailableException extends RuntimeException {
        StorageUnavailableException(Throwable cause) {
            super("the statement store is unavailable", cause);
        }
    }
}
