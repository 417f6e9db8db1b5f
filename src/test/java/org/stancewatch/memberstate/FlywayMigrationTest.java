package org.stancewatch.memberstate;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.quarkus.test.junit.QuarkusTest;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.output.MigrateResult;
import org.junit.jupiter.api.Test;

/** The migrations build the whole schema from an empty database, and validate against it. */
@QuarkusTest
class FlywayMigrationTest {

    @Test
    void migratesAnEmptyDatabase() throws Exception {
        String url = System.getProperty("stancewatch.test.jdbc-url");
        String db = "empty_" + System.nanoTime();
        try (Connection c = DriverManager.getConnection(url, "postgres", "postgres"); Statement s = c.createStatement()) {
            s.execute("CREATE DATABASE " + db);
        }
        String emptyUrl = url.substring(0, url.lastIndexOf('/') + 1) + db;
        Flyway flyway = Flyway.configure().dataSource(emptyUrl, "postgres", "postgres").locations("classpath:db/migration").load();
        MigrateResult result = flyway.migrate();
        assertTrue(result.success);
        assertTrue(result.migrationsExecuted >= 4, "all migrations ran: " + result.migrationsExecuted);
        flyway.validate();
        try (Connection c = DriverManager.getConnection(emptyUrl, "postgres", "postgres"); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT count(*) FROM member_state")) {
            rs.next();
            assertEquals(195, rs.getInt(1));
        }
        assertEquals(0, flyway.migrate().migrationsExecuted, "a second run has nothing to do");
    }
}
