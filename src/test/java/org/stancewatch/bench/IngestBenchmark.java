package org.stancewatch.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.StringReader;
import java.lang.management.ManagementFactory;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.clients.producer.ProducerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.apache.kafka.common.serialization.StringSerializer;
import org.postgresql.PGConnection;
import org.stancewatch.classification.Classification;
import org.stancewatch.classification.Language;
import org.stancewatch.classification.LexiconStanceClassifier;

/**
 * Ingest benchmark: the same generated statements, on the same broker and PostgreSQL, three ways in one run:
 * <ul>
 * <li><b>limit</b>: a plain {@code COPY} of the valid rows into a table like {@code statement};</li>
 * <li><b>baseline</b>: a quickstart-style consumer, one transaction per message (parse, classify, insert);</li>
 * <li><b>ours</b>: the packaged service, from its first stored statement until every valid statement is stored
 * and classified and every offset is committed.</li>
 * </ul>
 * Run through {@code deploy/bench/ingest.sh}; it prints one summary line at the end.
 */
public final class IngestBenchmark {

    public static void main(String[] argv) throws Exception {
        Map<String, String> a = BenchSupport.args(argv);
        int n = Integer.parseInt(a.getOrDefault("n", "200000"));
        int baselineMax = Integer.parseInt(a.getOrDefault("baseline-max", "30000"));
        String bootstrap = a.getOrDefault("bootstrap", "127.0.0.1:9092");
        String url = a.getOrDefault("jdbc", "jdbc:postgresql://127.0.0.1:5432/stancewatch_bench");
        String user = a.getOrDefault("user", "stancewatch");
        String password = a.getOrDefault("password", "stancewatch");
        Path repo = Path.of(a.getOrDefault("repo", "."));
        Path jar = repo.resolve("target/quarkus-app/quarkus-run.jar");
        int port = Integer.parseInt(a.getOrDefault("port", "18080"));
        String run = "bench-" + System.currentTimeMillis();

        // 1. generate and pre-load
        List<StatementGenerator.Event> events = new StatementGenerator(StatementGenerator.actorsFromMigration(repo), 42).generate(n, run);
        Set<String> validIds = new HashSet<>();
        long dup = 0, bad = 0;
        for (var e : events) {
            switch (e.kind()) {
                case VALID -> validIds.add(e.id());
                case DUPLICATE -> dup++;
                case MALFORMED -> bad++;
            }
        }
        String topic = run + "-statements";
        BenchSupport.createTopics(bootstrap, List.of(topic, run + "-dlq", run + "-changes"), 6);
        long t = System.nanoTime();
        produce(bootstrap, topic, events);
        System.out.printf("generated %d events (%d valid, %d duplicates, %d malformed) and produced them in %.1f s%n",
                n, validIds.size(), dup, bad, (System.nanoTime() - t) / 1e9);

        try (Connection c = BenchSupport.db(url, user, password)) {
            // 2. ours (first: the service migrates the schema; the limit and the baseline then use tables like statement)
            Map<String, String> env = Map.of(
                    "QUARKUS_DATASOURCE_JDBC_URL", url, "QUARKUS_DATASOURCE_USERNAME", user, "QUARKUS_DATASOURCE_PASSWORD", password,
                    "KAFKA_BOOTSTRAP_SERVERS", bootstrap, "QUARKUS_HTTP_PORT", Integer.toString(port),
                    "STANCEWATCH_TOPICS_STATEMENTS", topic, "STANCEWATCH_TOPICS_STATEMENTS_DLQ", run + "-dlq",
                    "STANCEWATCH_TOPICS_STANCE_CHANGES", run + "-changes",
                    "MP_MESSAGING_INCOMING_STATEMENTS_IN_GROUP_ID", run);
            Path log = Path.of(a.getOrDefault("log", "/tmp/" + run + "-service.log"));
            long started = System.nanoTime();
            Process service = BenchSupport.startService(jar, env, log, a.getOrDefault("heap", "-Xmx1g"));
            long rss;
            double oursSeconds, wallSeconds;
            try {
                BenchSupport.awaitReady(port, service, Duration.ofMinutes(3));
                awaitStoredAndCommitted(c, bootstrap, run, topic, validIds.size(), Duration.ofMinutes(30));
                wallSeconds = (System.nanoTime() - started) / 1e9;
                try (PreparedStatement ps = c.prepareStatement(
                        "SELECT extract(epoch FROM max(received_at) - min(received_at)) FROM statement WHERE id LIKE ?")) {
                    ps.setString(1, run + "-%");
                    try (ResultSet rs = ps.executeQuery()) {
                        rs.next();
                        oursSeconds = rs.getDouble(1);
                    }
                }
                rss = BenchSupport.peakRssMiB(service.pid());
            } finally {
                BenchSupport.stop(service);
            }
            double ours = validIds.size() / oursSeconds;
            System.out.printf("ours: %d statements stored, classified and committed in %.2f s (first to last stored; %.1f s wall from JVM start) = %.0f statements/s, peak RSS %d MiB%n",
                    validIds.size(), oursSeconds, wallSeconds, ours, rss);

            // 3. limit: COPY of the same valid rows into a table like statement
            BenchSupport.exec(c, "DROP TABLE IF EXISTS bench_copy; CREATE TABLE bench_copy (LIKE statement INCLUDING ALL)");
            StringBuilder csv = new StringBuilder();
            long seq = 1;
            Set<String> seen = new HashSet<>();
            for (var e : events) {
                if (e.kind() != StatementGenerator.Kind.VALID || !seen.add(e.id())) continue;
                csv.append(e.id()).append('\t').append(seq++).append('\t').append(e.state()).append('\t').append(e.state()).append('\t')
                        .append(e.forum()).append('\t').append(e.date()).append("\tDAY\t").append(e.language()).append("\tf\t")
                        .append(e.text().replace("\\", "\\\\").replace("\t", " ").replace("\n", " ")).append('\t')
                        .append("0".repeat(64)).append("\tNO_POSITION\t0\t0\t0\t0\t[]\tbench\n");
            }
            t = System.nanoTime();
            ((PGConnection) c.unwrap(PGConnection.class)).getCopyAPI().copyIn(
                    "COPY bench_copy (id, seq, state_code, actor_code, forum_code, statement_date, date_precision, language, language_detected, text, content_hash, stance, score, confidence, multistakeholder_signal, multilateral_signal, evidence, classifier_version) FROM STDIN",
                    new StringReader(csv.toString()));
            double copySeconds = (System.nanoTime() - t) / 1e9;
            double limit = validIds.size() / copySeconds;
            System.out.printf("limit: COPY of %d rows = %.0f rows/s%n", validIds.size(), limit);

            // the work floor (an estimate): any pipeline must at least classify every row and write it; on this machine's cores,
            // those two alone roughly bound the throughput (the COPY time includes waits; Kafka, parsing, rollups and stance come on top)
            double classifySeconds = classifyCpuSeconds(events);
            int cores = Runtime.getRuntime().availableProcessors();
            double ceiling = validIds.size() / ((classifySeconds + copySeconds) / cores);
            System.out.printf("work floor (estimate): classifying the %d rows takes %.1f s of CPU, the COPY %.1f s: about %.0f statements/s on %d cores before Kafka, parsing, rollups and stance tracking%n",
                    validIds.size(), classifySeconds, copySeconds, ceiling, cores);

            // 4. baseline: one transaction per message
            BenchSupport.exec(c, "DROP TABLE IF EXISTS bench_baseline; CREATE TABLE bench_baseline (LIKE statement INCLUDING ALL)");
            double baseline = baseline(bootstrap, topic, url, user, password, Math.min(baselineMax, n));
            System.out.printf("baseline: per-message consumer = %.0f statements/s (over the first %d records)%n", baseline, Math.min(baselineMax, n));
            BenchSupport.exec(c, "DROP TABLE bench_copy; DROP TABLE bench_baseline");

            System.out.printf("SUMMARY ingest n=%d valid=%d ours=%.0f/s limit=%.0f/s baseline=%.0f/s ours/limit=%.2f ours/baseline=%.1f peakRSS=%dMiB ceiling=%.0f/s%n",
                    n, validIds.size(), ours, limit, baseline, ours / limit, ours / baseline, rss, ceiling);
        }
    }

    /** CPU time of this thread classifying every valid event's text once (after one warm-up pass over a tenth). */
    static double classifyCpuSeconds(List<StatementGenerator.Event> events) {
        LexiconStanceClassifier classifier = LexiconStanceClassifier.loadDefault();
        var valid = events.stream().filter(e -> e.kind() == StatementGenerator.Kind.VALID).toList();
        for (var e : valid.subList(0, valid.size() / 10)) classifier.classify(e.text(), Language.fromCode(e.language()).orElseThrow());
        var threads = ManagementFactory.getThreadMXBean();
        long t0 = threads.getCurrentThreadCpuTime();
        for (var e : valid) classifier.classify(e.text(), Language.fromCode(e.language()).orElseThrow());
        return (threads.getCurrentThreadCpuTime() - t0) / 1e9;
    }

    static void produce(String bootstrap, String topic, List<StatementGenerator.Event> events) throws Exception {
        Properties p = new Properties();
        p.put(ProducerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ProducerConfig.LINGER_MS_CONFIG, "20");
        p.put(ProducerConfig.BATCH_SIZE_CONFIG, Integer.toString(512 * 1024));
        p.put(ProducerConfig.COMPRESSION_TYPE_CONFIG, "lz4");
        p.put(ProducerConfig.ACKS_CONFIG, "all");
        try (KafkaProducer<String, byte[]> producer = new KafkaProducer<>(p, new StringSerializer(), new ByteArraySerializer())) {
            for (var e : events) producer.send(new ProducerRecord<>(topic, e.key(), e.value()));
            producer.flush();
        }
    }

    static void awaitStoredAndCommitted(Connection c, String bootstrap, String group, String topic, int expected, Duration timeout) throws Exception {
        Properties p = new Properties();
        p.put(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        long deadline = System.nanoTime() + timeout.toNanos();
        try (Admin admin = Admin.create(p); PreparedStatement count = c.prepareStatement("SELECT count(*) FROM statement WHERE id LIKE ?")) {
            count.setString(1, group + "-%");
            var partitions = admin.describeTopics(List.of(topic)).allTopicNames().get().get(topic).partitions().stream()
                    .map(tp -> new TopicPartition(topic, tp.partition())).toList();
            var ends = admin.listOffsets(partitions.stream().collect(java.util.stream.Collectors.toMap(tp -> tp, tp -> OffsetSpec.latest()))).all().get();
            // offsets are committed only after their batch is durable, so the cheap offset check comes first and the
            // table is counted once at the end (polling count(*) would steal the service's CPU while it is measured)
            while (System.nanoTime() < deadline) {
                var committed = admin.listConsumerGroupOffsets(group).partitionsToOffsetAndMetadata().get();
                boolean all = partitions.stream().allMatch(tp -> committed.get(tp) != null && committed.get(tp).offset() == ends.get(tp).offset());
                if (all) {
                    try (ResultSet rs = count.executeQuery()) {
                        rs.next();
                        if (rs.getLong(1) == expected) return;
                        throw new IllegalStateException("every offset is committed but " + rs.getLong(1) + " of " + expected + " statements are stored");
                    }
                }
                Thread.sleep(200);
            }
        }
        throw new IllegalStateException("not all statements were stored and committed in " + timeout);
    }

    /** A quickstart-style consumer: for each message, parse, classify and insert in its own transaction. */
    static double baseline(String bootstrap, String topic, String url, String user, String password, int max) throws Exception {
        Properties p = new Properties();
        p.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrap);
        p.put(ConsumerConfig.GROUP_ID_CONFIG, topic + "-baseline");
        p.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
        ObjectMapper json = new ObjectMapper();
        LexiconStanceClassifier classifier = LexiconStanceClassifier.loadDefault();
        int done = 0;
        long start = System.nanoTime();
        try (KafkaConsumer<String, byte[]> consumer = new KafkaConsumer<>(p, new StringDeserializer(), new ByteArrayDeserializer());
             Connection c = BenchSupport.db(url, user, password);
             PreparedStatement ins = c.prepareStatement("""
                     INSERT INTO bench_baseline (id, seq, state_code, actor_code, forum_code, statement_date, date_precision, language, text,
                         content_hash, stance, score, confidence, multistakeholder_signal, multilateral_signal, evidence, classifier_version)
                     VALUES (?, nextval('statement_seq'), ?, ?, ?, ?, 'DAY', ?, ?, ?, ?, ?, ?, ?, ?, ?::json, ?) ON CONFLICT (id) DO NOTHING""")) {
            c.setAutoCommit(true);
            consumer.subscribe(List.of(topic));
            while (done < max) {
                for (ConsumerRecord<String, byte[]> r : consumer.poll(Duration.ofMillis(500))) {
                    if (done >= max) break;
                    done++;
                    JsonNode node;
                    try {
                        node = json.readTree(r.value());
                    } catch (Exception e) {
                        continue;
                    }
                    if (node == null || !node.path("text").isTextual() || !node.path("state").isTextual() || !node.path("date").isTextual()
                            || node.path("state").asText().length() > 16) {
                        continue;
                    }
                    Classification k = classifier.classify(node.get("text").asText(), Language.fromCode(node.path("language").asText()).orElse(Language.EN));
                    ins.setString(1, node.path("id").asText());
                    ins.setString(2, node.get("state").asText());
                    ins.setString(3, node.get("state").asText());
                    ins.setString(4, node.path("forum").asText());
                    ins.setObject(5, LocalDate.parse(node.path("date").asText()));
                    ins.setString(6, node.path("language").asText());
                    ins.setString(7, node.get("text").asText());
                    ins.setString(8, "0".repeat(64));
                    ins.setString(9, k.stance().name());
                    ins.setFloat(10, (float) k.score());
                    ins.setFloat(11, (float) k.confidence());
                    ins.setFloat(12, (float) k.multistakeholderSignal());
                    ins.setFloat(13, (float) k.multilateralSignal());
                    ins.setString(14, json.writeValueAsString(k.evidence()));
                    ins.setString(15, k.classifierVersion());
                    try {
                        ins.executeUpdate();
                    } catch (java.sql.SQLException e) {
                        // a record the table refuses: a dead letter for this consumer too
                    }
                }
                consumer.commitAsync();
            }
        }
        return done / ((System.nanoTime() - start) / 1e9);
    }
}
