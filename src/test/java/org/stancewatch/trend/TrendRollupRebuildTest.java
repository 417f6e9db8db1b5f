package org.stancewatch.trend;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.agroal.api.AgroalDataSource;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import jakarta.inject.Inject;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.stancewatch.testing.Api;

/**
 * The documented bulk path (sql/rebuild_trend_rollups.sql, used by the trends benchmark) produces the same
 * rollups as the incremental maintenance: same keys, same counts, same score sums (to float precision: the
 * statement table keeps scores as real).
 */
@QuarkusTest
class TrendRollupRebuildTest {

    @Inject
    AgroalDataSource dataSource;

    Map<String, double[]> snapshot() throws Exception {
        Map<String, double[]> out = new TreeMap<>();
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement();
             ResultSet rs = s.executeQuery("SELECT cube, grain, period, actor_code, forum_code, language, stance, n, sum_score FROM trend_rollup WHERE n <> 0")) {
            while (rs.next()) {
                out.put(String.join("|", rs.getString(1), rs.getString(2), rs.getString(3), rs.getString(4), rs.getString(5), rs.getString(6), rs.getString(7)),
                        new double[] {rs.getLong(8), rs.getDouble(9)});
            }
        }
        return out;
    }

    @Test
    void theBulkRebuildEqualsTheIncrementalRollups() throws Exception {
        String[] texts = {"We support the multistakeholder model of Internet governance.", "Policy authority is the sovereign right of States.",
            "Closing the digital divide is our priority."};
        String[] dates = {"1999-01-15", "1999-02-20", "1999-02-21", "2003-07-01"};
        for (int i = 0; i < 12; i++) {
            String body = """
                    {"id":"%s","state":"%s","forum":"%s","date":"%s","language":"en","text":"%s"}""".formatted("rebuild-" + UUID.randomUUID(),
                    i % 2 == 0 ? "KEN" : "EU", i % 3 == 0 ? "ITU-PP" : "IGF", dates[i % dates.length], texts[i % texts.length]);
            Api.analyst().contentType(ContentType.JSON).body(body).post("/api/v1/statements").then().statusCode(201);
        }
        Map<String, double[]> incremental = snapshot();
        assertTrue(incremental.size() > 10);
        String sql = new String(getClass().getResourceAsStream("/sql/rebuild_trend_rollups.sql").readAllBytes(), StandardCharsets.UTF_8);
        try (Connection c = dataSource.getConnection(); Statement s = c.createStatement()) {
            s.execute(sql);
        }
        Map<String, double[]> rebuilt = snapshot();
        assertEquals(incremental.keySet(), rebuilt.keySet());
        for (var e : incremental.entrySet()) {
            double[] r = rebuilt.get(e.getKey());
            assertEquals(e.getValue()[0], r[0], 0, e.getKey());
            assertEquals(e.getValue()[1], r[1], 1e-4 * Math.max(1, e.getValue()[0]), e.getKey());
        }
    }
}
