package org.stancewatch.testing;

import io.quarkus.test.common.QuarkusTestResourceLifecycleManager;
import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

/**
 * A real, private PostgreSQL for the test suite: installs the server with apt when it is missing (as CI
 * does on a fresh machine, via deploy/lib/install-postgres.sh), then initdb's a throw-away cluster in a
 * temporary directory on a free port, so every run starts from an empty database and nothing left running
 * by hand is used. Stopped and deleted when the tests end.
 */
public class PostgresTestResource implements QuarkusTestResourceLifecycleManager {

    private Path dir;
    private Path bin;
    private boolean asPostgresUser;

    @Override
    public Map<String, String> start() {
        try {
            bin = findBin();
            if (bin == null) {
                run(List.of("bash", "deploy/lib/install-postgres.sh"), 600);
                bin = findBin();
                if (bin == null) throw new IllegalStateException("PostgreSQL could not be installed");
            }
            asPostgresUser = "root".equals(System.getProperty("user.name"));
            dir = Files.createTempDirectory("stancewatch-test-pg");
            Path data = dir.resolve("data");
            if (asPostgresUser) run(List.of("chown", "-R", "postgres:postgres", dir.toString()), 30);
            pg(List.of(bin.resolve("initdb").toString(), "-D", data.toString(), "-U", "postgres", "-A", "trust",
                    "-E", "UTF8", "--locale=C.UTF-8", "--no-sync"), 120);
            int port = freePort();
            pg(List.of(bin.resolve("pg_ctl").toString(), "-D", data.toString(), "-w", "-t", "60",
                    "-l", dir.resolve("postgres.log").toString(),
                    // durable commits, as in production: the ingest guard compares per-batch with per-message commits
                    "-o", "-p " + port + " -k " + dir + " -c listen_addresses=127.0.0.1 -c max_connections=200",
                    "start"), 120);
            pg(List.of(bin.resolve("createdb").toString(), "-h", "127.0.0.1", "-p", Integer.toString(port),
                    "-U", "postgres", "stancewatch"), 60);
            String url = "jdbc:postgresql://127.0.0.1:" + port + "/stancewatch";
            System.setProperty("stancewatch.test.jdbc-url", url);
            return Map.of("quarkus.datasource.jdbc.url", url,
                    "quarkus.datasource.username", "postgres",
                    "quarkus.datasource.password", "postgres");
        } catch (IOException | InterruptedException e) {
            throw new IllegalStateException("Could not start the test PostgreSQL", e);
        }
    }

    @Override
    public void stop() {
        if (dir == null) return;
        try {
            pg(List.of(bin.resolve("pg_ctl").toString(), "-D", dir.resolve("data").toString(), "-m", "immediate", "stop"), 60);
        } catch (Exception e) {
            System.err.println("Could not stop the test PostgreSQL: " + e);
        }
        try (Stream<Path> files = Files.walk(dir)) {
            files.sorted(Comparator.reverseOrder()).map(Path::toFile).forEach(File::delete);
        } catch (IOException e) {
            System.err.println("Could not delete " + dir + ": " + e);
        }
    }

    static Path findBin() throws IOException {
        Path root = Path.of("/usr/lib/postgresql");
        if (!Files.isDirectory(root)) return null;
        try (Stream<Path> versions = Files.list(root)) {
            return versions.map(v -> v.resolve("bin"))
                    .filter(b -> Files.isExecutable(b.resolve("initdb")) && Files.isExecutable(b.resolve("pg_ctl")))
                    .max(Comparator.comparing(Path::toString)).orElse(null);
        }
    }

    private void pg(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        List<String> c = new ArrayList<>();
        if (asPostgresUser) c.addAll(List.of("runuser", "-u", "postgres", "--"));
        c.addAll(command);
        run(c, timeoutSeconds);
    }

    private static void run(List<String> command, int timeoutSeconds) throws IOException, InterruptedException {
        Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
        String out;
        boolean done = p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
        out = new String(p.getInputStream().readAllBytes());
        if (!done || p.exitValue() != 0) {
            p.destroyForcibly();
            throw new IllegalStateException("Command failed: " + String.join(" ", command) + "\n" + out);
        }
    }

    private static int freePort() throws IOException {
        try (ServerSocket s = new ServerSocket(0)) {
            return s.getLocalPort();
        }
    }
}
