package org.stancewatch.trend;

import io.agroal.api.AgroalDataSource;
import jakarta.enterprise.context.ApplicationScoped;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;
import java.time.temporal.TemporalAdjusters;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.stancewatch.memberstate.ReferenceData;
import org.stancewatch.trend.TrendQuery.GroupBy;
import org.stancewatch.trend.TrendQuery.Interval;
import org.stancewatch.web.ProblemException;

/**
 * Answers trend queries from the rollups (never from the statements table): from their in-memory copy
 * ({@link TrendMirror}) when it is at the current trend version, otherwise from the rollup table. Every rollup
 * change bumps the trend version in the same transaction: the resource keys its response cache and ETags on it.
 */
@ApplicationScoped
public class TrendQueries {
    static final List<String> STANCES = List.of("MULTISTAKEHOLDER", "MULTILATERAL", "MIXED", "NO_POSITION");

    private final AgroalDataSource dataSource;
    private final ReferenceData reference;
    private final TrendMirror mirror;
    private final int minN;
    private final int maxPoints;

    public TrendQueries(AgroalDataSource dataSource, ReferenceData reference, TrendMirror mirror,
                        @ConfigProperty(name = "stancewatch.trends.min-n", defaultValue = "5") int minN,
                        @ConfigProperty(name = "stancewatch.trends.max-points", defaultValue = "20000") int maxPoints) {
        this.dataSource = dataSource;
        this.reference = reference;
        this.mirror = mirror;
        this.minN = minN;
        this.maxPoints = maxPoints;
    }

    /** Longest range per interval, in periods. */
    static int maxPeriods(Interval i) {
        return switch (i) {
            case WEEK -> 530;
            case MONTH -> 600;
            case QUARTER -> 200;
            case YEAR -> 60;
        };
    }

    /** The range used when {@code from} is absent: enough for a dashboard's default chart. */
    static LocalDate defaultFrom(Interval i, LocalDate to) {
        return switch (i) {
            case WEEK -> to.minusWeeks(52);
            case MONTH -> to.minusYears(5);
            case QUARTER -> to.minusYears(10);
            case YEAR -> to.minusYears(25);
        };
    }

    /** Validates and normalises; throws 400 problems for bad codes and oversized ranges. */
    public TrendQuery normalise(Interval interval, GroupBy groupBy, LocalDate from, LocalDate to, String state,
                                String region, String bloc, String forum, String language) {
        reference.requireActor("state", state);
        reference.requireRegion(region);
        reference.requireBloc(bloc);
        reference.requireForum(forum);
        LocalDate end = periodEnd(interval, to == null ? LocalDate.now() : to);
        LocalDate start = periodStart(interval, from == null ? defaultFrom(interval, end) : from);
        if (start.isAfter(end)) throw ProblemException.badParameter("from", "must not be after 'to'");
        TrendQuery q = new TrendQuery(interval, groupBy, start, end, ReferenceData.normalise(state), ReferenceData.normalise(region),
                ReferenceData.normalise(bloc), ReferenceData.normalise(forum), language);
        if (interval == Interval.WEEK && cube(q) == 'F') {
            throw ProblemException.badParameter("interval", "weekly trends combine a state, region or bloc with a forum or language "
                    + "only by month: use interval=month, or drop one of the two dimensions");
        }
        long periods = periodsBetween(interval, start, end);
        if (periods > maxPeriods(interval)) {
            throw ProblemException.badParameter("from", "the range spans " + periods + " " + interval.name().toLowerCase() + "s; at most "
                    + maxPeriods(interval) + " are served per query: narrow the range or use a coarser interval");
        }
        long groups = switch (groupBy) {
            case NONE -> 1;
            case STATE -> reference.states().size() + reference.blocs().size();
            case REGION -> reference.regions().size();
            case BLOC -> reference.blocs().size();
            case FORUM -> reference.forums().size();
            case LANGUAGE -> 6;
        };
        if (state == null && periods * groups > maxPoints) {
            throw ProblemException.badParameter("groupBy", "up to " + periods * groups + " points; at most " + maxPoints
                    + " are served per query: narrow the range, use a coarser interval, or filter");
        }
        return q;
    }

    /** The current trend version: changes whenever any rollup changes. */
    public long version() {
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement("SELECT version FROM trend_version");
             ResultSet rs = ps.executeQuery()) {
            rs.next();
            return rs.getLong(1);
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    public TrendResponse trends(TrendQuery q, long version) {
        Collection<Acc> acc = aggregate(q, version);
        List<TrendResponse.Point> points = new ArrayList<>(acc.size());
        acc.stream().sorted(Comparator.comparing((Acc a) -> a.start).thenComparing(a -> a.group))
                .forEach(a -> points.add(a.toPoint(q.interval(), minN)));
        return new TrendResponse(q.interval().name().toLowerCase(), q.groupBy().name().toLowerCase(), q.from(), q.to(), minN, points);
    }

    /** One accumulator per (period, group): from the in-memory copy when it is at {@code version}, else from the table. */
    private Collection<Acc> aggregate(TrendQuery q, long version) {
        Collection<Acc> acc = mirror.read(version, cube -> fromMemory(cube, q));
        return acc != null ? acc : fromDatabase(q);
    }

    /** The same aggregation as {@link #fromDatabase}, over the in-memory copy of the rollups. */
    List<Acc> fromMemory(TrendCube cube, TrendQuery q) {
        char grain = q.interval() == Interval.WEEK ? 'W' : 'M';
        int from = TrendCube.periodIndex(grain, q.from()), to = TrendCube.periodIndex(grain, q.to());
        // each period of the range maps to the bucket (week, month, quarter or year) that contains it
        int[] bucketOf = new int[to - from + 1];
        List<LocalDate> buckets = new ArrayList<>();
        for (int p = from; p <= to; p++) {
            LocalDate b = periodStart(q.interval(), TrendCube.periodStart(grain, p));
            if (buckets.isEmpty() || !buckets.get(buckets.size() - 1).equals(b)) buckets.add(b);
            bucketOf[p - from] = buckets.size() - 1;
        }
        List<String> filter = actorFilter(q);
        java.util.Set<String> actors = filter == null ? null : java.util.Set.copyOf(filter);
        // sums per (group, bucket, stance) in flat primitive arrays; groups are numbered as they are first seen
        int nb = buckets.size(), slots = TrendCube.STANCE_SLOTS;
        Map<String, Integer> groupIndex = new java.util.HashMap<>();
        List<String> groupNames = new ArrayList<>();
        long[] counts = new long[0];
        double[] sums = new double[0], sumSqs = new double[0];
        for (TrendCube.Series series : cube.series(cube(q), grain)) {
            if (actors != null && !actors.contains(series.actor)) continue;
            if (q.forum() != null && !q.forum().equals(series.forum)) continue;
            if (q.language() != null && !q.language().equals(series.language)) continue;
            List<String> groups = groups(q.groupBy(), series);
            if (groups.isEmpty()) continue;
            int[] base = new int[groups.size()];
            for (int i = 0; i < base.length; i++) {
                base[i] = groupIndex.computeIfAbsent(groups.get(i), g -> {
                    groupNames.add(g);
                    return groupNames.size() - 1;
                }) * nb * slots;
            }
            int needed = groupNames.size() * nb * slots;
            if (counts.length < needed) {
                int cap = Math.max(needed, counts.length * 2);
                counts = java.util.Arrays.copyOf(counts, cap);
                sums = java.util.Arrays.copyOf(sums, cap);
                sumSqs = java.util.Arrays.copyOf(sumSqs, cap);
            }
            long[] cnt = counts;
            double[] sm = sums, sq = sumSqs;
            series.scan(from, to, (s, period, stance, n, sum, sumSq) -> {
                int offset = bucketOf[period - from] * slots + stance;
                for (int b : base) {
                    cnt[b + offset] += n;
                    sm[b + offset] += sum;
                    sq[b + offset] += sumSq;
                }
            });
        }
        List<Acc> out = new ArrayList<>();
        for (int g = 0; g < groupNames.size(); g++) {
            for (int b = 0; b < nb; b++) {
                Acc acc = null;
                for (int st = 0; st < slots; st++) {
                    int i = (g * nb + b) * slots + st;
                    if (counts[i] <= 0) continue;
                    if (acc == null) acc = new Acc(buckets.get(b), groupNames.get(g));
                    acc.add(STANCES.get(st), counts[i], sums[i], sumSqs[i]);
                }
                if (acc != null) out.add(acc);
            }
        }
        return out;
    }

    /** The groups a series counts for: none when the grouping does not apply to its actor (an observer has no region). */
    private List<String> groups(GroupBy groupBy, TrendCube.Series s) {
        return switch (groupBy) {
            case NONE -> List.of("all");
            case STATE -> List.of(s.actor);
            case REGION -> reference.state(s.actor).map(ReferenceData.StateInfo::regionalGroup).map(List::of).orElse(List.of());
            case BLOC -> reference.isBloc(s.actor) ? List.of(s.actor)
                    : reference.state(s.actor).map(st -> List.copyOf(st.blocs())).orElse(List.of());
            case FORUM -> List.of(s.forum);
            case LANGUAGE -> List.of(s.language);
        };
    }

    Collection<Acc> fromDatabase(TrendQuery q) {
        String bucket = switch (q.interval()) {
            case WEEK, MONTH -> "r.period";
            case QUARTER -> "date_trunc('quarter', r.period)::date";
            case YEAR -> "date_trunc('year', r.period)::date";
        };
        String group = switch (q.groupBy()) {
            case NONE -> "'all'";
            case STATE -> "r.actor_code";
            case REGION -> "ms.regional_group";
            case BLOC -> "g.grp";
            case FORUM -> "r.forum_code";
            case LANGUAGE -> "r.language";
        };
        StringBuilder sql = new StringBuilder("SELECT " + bucket + " AS b, " + group + " AS grp, r.stance, sum(r.n), sum(r.sum_score), sum(r.sum_score_sq) FROM trend_rollup r");
        if (q.groupBy() == GroupBy.REGION) sql.append(" JOIN member_state ms ON ms.code = r.actor_code");
        if (q.groupBy() == GroupBy.BLOC) {
            sql.append(" JOIN (SELECT state_code::varchar AS actor, bloc_code AS grp FROM bloc_member UNION ALL SELECT code, code FROM bloc) g ON g.actor = r.actor_code");
        }
        sql.append(" WHERE r.cube = ? AND r.grain = ? AND r.period BETWEEN ? AND ?");
        List<Object> params = new ArrayList<>();
        params.add(String.valueOf(cube(q)));
        params.add(q.interval() == Interval.WEEK ? "W" : "M");
        params.add(java.sql.Date.valueOf(q.from()));
        params.add(java.sql.Date.valueOf(q.to()));
        List<String> actors = actorFilter(q);
        if (actors != null) {
            sql.append(" AND r.actor_code = ANY (?)");
            params.add(actors.toArray(String[]::new));
        }
        if (q.forum() != null) {
            sql.append(" AND r.forum_code = ?");
            params.add(q.forum());
        }
        if (q.language() != null) {
            sql.append(" AND r.language = ?");
            params.add(q.language());
        }
        sql.append(" GROUP BY 1, 2, 3 HAVING sum(r.n) > 0");
        Map<String, Acc> acc = new LinkedHashMap<>();
        try (Connection c = dataSource.getConnection(); PreparedStatement ps = c.prepareStatement(sql.toString())) {
            for (int i = 0; i < params.size(); i++) {
                Object p = params.get(i);
                if (p instanceof String[] a) ps.setArray(i + 1, c.createArrayOf("varchar", a));
                else ps.setObject(i + 1, p);
            }
            try (ResultSet rs = ps.executeQuery()) {
                while (rs.next()) {
                    LocalDate start = rs.getDate(1).toLocalDate();
                    String g = rs.getString(2);
                    if (g == null) continue;
                    acc.computeIfAbsent(start + "|" + g, k -> new Acc(start, g))
                            .add(rs.getString(3), rs.getLong(4), rs.getDouble(5), rs.getDouble(6));
                }
            }
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
        return acc.values();
    }

    /** A period named as YYYY, YYYY-Qn or YYYY-MM. */
    public static ShiftResponse.Span span(String name, String label) {
        if (label == null || label.isBlank()) throw ProblemException.badParameter(name, "is required (YYYY, YYYY-Qn or YYYY-MM)");
        String v = label.strip().toUpperCase(java.util.Locale.ROOT);
        try {
            if (v.matches("\\d{4}")) {
                LocalDate s = LocalDate.of(Integer.parseInt(v), 1, 1);
                return new ShiftResponse.Span(v, s, s.plusYears(1).minusDays(1));
            }
            if (v.matches("\\d{4}-Q[1-4]")) {
                LocalDate s = LocalDate.of(Integer.parseInt(v.substring(0, 4)), 1, 1).plusMonths(3L * (v.charAt(6) - '1'));
                return new ShiftResponse.Span(v, s, s.plusMonths(3).minusDays(1));
            }
            if (v.matches("\\d{4}-\\d{2}")) {
                LocalDate s = java.time.YearMonth.parse(v).atDay(1);
                return new ShiftResponse.Span(v, s, s.plusMonths(1).minusDays(1));
            }
        } catch (java.time.DateTimeException e) {
            // fall through
        }
        throw ProblemException.badParameter(name, "must be a period as YYYY, YYYY-Qn or YYYY-MM");
    }

    /** The actors whose mean score moved most between two periods, largest absolute move first. */
    public ShiftResponse shifts(ShiftResponse.Span from, ShiftResponse.Span to, String region, String bloc, int limit, Integer minimum, long version) {
        reference.requireRegion(region);
        reference.requireBloc(bloc);
        if (!from.end().isBefore(to.start())) throw ProblemException.badParameter("from", "must be a period before 'to'");
        int min = minimum == null ? minN : minimum;
        Map<String, Acc> a = perActor(from, region, bloc, version);
        Map<String, Acc> b = perActor(to, region, bloc, version);
        List<ShiftResponse.Shift> shifts = new ArrayList<>();
        for (var e : a.entrySet()) {
            Acc x = e.getValue(), y = b.get(e.getKey());
            if (y == null || x.positioned < min || y.positioned < min) continue;
            double mx = x.sum / x.positioned, my = y.sum / y.positioned;
            shifts.add(new ShiftResponse.Shift(e.getKey(), x.positioned, y.positioned, round(mx), round(my), round(my - mx), x.counts, y.counts));
        }
        shifts.sort(java.util.Comparator.comparingDouble((ShiftResponse.Shift s) -> -Math.abs(s.delta())).thenComparing(ShiftResponse.Shift::state));
        return new ShiftResponse(from, to, min, shifts.subList(0, Math.min(limit, shifts.size())));
    }

    /**
     * Each actor's figures over a span, through the trend aggregation: a span (a month, a quarter or a year) lies
     * within one calendar year, so by year it is one point per actor.
     */
    private Map<String, Acc> perActor(ShiftResponse.Span span, String region, String bloc, long version) {
        TrendQuery q = new TrendQuery(Interval.YEAR, GroupBy.STATE, span.start(), span.end(), null,
                ReferenceData.normalise(region), ReferenceData.normalise(bloc), null, null);
        Map<String, Acc> out = new java.util.TreeMap<>();
        for (Acc acc : aggregate(q, version)) out.put(acc.group, acc);
        return out;
    }

    /** The smallest rollup cube that has every dimension the query filters or groups on. */
    static char cube(TrendQuery q) {
        boolean actor = q.state() != null || q.region() != null || q.bloc() != null
                || q.groupBy() == GroupBy.STATE || q.groupBy() == GroupBy.REGION || q.groupBy() == GroupBy.BLOC;
        boolean forumOrLanguage = q.forum() != null || q.language() != null
                || q.groupBy() == GroupBy.FORUM || q.groupBy() == GroupBy.LANGUAGE;
        if (actor && forumOrLanguage) return 'F';
        return actor ? 'A' : 'G';
    }

    /** The actors a query is restricted to, or null for all. Trends count each statement for its actor only. */
    List<String> actorFilter(TrendQuery q) {
        List<String> actors = null;
        if (q.state() != null) actors = List.of(q.state());
        if (q.region() != null) actors = intersect(actors, reference.statesInRegion(q.region()));
        if (q.bloc() != null) {
            List<String> b = new ArrayList<>(reference.bloc(q.bloc()).orElseThrow().members());
            b.add(q.bloc());
            actors = intersect(actors, b);
        }
        return actors;
    }

    private static List<String> intersect(List<String> a, List<String> b) {
        if (a == null) return b;
        return a.stream().filter(b::contains).toList();
    }

    static final class Acc {
        final LocalDate start;
        final String group;
        final Map<String, Long> counts = new LinkedHashMap<>();
        long n, positioned;
        double sum, sumSq;

        Acc(LocalDate start, String group) {
            this.start = start;
            this.group = group;
            for (String s : STANCES) counts.put(s, 0L);
        }

        /** Adds one rollup row; NO_POSITION counts in n but not in the mean score. */
        void add(String stance, long count, double scoreSum, double scoreSumSq) {
            counts.merge(stance, count, Long::sum);
            n += count;
            if (!stance.equals("NO_POSITION")) {
                positioned += count;
                sum += scoreSum;
                sumSq += scoreSumSq;
            }
        }

        TrendResponse.Point toPoint(Interval interval, int minN) {
            Map<String, Double> shares = new LinkedHashMap<>();
            for (var e : counts.entrySet()) shares.put(e.getKey(), n == 0 ? 0 : round(e.getValue() / (double) n));
            Double mean = null, lo = null, hi = null;
            if (positioned > 0) {
                double m = sum / positioned;
                mean = round(m);
                if (positioned > 1) {
                    double var = Math.max(0, (sumSq - positioned * m * m) / (positioned - 1));
                    double half = 1.96 * Math.sqrt(var / positioned);
                    lo = round(Math.max(-1, m - half));
                    hi = round(Math.min(1, m + half));
                }
            }
            return new TrendResponse.Point(label(interval, start), start, group, n, counts, shares, positioned, mean, lo, hi, positioned < minN);
        }
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    static LocalDate periodStart(Interval i, LocalDate d) {
        return switch (i) {
            case WEEK -> d.with(TemporalAdjusters.previousOrSame(DayOfWeek.MONDAY));
            case MONTH -> d.withDayOfMonth(1);
            case QUARTER -> d.with(IsoFields.DAY_OF_QUARTER, 1);
            case YEAR -> d.withDayOfYear(1);
        };
    }

    static LocalDate periodEnd(Interval i, LocalDate d) {
        return switch (i) {
            case WEEK -> d.with(TemporalAdjusters.nextOrSame(DayOfWeek.SUNDAY));
            case MONTH -> d.with(TemporalAdjusters.lastDayOfMonth());
            case QUARTER -> d.with(IsoFields.DAY_OF_QUARTER, 1).plusMonths(3).minusDays(1);
            case YEAR -> d.with(TemporalAdjusters.lastDayOfYear());
        };
    }

    static long periodsBetween(Interval i, LocalDate start, LocalDate end) {
        return switch (i) {
            case WEEK -> ChronoUnit.WEEKS.between(start, end.plusDays(1));
            case MONTH -> ChronoUnit.MONTHS.between(start, end.plusDays(1));
            case QUARTER -> ChronoUnit.MONTHS.between(start, end.plusDays(1)) / 3;
            case YEAR -> ChronoUnit.YEARS.between(start, end.plusDays(1));
        };
    }

    static String label(Interval i, LocalDate start) {
        return switch (i) {
            case WEEK -> String.format("%d-W%02d", start.get(IsoFields.WEEK_BASED_YEAR), start.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
            case MONTH -> String.format("%d-%02d", start.getYear(), start.getMonthValue());
            case QUARTER -> start.getYear() + "-Q" + start.get(IsoFields.QUARTER_OF_YEAR);
            case YEAR -> Integer.toString(start.getYear());
        };
    }
}
