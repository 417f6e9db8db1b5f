package org.stancewatch.stance;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.enterprise.event.Observes;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.stancewatch.classification.Classification;
import org.stancewatch.classification.Language;
import org.stancewatch.classification.Stance;
import org.stancewatch.classification.StanceClassifier;
import org.stancewatch.statement.StatementWriter;
import org.stancewatch.statement.StatementsReclassified;
import org.stancewatch.statement.StoredStatement;
import org.stancewatch.web.ProblemException;

/**
 * Re-classifies stored statements with the current classifier version, in batches, then re-derives every
 * actor's stance. Progress is a row in {@code reclassification_job} (and metrics), so a job interrupted by
 * a crash resumes where it stopped: at the next start-up, or when started again. Old classifications are
 * kept (one row per version); the statement row points at the newest. Stances that really change get
 * events with cause RECLASSIFICATION.
 */
@ApplicationScoped
public class ReclassificationService {
    private static final Logger LOG = Logger.getLogger(ReclassificationService.class);

    private final AgroalDataSource dataSource;
    private final StanceClassifier classifier;
    private final StanceTracker tracker;
    private final Event<StatementsReclassified> reclassified;
    private final ObjectMapper mapper;
    private final int batchSize;
    private final boolean atStartup;
    private final AtomicBoolean running = new AtomicBoolean(false);
    private final ExecutorService worker = Executors.newSingleThreadExecutor(r -> {
        Thread t = new Thread(r, "reclassification");
        t.setDaemon(true);
        return t;
    });
    private volatile StanceClassifier override;

    public ReclassificationService(AgroalDataSource dataSource, StanceClassifier classifier, StanceTracker tracker,
                                   Event<StatementsReclassified> reclassified, ObjectMapper mapper, MeterRegistry metrics,
                                   @ConfigProperty(name = "stancewatch.reclassification.batch-size", defaultValue = "500") int batchSize,
                                   @ConfigProperty(name = "stancewatch.reclassification.at-startup", defaultValue = "false") boolean atStartup) {
        this.dataSource = dataSource;
        this.classifier = classifier;
        this.tracker = tracker;
        this.reclassified = reclassified;
        this.mapper = mapper;
        this.batchSize = batchSize;
        this.atStartup = atStartup;
        metrics.gauge("stancewatch.reclassification.processed", this, s -> s.latest().map(ReclassificationJobResponse::processed).orElse(0L));
        metrics.gauge("stancewatch.reclassification.remaining", this, s -> s.latest().map(j -> j.total() - j.processed()).orElse(0L));
    }

    void onStart(@Observes StartupEvent event) {
        Optional<ReclassificationJobResponse> latest = latest();
        if (latest.isPresent() && latest.get().status().equals("RUNNING")) {
            LOG.infof("Resuming reclassification job %d to %s", latest.get().id(), latest.get().targetVersion());
            worker.execute(() -> run(latest.get().id()));
        } else if (atStartup && outdated() > 0) {
            start();
        }
    }

    void onStop(@Observes ShutdownEvent event) {
        worker.shutdownNow();
    }

    StanceClassifier classifier() {
        return override != null ? override : classifier;
    }

    /** Lets tests simulate a new classifier version without rebuilding. */
    void useClassifier(StanceClassifier c) {
        override = c;
    }

    /** Starts a job (or returns the running one). Runs in the background. */
    public ReclassificationJobResponse start() {
        ReclassificationJobResponse job = QuarkusTransaction.requiringNew().call(() -> {
            Optional<ReclassificationJobResponse> latest = latest();
            if (latest.isPresent() && latest.get().status().equals("RUNNING")) return latest.get();
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("INSERT INTO reclassification_job (target_version, status, phase, total) "
                         + "VALUES (?, 'RUNNING', 'CLASSIFYING', (SELECT count(*) FROM statement WHERE classifier_version <> ?)) RETURNING id")) {
                ps.setString(1, classifier().version());
                ps.setString(2, classifier().version());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return find(rs.getLong(1)).orElseThrow();
                }
            }
        });
        worker.execute(() -> run(job.id()));
        return job;
    }

    /** Runs (or resumes) a job to its end, in the calling thread. */
    public void run(long jobId) {
        if (!running.compareAndSet(false, true)) return;
        try {
            ReclassificationJobResponse job = find(jobId).orElseThrow();
            if (!job.targetVersion().equals(classifier().version())) {
                throw new IllegalStateException("job " + jobId + " targets " + job.targetVersion() + " but the classifier is " + classifier().version());
            }
            if (job.phase().equals("CLASSIFYING")) {
                while (QuarkusTransaction.requiringNew().timeout(300).call(() -> classifyBatch(jobId)) > 0) {
                    // next batch
                }
                QuarkusTransaction.requiringNew().run(() -> exec("""
                        UPDATE reclassification_job SET phase = 'RESTANCING', actors_total = (SELECT count(*) FROM actor_stance),
                            updated_at = now() WHERE id = ?""", jobId));
            }
            List<String> actors = QuarkusTransaction.requiringNew().call(() -> remainingActors(jobId));
            for (String actor : actors) {
                QuarkusTransaction.requiringNew().call(() -> {
                    int changes = tracker.restance(actor);
                    exec("""
                            UPDATE reclassification_job SET last_actor = ?, actors_done = actors_done + 1,
                                stance_changes = stance_changes + ?, updated_at = now() WHERE id = ?""", actor, changes, jobId);
                    return changes;
                });
            }
            QuarkusTransaction.requiringNew().run(() -> exec("""
                    UPDATE reclassification_job SET status = 'DONE', phase = 'FINISHED', finished_at = now(), updated_at = now()
                    WHERE id = ?""", jobId));
            LOG.infof("Reclassification job %d finished", jobId);
        } catch (RuntimeException e) {
            LOG.errorf(e, "Reclassification job %d failed; starting it again resumes where it stopped", jobId);
            QuarkusTransaction.requiringNew().run(() -> exec(
                    "UPDATE reclassification_job SET status = 'FAILED', error = ?, updated_at = now() WHERE id = ?", String.valueOf(e), jobId));
        } finally {
            running.set(false);
        }
    }

    /** Resumes a failed job from where it stopped. */
    public ReclassificationJobResponse resume(long jobId) {
        ReclassificationJobResponse job = find(jobId).orElseThrow(() -> ProblemException.notFound("No reclassification job " + jobId));
        if (job.status().equals("DONE")) return job;
        QuarkusTransaction.requiringNew().run(() -> exec(
                "UPDATE reclassification_job SET status = 'RUNNING', error = NULL, updated_at = now() WHERE id = ?", jobId));
        worker.execute(() -> run(jobId));
        return find(jobId).orElseThrow();
    }

    private int classifyBatch(long jobId) throws SQLException {
        StanceClassifier c = classifier();
        String version = c.version();
        List<StoredStatement> before = new ArrayList<>();
        List<StoredStatement> after = new ArrayList<>();
        List<Classification> results = new ArrayList<>();
        long lastSeq;
        try (Connection conn = dataSource.getConnection()) {
            try (PreparedStatement ps = conn.prepareStatement("SELECT last_seq FROM reclassification_job WHERE id = ? FOR UPDATE")) {
                ps.setLong(1, jobId);
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    lastSeq = rs.getLong(1);
                }
            }
            try (PreparedStatement ps = conn.prepareStatement("""
                    SELECT seq, id, actor_code, forum_code, language, statement_date, stance, score, confidence, classifier_version, text
                    FROM statement WHERE seq > ? AND classifier_version <> ? ORDER BY seq LIMIT ?""")) {
                ps.setLong(1, lastSeq);
                ps.setString(2, version);
                ps.setInt(3, batchSize);
                try (ResultSet rs = ps.executeQuery()) {
                    while (rs.next()) {
                        StoredStatement old = new StoredStatement(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                                rs.getString(5).trim(), rs.getDate(6).toLocalDate(), Stance.valueOf(rs.getString(7)), rs.getFloat(8),
                                rs.getFloat(9), rs.getString(10));
                        Classification k = c.classify(rs.getString(11), Language.fromCode(old.language()).orElseThrow());
                        before.add(old);
                        results.add(k);
                        after.add(new StoredStatement(old.seq(), old.id(), old.actorCode(), old.forumCode(), old.language(), old.date(),
                                k.stance(), k.score(), k.confidence(), k.classifierVersion()));
                    }
                }
            }
            if (before.isEmpty()) return 0;
            try (PreparedStatement archive = conn.prepareStatement("""
                    INSERT INTO statement_classification (statement_id, classifier_version, stance, score, confidence,
                        multistakeholder_signal, multilateral_signal, evidence, classified_at)
                    SELECT id, classifier_version, stance, score, confidence, multistakeholder_signal, multilateral_signal,
                        evidence, classified_at FROM statement WHERE id = ANY (?)
                    ON CONFLICT (statement_id, classifier_version) DO NOTHING""");
                 PreparedStatement upd = conn.prepareStatement("""
                         UPDATE statement SET stance = ?, score = ?, confidence = ?, multistakeholder_signal = ?,
                             multilateral_signal = ?, evidence = ?::json, classifier_version = ?, classified_at = now()
                         WHERE id = ?""")) {
                archive.setArray(1, conn.createArrayOf("varchar", before.stream().map(StoredStatement::id).toArray()));
                archive.executeUpdate();
                for (int i = 0; i < before.size(); i++) {
                    Classification k = results.get(i);
                    upd.setString(1, k.stance().name());
                    upd.setFloat(2, (float) k.score());
                    upd.setFloat(3, (float) k.confidence());
                    upd.setFloat(4, (float) k.multistakeholderSignal());
                    upd.setFloat(5, (float) k.multilateralSignal());
                    upd.setString(6, StatementWriter.evidenceJson(mapper, k));
                    upd.setString(7, k.classifierVersion());
                    upd.setString(8, before.get(i).id());
                    upd.addBatch();
                }
                upd.executeBatch();
            }
            reclassified.fire(new StatementsReclassified(before, after));
            long changed = 0;
            for (int i = 0; i < before.size(); i++) if (before.get(i).stance() != after.get(i).stance()) changed++;
            try (PreparedStatement ps = conn.prepareStatement("""
                    UPDATE reclassification_job SET last_seq = ?, processed = processed + ?, reclassified = reclassified + ?,
                        updated_at = now() WHERE id = ?""")) {
                ps.setLong(1, before.get(before.size() - 1).seq());
                ps.setInt(2, before.size());
                ps.setLong(3, changed);
                ps.setLong(4, jobId);
                ps.executeUpdate();
            }
        }
        return before.size();
    }

    private List<String> remainingActors(long jobId) throws SQLException {
        List<String> out = new ArrayList<>();
        try (Connection c = dataSource.getConnection();
             PreparedStatement ps = c.prepareStatement("""
                     SELECT actor_code FROM actor_stance
                     WHERE actor_code > coalesce((SELECT last_actor FROM reclassification_job WHERE id = ?), '')
                     ORDER BY actor_code""")) {
            ps.setLong(1, jobId);
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) out.add(rs.getString(1));
            }
        }
        return out;
    }

    /** Statements whose stored classification is not the current version's. */
    public long outdated() {
        return QuarkusTransaction.requiringNew().call(() -> {
            try (Connection c = dataSource.getConnection();
                 PreparedStatement ps = c.prepareStatement("SELECT count(*) FROM statement WHERE classifier_version <> ?")) {
                ps.setString(1, classifier().version());
                try (ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    return rs.getLong(1);
                }
            }
        });
    }

    public Optional<ReclassificationJobResponse> latest() {
        return query("SELECT * FROM reclassification_job ORDER BY id DESC LIMIT 1", null);
    }

    public Optional<ReclassificationJobResponse> find(long id) {
        return query("SELECT * FROM reclassification_job WHERE id = ?", id);
    }

    private Optional<ReclassificationJobResponse> query(String sql, Long id) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            if (id != null) ps.setLong(1, id);
            try (ResultSet rs = ps.executeQuery()) {
                if (!rs.next()) return Optional.empty();
                return Optional.of(new ReclassificationJobResponse(rs.getLong("id"), rs.getString("target_version"), rs.getString("status"), rs.getString("phase"),
                        rs.getLong("total"), rs.getLong("processed"), rs.getLong("reclassified"), rs.getInt("actors_total"),
                        rs.getInt("actors_done"), rs.getInt("stance_changes"), rs.getString("error"),
                        rs.getObject("started_at", java.time.OffsetDateTime.class), rs.getObject("finished_at", java.time.OffsetDateTime.class)));
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    private void exec(String sql, Object... params) {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql)) {
            for (int i = 0; i < params.length; i++) ps.setObject(i + 1, params[i]);
            ps.executeUpdate();
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }
}
