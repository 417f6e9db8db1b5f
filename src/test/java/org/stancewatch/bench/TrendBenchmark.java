package org.stancewatch.bench;

import java.io.IOException;
import java.io.PipedReader;
import java.io.PipedWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.Base64;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.flywaydb.core.Flyway;
import org.postgresql.PGConnection;

/**
 * Trends benchmark: bulk-loads N statements (default 5,000,000) straight into PostgreSQL, rebuilds the rollups
 * with the documented bulk path (sql/rebuild_trend_rollups.sql, equivalent to the incremental maintenance),
 * starts the service, and drives a dashboard mix of trend queries with wrk at 16 concurrent connections for 30 s, first
 * with the response cache off (every request reads the rollups) and then on. In the same run it times the
 * equivalent raw GROUP BY queries on the statement table. Run through {@code deploy/bench/trends.sh}.
 */
public final class TrendBenchmark {
    static final String[] FORUMS = StatementGenerator.FORUMS;
    static final String[] LANGS = StatementGenerator.LANGS;
    static final String[] REGIONS = {"AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "GRULAC", "WEOG"};
    static final String[] BLOCS = {"EU", "G77", "BRICS", "AU", "ASEAN", "ARAB_LEAGUE", "OECD", "G7", "G20"};

    record Query(String interval, String groupBy, LocalDate from, LocalDate to, String state, String region, String bloc, String forum) {
        String path() {
            StringBuilder b = new StringBuilder("/api/v1/trends?interval=" + interval + "&groupBy=" + groupBy + "&from=" + from + "&to=" + to);
            if (state != null) b.append("&state=").append(state);
            if (region != null) b.append("&region=").append(region);
            if (bloc != null) b.append("&bloc=").append(bloc);
            if (forum != null) b.append("&forum=").append(forum);
            return b.toString();
        }

        /** The same question asked of the raw statement table. */
        String rawSql() {
            String bucket = switch (interval) {
                case "week" -> "date_trunc('week', s.statement_date)";
                case "month" -> "date_trunc('month', s.statement_date)";
                case "quarter" -> "date_trunc('quarter', s.statement_date)";
                default -> "date_trunc('year', s.statement_date)";
            };
            String group = switch (groupBy) {
                case "state" -> "s.actor_code";
                case "region" -> "m.regional_group";
                case "bloc" -> "g.grp";
                case "forum" -> "s.forum_code";
                case "language" -> "s.language";
                default -> "'all'";
            };
            StringBuilder sql = new StringBuilder("SELECT " + bucket + ", " + group + ", s.stance, count(*), sum(s.score), sum(s.score * s.score) FROM statement s");
            if (groupBy.equals("region") || region != null) sql.append(" JOIN member_state m ON m.code = s.actor_code");
            if (groupBy.equals("bloc")) sql.append(" JOIN (SELECT state_code::varchar AS actor, bloc_code AS grp FROM bloc_member UNION ALL SELECT code, code FROM bloc) g ON g.actor = s.actor_code");
            sql.append(" WHERE s.statement_date BETWEEN '" + from + "' AND '" + to + "'");
            if (state != null) sql.append(" AND s.actor_code = '" + state + "'");
            if (region != null) sql.append(" AND m.regional_group = '" + region + "'");
            if (bloc != null) sql.append(" AND s.actor_code IN (SELECT state_code FROM bloc_member WHERE bloc_code = '" + bloc + "' UNION SELECT '" + bloc + "')");
            if (forum != null) sql.append(" AND s.forum_code = '" + forum + "'");
            return sql.append(" GROUP BY 1, 2, 3").toString();
        }
    }

    /** A dashboard mix: overview charts, regional and bloc comparisons, a state's page, forum and language breakdowns. */
    static Query randomQuery(SplittableRandom r, List<String> actors) {
        LocalDate to = LocalDate.of(2024, 12, 31).minusMonths(r.nextInt(12));
        String state = actors.get(r.nextInt(actors.size()));
        return switch (r.nextInt(8)) {
            case 0 -> new Query("month", "none", to.minusYears(5), to, null, null, null, null);
            case 1 -> new Query("quarter", "region", to.minusYears(10), to, null, null, null, null);
            case 2 -> new Query("year", "bloc", to.minusYears(20), to, null, null, null, null);
            case 3 -> new Query("month", "state", to.minusYears(3), to, null, REGIONS[r.nextInt(REGIONS.length)], null, null);
            case 4 -> new Query("week", "none", to.minusYears(1), to, state, null, null, null);
            case 5 -> new Query("month", "forum", to.minusYears(5), to, null, null, null, null);
            case 6 -> new Query("quarter", "none", to.minusYears(10), to, state, null, null, FORUMS[r.nextInt(FORUMS.length)]);
            default -> new Query("year", "state", to.minusYears(20), to, null, null, BLOCS[r.nextInt(BLOCS.length)], null);
        };
    }

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = BenchSupport.args(argv);
        int n = Integer.parseInt(a.getOrDefault("n", "5000000"));
        int clients = Integer.parseInt(a.getOrDefault("clients", "16"));
        int seconds = Integer.parseInt(a.getOrDefault("seconds", "30"));
        String url = a.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/stancewatch_trends");
        String user = a.getOrDefault("user", "stancewatch");
        String password = a.getOrDefault("password", "stancewatch");
        String bootstrap = a.getOrDefault("bootstrap", "127.0.0.1:9092");
        Path repo = Path.of(a.getOrDefault("repo", "."));
        int port = Integer.parseInt(a.getOrDefault("port", "18081"));
        List<String> actors = StatementGenerator.actorsFromMigration(repo);

        Flyway.configure().dataSource(url, user, password).locations("classpath:db/migration").load().migrate();
        try (Connection c = BenchSupport.db(url, user, password)) {
            long loaded = count(c);
            if (loaded != n) {
                long t = System.nanoTime();
                BenchSupport.exec(c, "TRUNCATE statement CASCADE");
                bulkLoad(c, n, actors);
                BenchSupport.exec(c, "ANALYZE statement");
                System.out.printf("bulk-loaded %d statements in %.1f s%n", n, (System.nanoTime() - t) / 1e9);
                t = System.nanoTime();
                c.setAutoCommit(false);
                String rebuild = new String(TrendBenchmark.class.getResourceAsStream("/sql/rebuild_trend_rollups.sql").readAllBytes(), StandardCharsets.UTF_8);
                BenchSupport.exec(c, rebuild);
                c.commit();
                c.setAutoCommit(true);
                BenchSupport.exec(c, "ANALYZE trend_rollup");
                System.out.printf("rebuilt the rollups in %.1f s%n", (System.nanoTime() - t) / 1e9);
            } else {
                System.out.printf("reusing the %d statements already loaded%n", n);
            }
            try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT cube, count(*) FROM trend_rollup GROUP BY 1 ORDER BY 1")) {
                StringBuilder b = new StringBuilder("rollup rows per cube:");
                while (rs.next()) b.append(' ').append(rs.getString(1)).append('=').append(rs.getLong(2));
                System.out.println(b);
            }

            // the service consumes topics of its own, which stay empty: this benchmark measures reads only
            String run = "trends-bench-" + System.currentTimeMillis();
            BenchSupport.createTopics(bootstrap, List.of(run + "-statements", run + "-dlq", run + "-changes"), 1);
            Map<String, double[]> results = new HashMap<>();
            for (String mode : List.of("cold", "warm")) {
                Map<String, String> env = Map.of("QUARKUS_DATASOURCE_JDBC_URL", url, "QUARKUS_DATASOURCE_USERNAME", user,
                        "QUARKUS_DATASOURCE_PASSWORD", password, "KAFKA_BOOTSTRAP_SERVERS", bootstrap, "QUARKUS_HTTP_PORT", Integer.toString(port),
                        "STANCEWATCH_TRENDS_CACHE_SIZE", mode.equals("cold") ? "0" : "2000",
                        "STANCEWATCH_TOPICS_STATEMENTS", run + "-statements", "STANCEWATCH_TOPICS_STATEMENTS_DLQ", run + "-dlq",
                        "STANCEWATCH_TOPICS_STANCE_CHANGES", run + "-changes", "QUARKUS_LOG_LEVEL", "WARN");
                Process service = BenchSupport.startService(repo.resolve("target/quarkus-app/quarkus-run.jar"), env,
                        Path.of("/tmp/trends-bench-service-" + mode + ".log"), "-Xmx1g");
                try {
                    BenchSupport.awaitReady(port, service, Duration.ofMinutes(3));
                    double[] r = load(port, actors, clients, Duration.ofSeconds(seconds));
                    results.put(mode, r);
                    System.out.printf("%s (response cache %s): %d requests, %.0f req/s, p50 %.2f ms, p99 %.2f ms, errors %d%n",
                            mode, mode.equals("cold") ? "off" : "on", (long) r[0], r[1], r[2], r[3], (long) r[4]);
                } finally {
                    BenchSupport.stop(service);
                }
            }

            SplittableRandom r = new SplittableRandom(7);
            double[] raw = new double[8];
            for (int i = 0; i < raw.length; i++) {
                String sql = randomQuery(r, actors).rawSql();
                long t = System.nanoTime();
                try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery(sql)) {
                    while (rs.next()) { /* drain */ }
                }
                raw[i] = (System.nanoTime() - t) / 1e6;
            }
            Arrays.sort(raw);
            double rawMedian = (raw[3] + raw[4]) / 2;
            System.out.printf("raw GROUP BY on the statement table (8 queries of the mix): median %.0f ms, min %.0f ms, max %.0f ms%n", rawMedian, raw[0], raw[7]);
            double[] cold = results.get("cold"), warm = results.get("warm");
            System.out.printf("SUMMARY trends n=%d clients=%d cold: p50=%.2fms p99=%.2fms %.0freq/s | warm: p50=%.2fms p99=%.2fms %.0freq/s | raw median=%.0fms raw/ours(cold p50)=%.0fx raw/ours(warm p50)=%.0fx%n",
                    n, clients, cold[2], cold[3], cold[1], warm[2], warm[3], warm[1], rawMedian, rawMedian / cold[2], rawMedian / warm[2]);
        }
    }

    static long count(Connection c) throws Exception {
        try (Statement s = c.createStatement(); ResultSet rs = s.executeQuery("SELECT count(*) FROM statement")) {
            rs.next();
            return rs.getLong(1);
        }
    }

    /** Streams generated rows into COPY: actors drift between camps over 20 years, dates uniform. */
    static void bulkLoad(Connection c, int n, List<String> actors) throws Exception {
        PipedWriter w = new PipedWriter();
        PipedReader in = new PipedReader(w, 1 << 20);
        ExecutorService gen = Executors.newSingleThreadExecutor();
        Future<?> f = gen.submit(() -> {
            try (Writer out = w) {
                SplittableRandom r = new SplittableRandom(5);
                LocalDate start = LocalDate.of(2005, 1, 1);
                StringBuilder b = new StringBuilder(256);
                for (int i = 0; i < n; i++) {
                    String actor = actors.get(r.nextInt(actors.size()));
                    int day = r.nextInt(7300);
                    double lean = Math.sin(actor.hashCode() + day / 2000.0);
                    double u = r.nextDouble() * 2 - 1 + lean * 0.6;
                    String stance = r.nextDouble() < 0.15 ? "NO_POSITION" : u > 0.35 ? "MULTISTAKEHOLDER" : u < -0.35 ? "MULTILATERAL" : "MIXED";
                    double score = switch (stance) {
                        case "MULTISTAKEHOLDER" -> 0.3 + 0.7 * r.nextDouble();
                        case "MULTILATERAL" -> -0.3 - 0.7 * r.nextDouble();
                        case "MIXED" -> 0.6 * r.nextDouble() - 0.3;
                        default -> 0;
                    };
                    b.setLength(0);
                    b.append("t-").append(i).append('\t').append(i + 1).append('\t').append(actor).append('\t').append(actor).append('\t')
                            .append(FORUMS[r.nextInt(FORUMS.length)]).append('\t').append(start.plusDays(day)).append("\tDAY\t")
                            .append(LANGS[r.nextInt(LANGS.length)]).append("\tf\tbulk-loaded benchmark statement ").append(i).append('\t')
                            .append("0000000000000000000000000000000000000000000000000000000000000000\t").append(stance).append('\t')
                            .append(String.format("%.4f", score)).append("\t0.8\t0\t0\t[]\tbench\n");
                    out.write(b.toString());
                }
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        });
        ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI().copyIn(
                "COPY statement (id, seq, state_code, actor_code, forum_code, statement_date, date_precision, language, language_detected, text, content_hash, stance, score, confidence, multistakeholder_signal, multilateral_signal, evidence, classifier_version) FROM STDIN",
                in);
        f.get();
        gen.shutdown();
        BenchSupport.exec(c, "SELECT setval('statement_seq', " + (n + 1) + ")");
    }

    /**
     * Closed-loop load with wrk (16 connections by default, each sending the next query as soon as the last one
     * answered), over a fixed list of 20,000 queries of the dashboard mix that each connection walks from its own
     * offset, accepting gzip as browsers do. A 3 s warm-up run comes first. Returns {requests, req/s, p50 ms, p99 ms, errors}.
     */
    static double[] load(int port, List<String> actors, int clients, Duration duration) throws Exception {
        Path script = Files.createTempFile("trends-mix", ".lua");
        try {
            StringBuilder lua = new StringBuilder("local paths = {\n");
            SplittableRandom r = new SplittableRandom(1);
            for (int i = 0; i < 20_000; i++) lua.append("  \"").append(randomQuery(r, actors).path()).append("\",\n");
            String auth = "Basic " + Base64.getEncoder().encodeToString("viewer:viewer".getBytes(StandardCharsets.UTF_8));
            lua.append("""
                    }
                    local auth = "AUTH"
                    local threads = 0
                    function setup(thread) thread:set("id", threads); threads = threads + 1 end
                    function init(args) n = id * 7919 end
                    function request()
                      n = n + 1
                      return wrk.format("GET", paths[(n % #paths) + 1], { ["Authorization"] = auth, ["Accept-Encoding"] = "gzip" })
                    end
                    function done(summary, latency, requests)
                      io.write(string.format("WRK %d %d %.3f %.3f %d\\n", summary.requests, summary.duration,
                        latency:percentile(50) / 1000, latency:percentile(99) / 1000,
                        summary.errors.connect + summary.errors.read + summary.errors.write + summary.errors.status + summary.errors.timeout))
                    end
                    """);
            Files.writeString(script, lua.toString().replace("AUTH", auth));
            wrk(port, script, clients, Duration.ofSeconds(3));
            String[] f = wrk(port, script, clients, duration);
            double seconds = Long.parseLong(f[2]) / 1e6;
            return new double[] {Long.parseLong(f[1]), Long.parseLong(f[1]) / seconds, Double.parseDouble(f[3]), Double.parseDouble(f[4]), Long.parseLong(f[5])};
        } finally {
            Files.deleteIfExists(script);
        }
    }

    private static String[] wrk(int port, Path script, int clients, Duration d) throws Exception {
        Process p = new ProcessBuilder("wrk", "-t2", "-c" + clients, "-d" + d.toSeconds() + "s", "--timeout", "10s", "-s", script.toString(),
                "http://127.0.0.1:" + port).redirectErrorStream(true).start();
        String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        if (p.waitFor() != 0) throw new IllegalStateException("wrk failed:\n" + out);
        return out.lines().filter(l -> l.startsWith("WRK ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("no summary from wrk:\n" + out)).split(" ");
    }
}
