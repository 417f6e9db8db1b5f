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
 * {@code 0.5^(ageMonths / halfLife) * rankDecay^rank}, so recent statements count most and order counts
 * even on a single day. An actor with no stance, or whose stance no statement in the window supports any more,
 * takes the stance with the largest weighted share. Otherwise it moves to stance S only when its last {@code minStatements} statements all say S and S's
 * weighted share beats the current stance's share by {@code margin}; or to MIXED when its last four
 * statements alternate between the camps. One stray statement therefore never flips a stance, and an
 * actor that argues both ways settles on MIXED instead of flapping.
 */
public final class StanceModel {

    public record Params(int windowMonths, double halfLifeMonths, double rankDecay, int maxStatements,
                         int minStatements, double margin) {}

    /** One classified statement as the model sees it. */
    public record Point(String statementId, long seq, LocalDate date, Stance stance, double score,
                        double confidence, String classifierVersion) {}

    /** An actor's derived stance: UNKNOWN, MULTISTAKEHOLDER, MULTILATERAL or MIXED, with its support. */
    public record Current(String stance, double score, double confidence, int n) {
        public static final Current UNKNOWN = new Current("UNKNOWN", 0, 0, 0);

        public boolean known() {
            return !stance.equals(UNKNOWN.stance);
        }
    }

    /** A change of stance, tipped by {@code tipping}, supported by {@code support}. */
    public record Change(Current previous, Current current, Point tipping, List<String> support) {}

    private static final int ALTERNATION = 4;
    private final Params p;

    public StanceModel(Params p) {
        this.p = p;
    }

    public Params params() {
        return p;
    }

    /**
     * Decides the stance after the newest statement of {@code history} (ordered oldest first). Returns the
     * change, or null when the stance stays (its figures may still move: see {@link #assess}).
     */
    public Change decide(Current current, List<Point> history) {
        Assessment a = assess(history);
        if (a == null) return null;
        List<Point> w = a.window;
        Point newest = w.get(w.size() - 1);
        String target;
        if (!current.known() || a.share(current.stance()) == 0) {
            // no stance yet, or none of the statements still in the window supports it: the window decides
            target = a.leader();
            if (target.equals(current.stance())) return null;
        } else if (unanimous(w, p.minStatements()) && !newest.stance().name().equals(current.stance())
                && a.share(newest.stance().name()) - a.share(current.stance()) >= p.margin()) {
            target = newest.stance().name();
        } else if (alternating(w) && !current.stance().equals(Stance.MIXED.name())) {
            target = Stance.MIXED.name();
        } else {
            return null;
        }
        return new Change(current, a.figures(target), newest, a.support(target));
    }

    /** True when the last {@code k} statements of the window all have the same stance. */
    static boolean unanimous(List<Point> w, int k) {
        if (w.size() < k) return false;
        Stance s = w.get(w.size() - 1).stance();
        for (int i = w.size() - k; i < w.size(); i++) if (w.get(i).stance() != s) return false;
        return true;
    }

    /** True when the last four statements alternate between MULTISTAKEHOLDER and MULTILATERAL. */
    static boolean alternating(List<Point> w) {
        if (w.size() < ALTERNATION) return false;
        for (int i = w.size() - ALTERNATION; i < w.size(); i++) {
            Stance s = w.get(i).stance();
            if (s != Stance.MULTISTAKEHOLDER && s != Stance.MULTILATERAL) return false;
            if (i > w.size() - ALTERNATION && s == w.get(i - 1).stance()) return false;
        }
        return true;
    }

    /** The weighted picture of a window: shares, mean score, confidence; null when the window is empty. */
    public Assessment assess(List<Point> history) {
        List<Point> window = window(history);
        if (window.isEmpty()) return null;
        Point newest = window.get(window.size() - 1);
        double total = 0, ms = 0, ml = 0, mixed = 0, score = 0, conf = 0;
        for (int i = window.size() - 1, rank = 0; i >= 0; i--, rank++) {
            Point pt = window.get(i);
            double age = ChronoUnit.DAYS.between(pt.date(), newest.date()) / 30.4375;
            double w = Math.pow(0.5, Math.max(0, age) / p.halfLifeMonths()) * Math.pow(p.rankDecay(), rank);
            total += w;
            switch (pt.stance()) {
                case MULTISTAKEHOLDER -> ms += w;
                case MULTILATERAL -> ml += w;
                case MIXED -> mixed += w;
                default -> { }
            }
            score += w * pt.score();
            conf += w * pt.confidence();
        }
        return new Assessment(window, ms / total, ml / total, mixed / total, score / total, conf / total);
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

    /** The result of weighing a window. */
    public static final class Assessment {
        final List<Point> window;
        final double ms, ml, mixed, score, confidence;

        Assessment(List<Point> window, double ms, double ml, double mixed, double score, double confidence) {
            this.window = window;
            this.ms = ms;
            this.ml = ml;
            this.mixed = mixed;
            this.score = score;
            this.confidence = confidence;
        }

        /** The stance with the largest weighted share (MIXED on a tie between the camps). */
        String leader() {
            if (ms > ml && ms >= mixed) return Stance.MULTISTAKEHOLDER.name();
            if (ml > ms && ml >= mixed) return Stance.MULTILATERAL.name();
            return Stance.MIXED.name();
        }

        /** The weighted share of a stance; MIXED also counts the balanced part of the two camps. */
        double share(String stance) {
            return switch (stance) {
                case "MULTISTAKEHOLDER" -> ms;
                case "MULTILATERAL" -> ml;
                case "MIXED" -> Math.min(1, mixed + 2 * Math.min(ms, ml));
                default -> 0;
            };
        }

        List<String> support(String stance) {
            List<String> ids = new ArrayList<>();
            for (Point pt : window) {
                if (stance.equals(Stance.MIXED.name()) || pt.stance().name().equals(stance)) ids.add(pt.statementId());
            }
            return ids;
        }

        /** The figures of a stance over this window: weighted mean score, confidence times share, n. */
        public Current figures(String stance) {
            return new Current(stance, round(score), round(confidence * share(stance)), window.size());
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
            } else if (current.known()) {
                current = assess(recent).figures(current.stance());
            }
        }
        return new Replay(current, timeline, seen.isEmpty() ? null : seen.get(seen.size() - 1));
    }
}
