package org.stancewatch.statement;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Thin adapter for the {@code statements} topic, in two stages so the CPU work of one batch overlaps the
 * database work of the one before:
 * <ol>
 * <li><b>prepare</b> (its own thread): parse and validate each record, classify the valid ones;</li>
 * <li><b>store</b> (its own thread, batches strictly in order): hand them to {@link IngestService}, dead-letter
 * the rejected records with their reason, then ack the batch, so offsets are committed only once the batch is
 * stored and its dead letters are acknowledged by the broker.</li>
 * </ol>
 * The next batch is let in once this one is prepared and the previous one is stored, so at most two batches
 * are in flight. If the store stays unavailable the batch is retried, then nacked, which fails the channel:
 * nothing is acked or lost, and a restart re-reads from the last committed offset (ingestion is idempotent).
 */
@ApplicationScoped
public class StatementConsumer {
    private static final Logger LOG = Logger.getLogger(StatementConsumer.class);
    static final int ATTEMPTS = 5;

    private final StatementEventParser parser;
    private final StatementValidator validator;
    private final IngestService ingest;
    private final DeadLetterPublisher deadLetters;
    private final ExecutorService preparer = Executors.newSingleThreadExecutor(named("statement-prepare"));
    private final ExecutorService storer = Executors.newSingleThreadExecutor(named("statement-store"));
    private volatile CompletableFuture<Void> previousStore = CompletableFuture.completedFuture(null);

    public StatementConsumer(StatementEventParser parser, StatementValidator validator, IngestService ingest,
                             DeadLetterPublisher deadLetters) {
        this.parser = parser;
        this.validator = validator;
        this.ingest = ingest;
        this.deadLetters = deadLetters;
    }

    /** A parsed and classified batch waiting to be stored. */
    record Batch(IngestService.Prepared prepared, List<ConsumerRecord<String, byte[]>> validRecords,
                 List<DeadLetterPublisher.DeadLetter> dead) {}

    @Incoming("statements-in")
    public CompletionStage<Void> consume(Message<ConsumerRecords<String, byte[]>> message) {
        CompletableFuture<Batch> prepared = CompletableFuture.supplyAsync(() -> prepare(message.getPayload()), preparer);
        // stored after the previous batch, and never after a batch that failed (its offsets must not be passed)
        CompletableFuture<Void> stored = prepared.thenCombineAsync(previousStore, (batch, previous) -> {
            store(batch);
            return null;
        }, storer);
        stored.whenComplete((ok, failure) -> {
            if (failure == null) {
                message.ack();
            } else {
                Throwable cause = failure instanceof CompletionException && failure.getCause() != null ? failure.getCause() : failure;
                LOG.errorf(cause, "A batch of %d statement records could not be stored; failing the channel", message.getPayload().count());
                message.nack(cause);
            }
        });
        CompletableFuture<Void> next = CompletableFuture.allOf(prepared, previousStore).exceptionally(failure -> null);
        previousStore = stored;
        return next;
    }

    Batch prepare(ConsumerRecords<String, byte[]> records) {
        List<NewStatement> valid = new ArrayList<>(records.count());
        List<ConsumerRecord<String, byte[]>> validRecords = new ArrayList<>(records.count());
        List<DeadLetterPublisher.DeadLetter> dead = new ArrayList<>();
        for (ConsumerRecord<String, byte[]> r : records) {
            StatementEventParser.Parsed parsed = parser.parse(r.value());
            if (parsed.event() == null) {
                dead.add(letter(r, parsed.reason(), parsed.detail(), null));
                ingest.countRejected(parsed.reason());
                continue;
            }
            StatementValidator.Result result = validator.validate(parsed.event());
            if (!result.valid()) {
                dead.add(letter(r, result.reason(), result.detail(), parsed.event().id()));
                ingest.countRejected(result.reason());
                continue;
            }
            valid.add(result.statement());
            validRecords.add(r);
        }
        return new Batch(ingest.prepare(valid), validRecords, dead);
    }

    void store(Batch batch) {
        List<IngestResult> results = storeWithRetry(batch.prepared());
        List<DeadLetterPublisher.DeadLetter> dead = new ArrayList<>(batch.dead());
        for (int i = 0; i < results.size(); i++) {
            IngestResult res = results.get(i);
            if (res.outcome() == IngestResult.Outcome.REJECTED) {
                dead.add(letter(batch.validRecords().get(i), res.reason(), res.detail(), res.id()));
            }
        }
        deadLetters.publishAll(dead);
    }

    private List<IngestResult> storeWithRetry(IngestService.Prepared prepared) {
        long backoff = 200;
        for (int attempt = 1; ; attempt++) {
            try {
                return ingest.store(prepared);
            } catch (IngestService.StorageUnavailableException e) {
                if (attempt >= ATTEMPTS) throw e;
                LOG.warnf("Statement store unavailable (attempt %d of %d); retrying the batch in %d ms: %s",
                        attempt, ATTEMPTS, backoff, e.getCause());
                try {
                    Thread.sleep(backoff);
                } catch (InterruptedException interrupted) {
                    Thread.currentThread().interrupt();
                    throw e;
                }
                backoff = Math.min(backoff * 3, 10_000);
            }
        }
    }

    /** Lets the batch being stored finish; batches not yet stored were not acked and are read again after a restart. */
    @PreDestroy
    void stop() throws InterruptedException {
        preparer.shutdownNow();
        storer.shutdown();
        if (!storer.awaitTermination(10, TimeUnit.SECONDS)) storer.shutdownNow();
    }

    private static java.util.concurrent.ThreadFactory named(String name) {
        return r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        };
    }

    private static DeadLetterPublisher.DeadLetter letter(ConsumerRecord<String, byte[]> r, RejectionReason reason,
                                                         String detail, String id) {
        return new DeadLetterPublisher.DeadLetter(r.key(), r.value(), reason, detail, r.topic(), r.partition(),
                r.offset(), id);
    }
}
