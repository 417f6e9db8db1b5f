package org.stancewatch.trend;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;

import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import java.time.Duration;
import java.time.LocalDate;
import java.util.Map;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The in-memory copy applies committed changes in version order, whatever order they arrive in. */
class TrendMirrorOrderTest {

    static TrendMirror.RollupsChanged change(long version, String actor, long n, double sum) {
        Map<TrendRollups.Key, TrendRollups.Sums> delta = new TreeMap<>();
        TrendRollups.Sums s = new TrendRollups.Sums();
        s.n = n;
        s.sum = sum;
        s.sumSq = sum * sum;
        delta.put(new TrendRollups.Key('A', 'M', LocalDate.of(2020, 5, 1), actor, "*", "*", "MULTILATERAL"), s);
        return new TrendMirror.RollupsChanged(version, delta);
    }

    static long total(TrendCube cube) {
        long[] n = {0};
        for (TrendCube.Series s : cube.series('A', 'M')) s.scan(0, Integer.MAX_VALUE / 8, (x, p, st, c, sum, sq) -> n[0] += c);
        return n[0];
    }

    @Test
    void changesArrivingOutOfOrderWaitForTheOnesBefore() {
        TrendMirror mirror = new TrendMirror(null, new SimpleMeterRegistry(), true, 60_000);
        mirror.install(new TrendCube(), 10);
        mirror.apply(change(12, "BRA", 2, -1.0));
        assertEquals(10, mirror.version(), "version 12 must wait for 11");
        assertNull(mirror.read(12, TrendMirrorOrderTest::total));
        mirror.committed(change(11, "CHN", 3, -2.0));
        await().atMost(Duration.ofSeconds(10)).until(() -> mirror.version() == 12);
        assertEquals(5L, mirror.read(12, TrendMirrorOrderTest::total));
    }

    @Test
    void changesAlreadyInTheSnapshotAreNotAppliedTwice() {
        TrendMirror mirror = new TrendMirror(null, new SimpleMeterRegistry(), true, 60_000);
        // committed while the first load was running: 7 is in the snapshot at version 7, 8 is not
        mirror.apply(change(7, "BRA", 1, 1.0));
        mirror.apply(change(8, "BRA", 4, 1.0));
        TrendCube snapshot = new TrendCube();
        snapshot.append('A', 'M', LocalDate.of(2020, 5, 1), "BRA", "*", "*", "MULTILATERAL", 1, 1.0, 1.0);
        snapshot.seal();
        mirror.install(snapshot, 7);
        assertEquals(8, mirror.version());
        assertEquals(5L, mirror.read(8, TrendMirrorOrderTest::total));
        mirror.apply(change(8, "BRA", 4, 1.0));
        assertEquals(5L, mirror.read(8, TrendMirrorOrderTest::total), "a redelivered version is ignored");
    }

    @Test
    void aCopyAtAnotherVersionIsNotServed() {
        TrendMirror mirror = new TrendMirror(null, new SimpleMeterRegistry(), true, 60_000);
        assertNull(mirror.read(0, TrendMirrorOrderTest::total), "nothing before the first load");
        mirror.install(new TrendCube(), 3);
        assertNotNull(mirror.read(3, TrendMirrorOrderTest::total));
        assertNull(mirror.read(4, TrendMirrorOrderTest::total));
        assertNull(mirror.read(2, TrendMirrorOrderTest::total));
    }

    @Test
    void mergingADeltaKeepsCellsSortedAndAddsRepeatedKeys() {
        TrendCube cube = new TrendCube();
        cube.append('A', 'M', LocalDate.of(2020, 3, 1), "BRA", "*", "*", "MIXED", 1, 0.1, 0.01);
        cube.append('A', 'M', LocalDate.of(2020, 1, 1), "BRA", "*", "*", "MIXED", 2, 0.2, 0.02);
        cube.seal();
        Map<TrendRollups.Key, TrendRollups.Sums> delta = new TreeMap<>();
        for (int month : new int[] {2, 3, 5, 1}) {
            TrendRollups.Sums s = new TrendRollups.Sums();
            s.n = 10;
            s.sum = 1;
            delta.put(new TrendRollups.Key('A', 'M', LocalDate.of(2020, month, 1), "BRA", "*", "*", "MIXED"), s);
        }
        cube.addAll(delta);
        StringBuilder seen = new StringBuilder();
        for (TrendCube.Series s : cube.series('A', 'M')) {
            s.scan(0, Integer.MAX_VALUE / 8, (x, p, st, n, sum, sq) -> seen.append(TrendCube.periodStart('M', p).getMonthValue()).append(':').append(n).append(' '));
        }
        assertEquals("1:12 2:10 3:11 5:10 ", seen.toString());
        assertEquals(4, cube.cells());
    }

    @Test
    void periodIndexesRoundTrip() {
        for (LocalDate d = LocalDate.of(1995, 1, 1); d.isBefore(LocalDate.of(2031, 1, 1)); d = d.plusDays(1)) {
            assertEquals(TrendRollups.month(d), TrendCube.periodStart('M', TrendCube.periodIndex('M', d)));
            assertEquals(TrendRollups.week(d), TrendCube.periodStart('W', TrendCube.periodIndex('W', d)));
        }
    }
}
