package org.stancewatch.stance;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import org.stancewatch.classification.Stance;

/**
 * The pure rule that turns an actor's classified statements into its current stance, with hysteresis.
 * No I/O: the tracker feeds it, tests drive it directly.
 *
 * <p>For each statement in date order, the window is the most recent {@code maxStatements} statements
 * (NO_POSITION excluded) no older than {@code windowMonths} before it. Each gets the weight
 * {@code 0.5^(ageMonths / halfLife) * rankDecay^rank}. The candidate is the stance with the largest
 * weighted share (MIXED also when MULTISTAKEHOLDER and MULTILATERAL are close and together dominant). The
 * actor moves to the candidate only when (a) it has no stance yet, or (b) the newest statement supports the
 * candidate, at least {@code minStatements} statements in the window do, and the candidate's share beats the
 * current stance's share by {@code margin}. One stray statement therefore never flips a stance.
 */
public final class StanceModel {

    public record Params(int windowMonths, double halfLifeMonths, double rankDecay, int maxStatements,
                         int minStatements, double margin) {}

    /** One classified statement as the model sees it. */
    public record Point(String statementId, long seq, LocalDate date, Stance stance, double score,
                        double confidence, String classifierVersion) {}

    /** An actor's derived stance: UNKNOWN (null stance) or one of MULTISTAKEHOLDER, MULTILATERAL, MIXED. */
    public record Current(String stance, double score, double confidence, int n) {
        public static final Current UNKNOWN = new Current("UNKNOWN", 0, 0, 0);
    }

    /** A change of stance, tipped by {@code tipping}, supported by {@code support}. */
    public record Change(Current previous, Current current, Point tipping, List<String> support) {}

    private final Params p;

    public StanceModel(Params p) {
        this.p = p;
    }

    public Params params() {
        return p;
    }

    /**
     * Decides the stance after {@code window}'s newest statement (window ordered oldest first, newest last).
     * Returns the change, or null when the stance stays (its support figures may still move: see {@link #assess}).
     */
    public Change decide(Current current, List<Point> window) {
        Assessment a = assess(window);
        if (a == null) return null;
        Point newest = window.get(window.size() - 1);
        if (a.candidate.equals(current.stance())) return null;
        if (!current.stance().equals(Current.UNKNOWN.stance())) {
            if (!supports(newest.stance(), a.candidate)) return null;
            if (a.count(a.candidate) < p.minStatements()) return null;
            if (a.share(a.candidate) - a.share(current.stance()) < p.margin()) return null;
        }
        return new Change(current, a.toCurrent(), newest, a.support());
    }

    /** The weighted picture of a window: shares, mean score, confidence; null when the window is empty. */
    public Assessment assess(List<Point> all) {
        List<Point> window = window(all);
        if (window.isEmpty()) return null;
        Point newest = window.get(window.size() - 1);
        double[] w = new double[window.size()];
        double total = 0, ms = 0, ml = 0, mixed = 0, score = 0, conf = 0;
        for (int i = window.size() - 1, rank = 0; i >= 0; i--, rank++) {
            Point pt = window.get(i);
            double age = ChronoUnit.DAYS.between(pt.date(), newest.date()) / 30.4375;
            w[i] = Math.pow(0.5, Math.max(0, age) / p.halfLifeMonths()) * Math.pow(p.rankDecay(), rank);
            total += w[i];
            switch (pt.stance()) {
                case MULTISTAKEHOLDER -> ms += w[i];
                case MULTILATERAL -> ml += w[i];
                case MIXED -> mixed += w[i];
                default -> { }
            }
            score += w[i] * pt.score();
            conf += w[i] * pt.confidence();
        }
        return new Assessment(window, w, ms / total, ml / total, mixed / total, score / total, conf / total);
    }

    /** The statements that count at the newest one: within the time window, at most maxStatements, oldest first. */
    List<Point> window(List<Point> all) {
        List<Point> out = new ArrayList<>();
        if (all.isEmpty()) return out;
        LocalDate newest = all.get(all.size() - 1).date();
        LocalDate earliest = newest.minusMonths(p.windowMonths());
        for (int i = all.size() - 1; i >= 0 && out.size() < p.maxStatements(); i--) {
            Point pt = all.get(i);
            if (pt.stance() == Stance.NO_POSITION) continue;
            if (pt.date().isBefore(earliest)) break;
            out.add(0, pt);
        }
        return out;
    }

    static boolean supports(Stance statement, String stance) {
        return statement.name().equals(stance);
    }

    /** The result of weighing a window. */
    public final class Assessment {
        final List<Point> window;
        final double[] weights;
        final double ms, ml, mixed, score, confidence;
        final String candidate;

        Assessment(List<Point> window, double[] weights, double ms, double ml, double mixed, double score, double confidence) {
            this.window = window;
            this.weights = weights;
            this.ms = ms;
            this.ml = ml;
            this.mixed = mixed;
            this.score = score;
            this.confidence = confidence;
            if (Math.abs(ms - ml) < p.margin() && ms + ml > 0.6 && Math.min(ms, ml) > 0.25) {
                candidate = Stance.MIXED.name();
            } else if (ms >= ml && ms >= mixed) {
                candidate = Stance.MULTISTAKEHOLDER.name();
            } else if (ml >= ms && ml >= mixed) {
                candidate = Stance.MULTILATERAL.name();
            } else {
                candidate = Stance.MIXED.name();
            }
        }

        public String candidate() {
            return candidate;
        }

        public double share(String stance) {
            return switch (stance) {
                case "MULTISTAKEHOLDER" -> ms;
                case "MULTILATERAL" -> ml;
                case "MIXED" -> mixed + (candidate.equals("MIXED") ? Math.min(ms, ml) * 2 : 0);
                default -> 0;
            };
        }

        int count(String stance) {
            int n = 0;
            for (Point pt : window) if (pt.stance().name().equals(stance)) n++;
            if (stance.equals("MIXED") && n < p.minStatements() && candidate.equals("MIXED")) {
                n = window.size(); // a MIXED stance made of alternating statements is supported by all of them
            }
            return n;
        }

        public List<String> support() {
            List<String> ids = new ArrayList<>();
            for (Point pt : window) {
                if (pt.stance().name().equals(candidate) || candidate.equals("MIXED")) ids.add(pt.statementId());
            }
            return ids;
        }

        /** The figures of the candidate stance. */
        public Current toCurrent() {
            return new Current(candidate, round(score), round(confidence * Math.min(1, share(candidate))), window.size());
        }

        /** The current stance's figures refreshed with this window (when the stance itself stays). */
        public Current refresh(String stance) {
            return new Current(stance, round(score), round(confidence * Math.min(1, share(stance))), window.size());
        }
    }

    static double round(double v) {
        return Math.round(v * 10000) / 10000.0;
    }

    /** A stance period of the timeline. */
    public record Period(LocalDate from, LocalDate to, Current stance, List<String> support) {}

    /** The result of replaying an actor's whole history. */
    public record Replay(Current current, List<Period> timeline, Point last) {}

    /** Replays an actor's statements (any order; sorted here by date then seq) from no stance at all. */
    public Replay replay(List<Point> history) {
        List<Point> sorted = new ArrayList<>(history);
        sorted.sort(java.util.Comparator.comparing(Point::date).thenComparingLong(Point::seq));
        Current current = Current.UNKNOWN;
        List<Period> timeline = new ArrayList<>();
        List<Point> seen = new ArrayList<>();
        for (Point pt : sorted) {
            if (pt.stance() == Stance.NO_POSITION) continue;
            seen.add(pt);
            List<Point> recent = seen.subList(Math.max(0, seen.size() - p.maxStatements()), seen.size());
            Change c = decide(current, recent);
            if (c != null) {
                if (!timeline.isEmpty()) {
                    Period last = timeline.remove(timeline.size() - 1);
                    timeline.add(new Period(last.from(), pt.date(), last.stance(), last.support()));
                }
                timeline.add(new Period(pt.date(), null, c.current(), c.support()));
                current = c.current();
            } else if (!current.stance().equals(Current.UNKNOWN.stance())) {
                current = assess(recent).refresh(current.stance());
            }
        }
        return new Replay(current, timeline, seen.isEmpty() ? null : seen.get(seen.size() - 1));
    }
}
