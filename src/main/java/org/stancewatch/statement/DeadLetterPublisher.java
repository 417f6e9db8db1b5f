package org.stancewatch.statement;

import io.micrometer.core.instrument.MeterRegistry;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;

/**
 * Publishes rejected records to the dead-letter topic: the original key and bytes, with headers that say
 * why ({@code dead-letter-reason}, {@code dead-letter-cause}) and where from ({@code dead-letter-topic},
 * {@code dead-letter-partition}, {@code dead-letter-offset}).
 */
@ApplicationScoped
public class DeadLetterPublisher {

    /** One record to dead-letter. {@code topic} is null for statements that did not come from Kafka. */
    public record DeadLetter(String key, byte[] value, RejectionReason reason, String detail, String topic,
                             int partition, long offset, String statementId) {}

    public static final String REASON = "dead-letter-reason";
    public static final String CAUSE = "dead-letter-cause";

    private final MutinyEmitter<byte[]> emitter;
    private final MeterRegistry metrics;

    public DeadLetterPublisher(@Channel("statements-dlq") MutinyEmitter<byte[]> emitter, MeterRegistry metrics) {
        this.emitter = emitter;
        this.metrics = metrics;
    }

    /** Sends every dead letter and waits until the broker has acknowledged all of them. */
    public void publishAll(List<DeadLetter> letters) {
        if (letters.isEmpty()) return;
        List<Uni<Void>> sends = letters.stream().map(this::send).toList();
        Uni.join().all(sends).andFailFast().await().indefinitely();
    }

    private Uni<Void> send(DeadLetter d) {
        RecordHeaders headers = new RecordHeaders();
        headers.add(REASON, bytes(d.reason().code()));
        headers.add(CAUSE, bytes(d.detail() == null ? d.reason().code() : truncate(d.detail())));
        if (d.statementId() != null) headers.add("dead-letter-statement-id", bytes(d.statementId()));
        if (d.topic() != null) {
            headers.add("dead-letter-topic", bytes(d.topic()));
            headers.add("dead-letter-partition", bytes(Integer.toString(d.partition())));
            headers.add("dead-letter-offset", bytes(Long.toString(d.offset())));
        }
        OutgoingKafkaRecordMetadata<String> metadata = OutgoingKafkaRecordMetadata.<String>builder()
                .withKey(d.key()).withHeaders(headers).build();
        byte[] value = d.value() == null ? new byte[0] : d.value();
        return emitter.sendMessage(Message.of(value).addMetadata(metadata))
                .invoke(() -> metrics.counter("stancewatch.dlq.published", "reason", d.reason().code()).increment());
    }

    private static byte[] bytes(String s) {
        return s.getBytes(StandardCharsets.UTF_8);
    }

    private static String truncate(String s) {
        return s.length() > 1000 ? s.substring(0, 1000) + "…" : s;
    }
}
