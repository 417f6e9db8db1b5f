package org.stancewatch.statement;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ConsumerRecords;
import org.apache.kafka.common.TopicPartition;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The consumer's two stages, one bean with fake collaborators: a batch is acked only after it is stored,
 * batches are stored in order while the next one is prepared, and after a failed store nothing later is acked.
 */
class StatementConsumerTest {

    /** Stores by waiting on a latch per batch (or failing), recording the order. */
    static final class FakeIngest extends IngestService {
        final List<Integer> stored = new CopyOnWriteArrayList<>();
        final AtomicInteger prepared = new AtomicInteger();
        final Map<Integer, CountDownLatch> gates = new java.util.concurrent.ConcurrentHashMap<>();
        volatile int failOn = -1;

        FakeIngest() {
            super(null, null, new SimpleMeterRegistry());
        }

        @Override
        public Prepared prepare(List<NewStatement> statements) {
            prepared.incrementAndGet();
            return new Prepared(statements, List.of(), Map.of());
        }

        @Override
        public List<IngestResult> store(Prepared batch) {
            int n = stored.size() + 1;
            try {
                gates.computeIfAbsent(n, k -> new CountDownLatch(0)).await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
            if (n == failOn) throw new IllegalStateException("the store broke on batch " + n);
            stored.add(n);
            return List.of();
        }
    }

    static final class RecordingDeadLetters extends DeadLetterPublisher {
        final List<DeadLetter> published = new CopyOnWriteArrayList<>();

        RecordingDeadLetters() {
            super(null, new SimpleMeterRegistry());
        }

        @Override
        public void publishAll(List<DeadLetter> letters) {
            published.addAll(letters);
        }
    }

    /** A batch message that records its ack or nack. */
    static final class Batch {
        final CompletableFuture<Void> acked = new CompletableFuture<>();
        final CompletableFuture<Throwable> nacked = new CompletableFuture<>();
        final Message<ConsumerRecords<String, byte[]>> message;

        Batch(int n) {
            // a record the parser rejects: the batch then needs no reference data, only the two stages
            ConsumerRecord<String, byte[]> r = new ConsumerRecord<>("statements", 0, n, "k", ("not json " + n).getBytes(StandardCharsets.UTF_8));
            ConsumerRecords<String, byte[]> records = new ConsumerRecords<>(Map.of(new TopicPartition("statements", 0), List.of(r)));
            message = Message.of(records, () -> {
                acked.complete(null);
                return CompletableFuture.completedFuture(null);
            }, failure -> {
                nacked.complete(failure);
                return CompletableFuture.completedFuture(null);
            });
        }
    }

    final FakeIngest ingest = new FakeIngest();
    final RecordingDeadLetters deadLetters = new RecordingDeadLetters();
    final StatementConsumer consumer = new StatementConsumer(new StatementEventParser(new ObjectMapper(), 1_000_000), null, ingest, deadLetters);

    @AfterEach
    void stop() throws InterruptedException {
        ingest.gates.values().forEach(CountDownLatch::countDown);
        consumer.stop();
    }

    @Test
    void aBatchIsAckedOnlyOnceStoredAndTheNextIsPreparedMeanwhile() throws Exception {
        CountDownLatch storeOne = new CountDownLatch(1);
        ingest.gates.put(1, storeOne);
        Batch one = new Batch(1), two = new Batch(2);
        consumer.consume(one.message).toCompletableFuture().get(5, TimeUnit.SECONDS);
        CompletionStage<Void> letTwoIn = consumer.consume(two.message);

        // batch 2 is prepared while batch 1 is still being stored; nothing is acked, batch 3 is not let in yet
        await().atMost(Duration.ofSeconds(5)).until(() -> ingest.prepared.get() == 2);
        assertFalse(one.acked.isDone());
        assertFalse(letTwoIn.toCompletableFuture().isDone());

        storeOne.countDown();
        one.acked.get(5, TimeUnit.SECONDS);
        two.acked.get(5, TimeUnit.SECONDS);
        letTwoIn.toCompletableFuture().get(5, TimeUnit.SECONDS);
        assertEquals(List.of(1, 2), ingest.stored);
        // each batch's dead letter was published before its ack
        assertEquals(2, deadLetters.published.size());
        assertEquals(RejectionReason.NOT_JSON, deadLetters.published.get(0).reason());
        assertFalse(one.nacked.isDone() || two.nacked.isDone());
    }

    @Test
    void afterAFailedStoreThatBatchAndEveryLaterOneAreNackedNeverAcked() throws Exception {
        ingest.failOn = 1;
        CountDownLatch storeOne = new CountDownLatch(1);
        ingest.gates.put(1, storeOne);
        Batch one = new Batch(1), two = new Batch(2);
        consumer.consume(one.message);
        consumer.consume(two.message);
        storeOne.countDown();

        assertTrue(one.nacked.get(5, TimeUnit.SECONDS).getMessage().contains("batch 1"));
        assertTrue(two.nacked.get(5, TimeUnit.SECONDS).getMessage().contains("batch 1"));
        assertFalse(one.acked.isDone() || two.acked.isDone());
        assertEquals(List.of(), ingest.stored, "nothing after the failed batch is stored either");
        assertTrue(deadLetters.published.isEmpty(), "dead letters go out only with a stored batch");
    }
}
