package org.stancewatch.statement;

import io.smallrye.reactive.messaging.annotations.Blocking;
import jakarta.enterprise.context.ApplicationScoped;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.eclipse.microprofile.reactive.messaging.Incoming;
import org.jboss.logging.Logger;

/**
 * Thin adapter for the {@code statements} topic: parses and validates each record of a batch, hands the
 * valid ones to {@link IngestService}, dead-letters the rest with their reason, and returns — which acks
 * the batch, so offsets are committed only once the batch is stored and its dead letters acknowledged.
 * If the store is unavailable the batch is retried, then the channel fails (nothing is acked or lost).
 */
@ApplicationScoped
public class StatementConsumer {
    private static final Logger LOG = Logger.getLogger(StatementConsumer.class);
    static final int ATTEMPTS = 5;

    private final StatementEventParser parser;
    private final StatementValidator validator;
    private final IngestService ingest;
    private final DeadLetterPublisher deadLetters;

    public StatementConsumer(StatementEventParser parser, StatementValidator validator, IngestService ingest,
                             DeadLetterPublisher deadLetters) {
        this.parser = parser;
        this.validator = validator;
        this.ingest = ingest;
        this.deadLetters = deadLetters;
    }

    @Incoming("statements-in")
    @Blocking(ordered = true)
    public void consume(ConsumerRecords<String, byte[]> records) throws InterruptedException {
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
        List<IngestResult> results = ingestWithRetry(valid);
        for (int i = 0; i < results.size(); i++) {
            IngestResult res = results.get(i);
            if (res.outcome() == IngestResult.Outcome.REJECTED) {
                dead.add(letter(validRecords.get(i), res.reason(), res.detail(), res.id()));
            }
        }
        deadLetters.publishAll(dead);
    }

    private List<IngestResult> ingestWithRetry(List<NewStatement> valid) throws InterruptedException {
        long backoff = 200;
        for (int attempt = 1; ; attempt++) {
            try {
                return ingest.ingest(valid);
            } catch (IngestService.StorageUnavailableException e) {
                if (attempt >= ATTEMPTS) throw e;
                LOG.warnf("Statement store unavailable (attempt %d of %d); retrying the batch in %d ms: %s",
                        attempt, ATTEMPTS, backoff, e.getCause());
                Thread.sleep(backoff);
                backoff = Math.min(backoff * 3, 10_000);
            }
        }
    }

    private static DeadLetterPublisher.DeadLetter letter(ConsumerRecord<String, byte[]> r, RejectionReason reason,
                                                         String detail, String id) {
        return new DeadLetterPublisher.DeadLetter(r.key(), r.value(), reason, detail, r.topic(), r.partition(),
                r.offset(), id);
    }
}
