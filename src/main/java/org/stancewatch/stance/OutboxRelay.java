package org.stancewatch.stance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.scheduler.Scheduled;
import io.smallrye.mutiny.Uni;
import io.smallrye.reactive.messaging.MutinyEmitter;
import io.smallrye.reactive.messaging.kafka.api.OutgoingKafkaRecordMetadata;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import jakarta.persistence.EntityManager;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.apache.kafka.common.header.internals.RecordHeaders;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.reactive.messaging.Channel;
import org.eclipse.microprofile.reactive.messaging.Message;
import org.jboss.logging.Logger;

/**
 * Relays stance-change rows from the outbox to Kafka after commit. A relay pass takes a transaction-scoped
 * advisory lock (one relay at a time across all instances, which also keeps per-state order), claims the
 * oldest unpublished rows with {@code FOR UPDATE SKIP LOCKED}, publishes them with acks=all and
 * idempotence, waits for every broker acknowledgement, and only then marks them published and commits.
 * A crash before the mark means the rows are published again later: delivery is at least once, and
 * consumers dedupe by the CloudEvent id. A rollback of the producing transaction leaves no row to relay.
 */
@ApplicationScoped
public class OutboxRelay {
    private static final Logger LOG = Logger.getLogger(OutboxRelay.class);
    static final long ADVISORY_LOCK = 0x5354_414E_4345L; // "STANCE"

    private final MutinyEmitter<String> emitter;
    private final EntityManager em;
    private final ObjectMapper mapper;
    private final MeterRegistry metrics;
    private final int batchSize;
    private final AtomicBoolean paused = new AtomicBoolean(false);
    private final AtomicBoolean running = new AtomicBoolean(false);
    private final ExecutorService kick = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "outbox-relay-kick");
        t.setDaemon(true);
        return t;
    });

    public OutboxRelay(@Channel("stance-changes") MutinyEmitter<String> emitter, EntityManager em, ObjectMapper mapper,
                       MeterRegistry metrics, @ConfigProperty(name = "stancewatch.outbox.batch-size", defaultValue = "200") int batchSize,
                       @ConfigProperty(name = "stancewatch.outbox.enabled", defaultValue = "true") boolean enabled) {
        this.emitter = emitter;
        this.em = em;
        this.mapper = mapper;
        this.metrics = metrics;
        this.batchSize = batchSize;
        this.paused.set(!enabled);
        metrics.gauge("stancewatch.outbox.pending", this, r -> r.pendingSafely());
    }

    /** Wakes the relay as soon as a transaction that wrote stance changes has committed. */
    void afterCommit(@Observes(during = TransactionPhase.AFTER_SUCCESS) StanceTracker.StanceChangesWritten written) {
        if (!paused.get()) kick.execute(this::drain);
    }

    /** The safety net: also relays what a crashed instance left behind. */
    @Scheduled(every = "${stancewatch.outbox.poll-interval:1s}", delayed = "2s", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void poll() {
        if (!paused.get()) drain();
    }

    /** Stops relaying before the persistence layer shuts down; unpublished rows wait for the next start. */
    void onStop(@Observes ShutdownEvent event) {
        paused.set(true);
        kick.shutdownNow();
    }

    /** Stops relaying (operations, and the tests' crash-between-commit-and-publish fault). */
    public void pause() {
        paused.set(true);
    }

    public void resume() {
        paused.set(false);
    }

    /** Relays until the outbox is empty (or another instance holds the relay lock). */
    public void drain() {
        if (!running.compareAndSet(false, true)) return;
        try {
            int n;
            do {
                n = relayOnce();
            } while (n == batchSize && !paused.get());
        } catch (RuntimeException e) {
            LOG.warnf("Outbox relay pass failed, will retry: %s", e.toString());
        } finally {
            running.set(false);
        }
    }

    /** One pass in one transaction; returns the number of events published. */
    public int relayOnce() {
        return QuarkusTransaction.requiringNew().timeout(60).call(() -> {
            Boolean locked = (Boolean) em.createNativeQuery("SELECT pg_try_advisory_xact_lock(:k)")
                    .setParameter("k", ADVISORY_LOCK).getSingleResult();
            if (!Boolean.TRUE.equals(locked)) return 0;
            @SuppressWarnings("unchecked")
            List<StanceChange> rows = em.createNativeQuery("""
                    SELECT * FROM stance_change WHERE published_at IS NULL ORDER BY seq
                    LIMIT :n FOR UPDATE SKIP LOCKED""", StanceChange.class)
                    .setParameter("n", batchSize).getResultList();
            if (rows.isEmpty()) return 0;
            List<Uni<Void>> sends = rows.stream().map(this::send).toList();
            // a failure here rolls the pass back: the rows stay unpublished and the next pass retries them
            Uni.join().all(sends).andFailFast().await().atMost(Duration.ofSeconds(30));
            OffsetDateTime now = OffsetDateTime.now();
            rows.forEach(r -> {
                r.publishedAt = now;
                r.publishAttempts++;
            });
            metrics.counter("stancewatch.outbox.published").increment(rows.size());
            return rows.size();
        });
    }

    private Uni<Void> send(StanceChange row) {
        String json;
        try {
            json = mapper.writeValueAsString(row.toEvent());
        } catch (JsonProcessingException e) {
            return Uni.createFrom().failure(e);
        }
        RecordHeaders headers = new RecordHeaders();
        headers.add("ce_id", row.eventId.toString().getBytes());
        headers.add("content-type", "application/cloudevents+json; charset=UTF-8".getBytes());
        return emitter.sendMessage(Message.of(json).addMetadata(
                OutgoingKafkaRecordMetadata.<String>builder().withKey(row.actorCode).withHeaders(headers).build()));
    }

    long pendingSafely() {
        try {
            return QuarkusTransaction.requiringNew().call(() ->
                    ((Number) em.createNativeQuery("SELECT count(*) FROM stance_change WHERE published_at IS NULL").getSingleResult()).longValue());
        } catch (RuntimeException e) {
            return -1;
        }
    }
}
