package org.stancewatch.trend;

import io.agroal.api.AgroalDataSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.enterprise.event.TransactionPhase;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.ReentrantReadWriteLock;
import java.util.function.Function;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.health.HealthCheck;
import org.eclipse.microprofile.health.HealthCheckResponse;
import org.eclipse.microprofile.health.Readiness;
import org.jboss.logging.Logger;

/**
 * Keeps an in-memory copy of the trend rollups ({@link TrendCube}) in step with the database, so trend queries
 * are answered without a database scan. The database stays the source of truth:
 * <ul>
 *   <li>at start-up the rollups are loaded from one consistent snapshot, together with the trend version;</li>
 *   <li>every committed rollup change arrives here (after commit) with the version it produced, and is applied in
 *       version order: changes that commit out of order wait for the ones before them;</li>
 *   <li>a query is served from memory only when the copy is at exactly the version the database reports, under a
 *       read lock, so the ETag's version and the data always agree; otherwise the caller falls back to SQL;</li>
 *   <li>a version that stays missing (another instance wrote, or a bulk rebuild ran) triggers a reload.</li>
 * </ul>
 * Readiness is DOWN until the first load has finished (see {@link Ready}).
 */
@ApplicationScoped
public class TrendMirror {
    private static final Logger LOG = Logger.getLogger(TrendMirror.class);

    /** A committed rollup change: the version it produced and the deltas. Fired by {@link TrendRollups}. */
    record RollupsChanged(long version, Map<TrendRollups.Key, TrendRollups.Sums> delta) {}

    private final AgroalDataSource dataSource;
    private final boolean enabled;
    private final long reloadAfterMillis;
    private final ReentrantReadWriteLock lock = new ReentrantReadWriteLock();
    private final TreeMap<Long, Map<TrendRollups.Key, TrendRollups.Sums>> pending = new TreeMap<>();
    private final AtomicBoolean loading = new AtomicBoolean();
    private final ExecutorService loader = daemon("trend-mirror-loader");
    private final ExecutorService applier = daemon("trend-mirror-applier");
    private TrendCube cube;
    private long applied = -1;
    private volatile boolean loadedOnce;
    private long gapVersion = -1;
    private long gapSince;

    public TrendMirror(AgroalDataSource dataSource, MeterRegistry metrics,
                       @ConfigProperty(name = "stancewatch.trends.in-memory", defaultValue = "true") boolean enabled,
                       @ConfigProperty(name = "stancewatch.trends.reload-after-ms", defaultValue = "2000") long reloadAfterMillis) {
        this.dataSource = dataSource;
        this.enabled = enabled;
        this.reloadAfterMillis = reloadAfterMillis;
        Gauge.builder("stancewatch.trends.memory.cells", this, TrendMirror::cells)
                .description("Rollup cells held in memory").register(metrics);
    }

    void onStart(@Observes StartupEvent event) {
        if (enabled) reload();
    }

    void onStop(@Observes ShutdownEvent event) {
        loader.shutdownNow();
        applier.shutdownNow();
    }

    private static ExecutorService daemon(String name) {
        return Executors.newSingleThreadExecutor(r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
    }

    /** Runs {@code query} on the in-memory copy if it is at exactly {@code version}; returns null otherwise. */
    <T> T read(long version, Function<TrendCube, T> query) {
        if (!enabled) return null;
        lock.readLock().lock();
        try {
            if (cube != null && applied == version) return query.apply(cube);
        } finally {
            lock.readLock().unlock();
        }
        noteBehind(version);
        return null;
    }

    /**
     * Takes a committed change off the committing (ingest) thread: it is queued, and applied by the mirror's own
     * thread. Until then the copy is behind the database and queries read the table, so nothing is served early.
     */
    void committed(@Observes(during = TransactionPhase.AFTER_SUCCESS) RollupsChanged change) {
        if (enabled) applier.execute(() -> apply(change));
    }

    /** Adds a change to the pending ones and applies what follows the copy's version. */
    void apply(RollupsChanged change) {
        lock.writeLock().lock();
        try {
            if (change.version() > applied) pending.put(change.version(), change.delta());
            drain();
        } finally {
            lock.writeLock().unlock();
        }
    }

    /**
     * Applies the pending changes that follow the applied version without a gap. While a reload runs, applied
     * changes are kept too: the snapshot being read may predate them, and they are replayed onto it. Holds the
     * write lock.
     */
    private void drain() {
        if (cube != null) {
            for (var e : pending.tailMap(applied, false).entrySet()) {
                if (e.getKey() != applied + 1) break;
                cube.addAll(e.getValue());
                applied++;
            }
        }
        if (!loading.get()) pending.headMap(applied, true).clear();
    }

    /** The database is ahead of the copy: fine for a moment (a commit is on its way), a reload if it lasts. */
    private void noteBehind(long version) {
        lock.writeLock().lock();
        try {
            if (cube == null || version <= applied) return;
            long now = System.currentTimeMillis();
            if (gapVersion < 0 || gapVersion <= applied) {
                gapVersion = version;
                gapSince = now;
            } else if (now - gapSince >= reloadAfterMillis) {
                LOG.infof("Trend copy at version %d, database at %d for %d ms: reloading", applied, gapVersion, now - gapSince);
                gapVersion = -1;
                reload();
            }
        } finally {
            lock.writeLock().unlock();
        }
    }

    private void reload() {
        if (!loading.compareAndSet(false, true)) return;
        loader.execute(() -> {
            try {
                load();
            } catch (Exception e) {
                LOG.error("Loading the trend rollups into memory failed; trends are served from the database", e);
            } finally {
                loading.set(false);
            }
        });
    }

    /** Reads the rollups and their version from one snapshot, then swaps the copy in and replays later changes. */
    void load() throws SQLException {
        long t = System.nanoTime();
        TrendCube fresh = new TrendCube();
        long version;
        try (Connection c = dataSource.getConnection()) {
            boolean auto = c.getAutoCommit();
            int isolation = c.getTransactionIsolation();
            c.setAutoCommit(false);
            c.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            try {
                try (PreparedStatement ps = c.prepareStatement("SELECT version FROM trend_version"); ResultSet rs = ps.executeQuery()) {
                    rs.next();
                    version = rs.getLong(1);
                }
                try (PreparedStatement ps = c.prepareStatement("SELECT cube, grain, period, actor_code, forum_code, language, stance, n, sum_score, sum_score_sq FROM trend_rollup WHERE n <> 0")) {
                    ps.setFetchSize(20_000);
                    try (ResultSet rs = ps.executeQuery()) {
                        while (rs.next()) {
                            fresh.append(rs.getString(1).charAt(0), rs.getString(2).charAt(0), rs.getDate(3).toLocalDate(), rs.getString(4),
                                    rs.getString(5), rs.getString(6), rs.getString(7), rs.getLong(8), rs.getDouble(9), rs.getDouble(10));
                        }
                    }
                }
                c.commit();
                fresh.seal();
            } finally {
                c.setTransactionIsolation(isolation);
                c.setAutoCommit(auto);
            }
        }
        install(fresh, version);
        loadedOnce = true;
        LOG.infof("Trend rollups in memory: %d cells at version %d, loaded in %d ms", fresh.cells(), version, (System.nanoTime() - t) / 1_000_000);
    }

    /** Swaps in a freshly read copy at {@code version} and replays the changes committed after it. */
    void install(TrendCube fresh, long version) {
        lock.writeLock().lock();
        try {
            cube = fresh;
            applied = version;
            loading.set(false);
            drain();
        } finally {
            lock.writeLock().unlock();
        }
    }

    boolean enabled() {
        return enabled;
    }

    boolean loaded() {
        return loadedOnce;
    }

    /** The version the in-memory copy is at (-1 before the first load). */
    long version() {
        lock.readLock().lock();
        try {
            return applied;
        } finally {
            lock.readLock().unlock();
        }
    }

    private double cells() {
        lock.readLock().lock();
        try {
            return cube == null ? 0 : cube.cells();
        } finally {
            lock.readLock().unlock();
        }
    }

    /** Readiness: DOWN until the first load has finished, so a new instance does not serve slow trends. */
    @ApplicationScoped
    @Readiness
    static class Ready implements HealthCheck {
        private final TrendMirror mirror;

        Ready(TrendMirror mirror) {
            this.mirror = mirror;
        }

        @Override
        public HealthCheckResponse call() {
            // through methods: the injected mirror is a client proxy, its fields are not the bean's
            boolean enabled = mirror.enabled(), loaded = mirror.loaded();
            return HealthCheckResponse.named("trends-in-memory").status(!enabled || loaded)
                    .withData("enabled", enabled).withData("loaded", loaded).build();
        }
    }
}
