package org.stancewatch.trend;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * An in-memory copy of the trend rollups: per cube and grain, one {@link Series} per combination of the cube's
 * dimensions (actor for A, forum x language for G, actor x forum x language for F), each a sorted array of
 * (period, stance) cells with n, the score sum and the sum of squares. Plain data: not thread-safe, the owner
 * ({@link TrendMirror}) guards it with a read-write lock.
 */
final class TrendCube {

    static final List<String> STANCES = TrendQueries.STANCES;

    /** One series of cells, sorted by (period index, stance index). */
    static final class Series {
        final String actor;
        final String forum;
        final String language;
        private int size;
        private int[] keys = new int[16];
        private long[] n = new long[16];
        private double[] sum = new double[16];
        private double[] sumSq = new double[16];

        Series(String actor, String forum, String language) {
            this.actor = actor;
            this.forum = forum;
            this.language = language;
        }

        /**
         * Adds cells given in key order (keys may repeat) in one merge pass: O(size + m), where adding them one by
         * one would shift the arrays for every new key.
         */
        void merge(int[] k, long[] dn, double[] ds, double[] dsq, int m) {
            int cap = Math.max(16, size + m);
            int[] keys2 = new int[cap];
            long[] n2 = new long[cap];
            double[] sum2 = new double[cap], sumSq2 = new double[cap];
            int i = 0, j = 0, o = -1;
            while (i < size || j < m) {
                boolean fromOld = j >= m || (i < size && keys[i] <= k[j]);
                int key = fromOld ? keys[i] : k[j];
                if (o < 0 || keys2[o] != key) keys2[++o] = key;
                if (fromOld) {
                    n2[o] += n[i];
                    sum2[o] += sum[i];
                    sumSq2[o] += sumSq[i];
                    i++;
                } else {
                    n2[o] += dn[j];
                    sum2[o] += ds[j];
                    sumSq2[o] += dsq[j];
                    j++;
                }
            }
            keys = keys2;
            n = n2;
            sum = sum2;
            sumSq = sumSq2;
            size = o + 1;
        }

        /** Bulk loading: appends without keeping the order; {@link #seal()} sorts and merges afterwards. */
        void append(int key, long dn, double ds, double dsq) {
            if (size == keys.length) grow();
            keys[size] = key;
            n[size] = dn;
            sum[size] = ds;
            sumSq[size] = dsq;
            size++;
        }

        /** Restores the order after {@link #append}s, merging cells with the same key. */
        void seal() {
            Integer[] order = new Integer[size];
            for (int i = 0; i < size; i++) order[i] = i;
            Arrays.sort(order, (a, b) -> Integer.compare(keys[a], keys[b]));
            int[] k = new int[Math.max(16, size)];
            long[] nn = new long[k.length];
            double[] ss = new double[k.length], qq = new double[k.length];
            int m = -1;
            for (int idx : order) {
                if (m < 0 || k[m] != keys[idx]) k[++m] = keys[idx];
                nn[m] += n[idx];
                ss[m] += sum[idx];
                qq[m] += sumSq[idx];
            }
            keys = k;
            n = nn;
            sum = ss;
            sumSq = qq;
            size = m + 1;
        }

        private void grow() {
            int cap = keys.length * 2;
            keys = Arrays.copyOf(keys, cap);
            n = Arrays.copyOf(n, cap);
            sum = Arrays.copyOf(sum, cap);
            sumSq = Arrays.copyOf(sumSq, cap);
        }

        /** Visits the non-empty cells whose period index lies in [fromPeriod, toPeriod]. */
        void scan(int fromPeriod, int toPeriod, CellVisitor v) {
            int i = Arrays.binarySearch(keys, 0, size, fromPeriod * STANCE_SLOTS);
            if (i < 0) i = -i - 1;
            int end = (toPeriod + 1) * STANCE_SLOTS;
            for (; i < size && keys[i] < end; i++) {
                if (n[i] != 0) v.cell(this, keys[i] / STANCE_SLOTS, keys[i] % STANCE_SLOTS, n[i], sum[i], sumSq[i]);
            }
        }

        int size() {
            return size;
        }
    }

    @FunctionalInterface
    interface CellVisitor {
        void cell(Series series, int period, int stance, long n, double sum, double sumSq);
    }

    static final int STANCE_SLOTS = 4;

    /** Index of a cube and grain: F-M, A-M, A-W, G-M, G-W. */
    private static int slot(char cube, char grain) {
        return switch (cube) {
            case 'F' -> 0;
            case 'A' -> grain == 'M' ? 1 : 2;
            case 'G' -> grain == 'M' ? 3 : 4;
            default -> throw new IllegalArgumentException("cube " + cube);
        };
    }

    @SuppressWarnings("unchecked")
    private final Map<String, Series>[] series = new Map[5];
    private long cells;

    TrendCube() {
        for (int i = 0; i < series.length; i++) series[i] = new HashMap<>();
    }

    /** The series of a cube and grain for these dimensions ('*' where the cube aggregates one away), created on first use. */
    private Series series(char cube, char grain, String actor, String forum, String language) {
        return series[slot(cube, grain)].computeIfAbsent(actor + '\u0000' + forum + '\u0000' + language, k -> new Series(actor, forum, language));
    }

    private record Cell(int key, TrendRollups.Sums sums) {}

    /** Adds a committed change: the deltas of each series are sorted and merged into it in one pass. */
    void addAll(Map<TrendRollups.Key, TrendRollups.Sums> delta) {
        Map<Series, List<Cell>> bySeries = new HashMap<>();
        for (var e : delta.entrySet()) {
            TrendRollups.Key k = e.getKey();
            Series s = series(k.cube(), k.grain(), k.actor(), k.forum(), k.language());
            bySeries.computeIfAbsent(s, x -> new java.util.ArrayList<>())
                    .add(new Cell(periodIndex(k.grain(), k.period()) * STANCE_SLOTS + stanceIndex(k.stance()), e.getValue()));
        }
        for (var e : bySeries.entrySet()) {
            List<Cell> cellsOf = e.getValue();
            cellsOf.sort(java.util.Comparator.comparingInt(Cell::key));
            int m = cellsOf.size();
            int[] k = new int[m];
            long[] dn = new long[m];
            double[] ds = new double[m], dsq = new double[m];
            for (int i = 0; i < m; i++) {
                Cell c = cellsOf.get(i);
                k[i] = c.key();
                dn[i] = c.sums().n;
                ds[i] = c.sums().sum;
                dsq[i] = c.sums().sumSq;
            }
            Series s = e.getKey();
            int before = s.size();
            s.merge(k, dn, ds, dsq, m);
            cells += s.size() - before;
        }
    }

    /** Bulk loading: adds a row without keeping the series sorted; call {@link #seal()} once all rows are in. */
    void append(char cube, char grain, LocalDate period, String actor, String forum, String language, String stance,
                long n, double sum, double sumSq) {
        series(cube, grain, actor, forum, language).append(periodIndex(grain, period) * STANCE_SLOTS + stanceIndex(stance), n, sum, sumSq);
    }

    void seal() {
        cells = 0;
        for (Map<String, Series> m : series) {
            for (Series s : m.values()) {
                s.seal();
                cells += s.size();
            }
        }
    }

    Collection<Series> series(char cube, char grain) {
        return series[slot(cube, grain)].values();
    }

    /** Cells held, over all cubes. */
    long cells() {
        return cells;
    }

    static int stanceIndex(String stance) {
        int i = STANCES.indexOf(stance);
        if (i < 0) throw new IllegalArgumentException("stance " + stance);
        return i;
    }

    /** Months count from year 0; weeks are ISO weeks (starting on Monday) counted from the epoch. */
    static int periodIndex(char grain, LocalDate d) {
        return grain == 'M' ? d.getYear() * 12 + d.getMonthValue() - 1 : (int) Math.floorDiv(d.toEpochDay() + 3, 7);
    }

    static LocalDate periodStart(char grain, int index) {
        return grain == 'M' ? LocalDate.of(Math.floorDiv(index, 12), Math.floorMod(index, 12) + 1, 1) : LocalDate.ofEpochDay(index * 7L - 3);
    }
}
