package org.stancewatch.classification.eval;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.stancewatch.classification.Classification;
import org.stancewatch.classification.Evidence;
import org.stancewatch.classification.Language;
import org.stancewatch.classification.LexiconStanceClassifier;
import org.stancewatch.classification.Stance;
import org.stancewatch.classification.StanceClassifier;

/**
 * Evaluates the classifier on JSONL files of {@code {"id","language","text","label"}} objects (other fields such as
 * state, forum, date, source, note are ignored and never used as input).
 *
 * <p>Usage: {@code Evaluation FILE [FILE...]}. Prints accuracy, macro-F1, per-label P/R/F1, per-language macro-F1,
 * the confusion matrix, calibration buckets and the 15 most confident errors. Exit code 0 on success, 1 on a
 * malformed file ("FILE line N: reason"), 2 on usage errors.
 */
public final class Evaluation {

    private static final Stance[] LABELS = Stance.values();

    private Evaluation() {
    }

    public static void main(String[] args) {
        System.exit(run(args, System.out, System.err));
    }

    public record Item(String id, Language language, String text, Stance gold) {
    }

    record Result(Item item, Classification c) {
        boolean correct() {
            return c.stance() == item.gold();
        }
    }

    /** The confidence buckets of the calibration table and of the expected calibration error. */
    static final double[] CALIBRATION_EDGES = {0, 0.5, 0.6, 0.7, 0.8, 0.9, 1.0001};

    /** A non-empty confidence bucket [lo, hi): how many results fell in it, their mean confidence, the share right. */
    record Bucket(double lo, double hi, int n, double meanConfidence, double accuracy) {}

    static List<Bucket> calibration(double[] confidence, boolean[] correct) {
        List<Bucket> out = new ArrayList<>();
        for (int b = 0; b < CALIBRATION_EDGES.length - 1; b++) {
            int in = 0, right = 0;
            double sum = 0;
            for (int i = 0; i < confidence.length; i++) {
                if (confidence[i] >= CALIBRATION_EDGES[b] && confidence[i] < CALIBRATION_EDGES[b + 1]) {
                    in++;
                    sum += confidence[i];
                    if (correct[i]) right++;
                }
            }
            if (in > 0) out.add(new Bucket(CALIBRATION_EDGES[b], CALIBRATION_EDGES[b + 1], in, sum / in, (double) right / in));
        }
        return out;
    }

    /** Expected calibration error over {@link #CALIBRATION_EDGES}: per bucket |mean confidence - accuracy|, weighted by its share. */
    public static double expectedCalibrationError(double[] confidence, boolean[] correct) {
        return expectedCalibrationError(calibration(confidence, correct), confidence.length);
    }

    /** The same from buckets already made of {@code n} results. */
    static double expectedCalibrationError(List<Bucket> buckets, int n) {
        double ece = 0;
        for (Bucket b : buckets) ece += Math.abs(b.meanConfidence() - b.accuracy()) * b.n() / n;
        return ece;
    }

    public static int run(String[] args, PrintStream out, PrintStream err) {
        if (args == null || args.length == 0) {
            err.println("usage: Evaluation FILE.jsonl [FILE.jsonl ...]");
            return 2;
        }
        boolean verbose = false;
        List<String> files = new ArrayList<>();
        for (String a : args) {
            if (a.equals("--verbose") || a.equals("-v")) {
                verbose = true;
            } else {
                files.add(a);
            }
        }
        if (files.isEmpty()) {
            err.println("usage: Evaluation [--verbose] FILE.jsonl [FILE.jsonl ...]");
            return 2;
        }
        List<Item> items = new ArrayList<>();
        for (String f : files) {
            try {
                items.addAll(read(Path.of(f), files.size() > 1 ? f + " " : ""));
            } catch (MalformedException e) {
                err.println(e.getMessage());
                return 1;
            } catch (IOException e) {
                err.println(f + ": cannot read: " + e.getMessage());
                return 1;
            }
        }
        if (items.isEmpty()) {
            err.println("no statements");
            return 1;
        }
        StanceClassifier clf = LexiconStanceClassifier.loadDefault();
        List<Result> results = new ArrayList<>(items.size());
        for (Item it : items) {
            results.add(new Result(it, clf.classify(it.text(), it.language())));
        }
        report(results, clf.version(), out, verbose);
        return 0;
    }

    public static final class MalformedException extends Exception {
        MalformedException(String msg) {
            super(msg);
        }
    }

    public static List<Item> read(Path file, String prefix) throws IOException, MalformedException {
        return readObjects(file, prefix, (n, where) -> {
            String id = field(n, "id", where);
            String lang = field(n, "language", where);
            String text = field(n, "text", where);
            Optional<Language> l = Language.fromCode(lang);
            if (l.isEmpty()) {
                throw new MalformedException(where + "unknown language '" + lang + "'");
            }
            return new Item(id, l.get(), text, label(n, where));
        });
    }

    /** Reads one value from a JSONL line's object; {@code where} ("FILE line N: ") prefixes any error. */
    interface LineReader<T> {
        T read(JsonNode object, String where) throws MalformedException;
    }

    /** Every non-blank line of a JSONL file, which must be a JSON object, read by {@code reader}. */
    static <T> List<T> readObjects(Path file, String prefix, LineReader<T> reader) throws IOException, MalformedException {
        ObjectMapper om = new ObjectMapper();
        List<T> out = new ArrayList<>();
        List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            String where = prefix + "line " + (i + 1) + ": ";
            if (line.isEmpty()) {
                continue;
            }
            JsonNode n;
            try {
                n = om.readTree(line);
            } catch (JsonProcessingException e) {
                throw new MalformedException(where + "bad JSON (" + e.getOriginalMessage() + ")");
            }
            if (n == null || !n.isObject()) {
                throw new MalformedException(where + "not a JSON object");
            }
            out.add(reader.read(n, where));
        }
        return out;
    }

    /** The object's "label" field, one of the four stances (any case). */
    static Stance label(JsonNode n, String where) throws MalformedException {
        String label = field(n, "label", where);
        try {
            return Stance.valueOf(label.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MalformedException(where + "unknown label '" + label + "'");
        }
    }

    static String field(JsonNode n, String name, String where) throws MalformedException {
        JsonNode v = n.get(name);
        if (v == null || v.isNull()) {
            throw new MalformedException(where + "missing field '" + name + "'");
        }
        if (!v.isTextual()) {
            throw new MalformedException(where + "field '" + name + "' must be a string");
        }
        return v.asText();
    }

    static double macroF1(List<Result> rs) {
        return macroF1(rs.stream().map(r -> r.item().gold()).toList(), rs.stream().map(r -> r.c().stance()).toList());
    }

    /** Macro-F1 of {@code other} taking {@code reference} as the truth, over the labels either of them uses. */
    static double macroF1(List<Stance> reference, List<Stance> other) {
        double sum = 0;
        int k = 0;
        for (Stance s : LABELS) {
            int[] c = counts(reference, other, s);
            if (c[0] + c[1] + c[2] == 0) {
                continue; // label absent from both: not counted
            }
            sum += f1(c[0], c[1], c[2]);
            k++;
        }
        return k == 0 ? 0 : sum / k;
    }

    /** True positives, false positives and false negatives of one label, {@code reference} taken as the truth. */
    static int[] counts(List<Stance> reference, List<Stance> other, Stance s) {
        int[] c = new int[3];
        for (int i = 0; i < reference.size(); i++) {
            boolean g = reference.get(i) == s;
            boolean p = other.get(i) == s;
            if (g && p) {
                c[0]++;
            } else if (p) {
                c[1]++;
            } else if (g) {
                c[2]++;
            }
        }
        return c;
    }

    private static double f1(int tp, int fp, int fn) {
        double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
        double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
        return p + r == 0 ? 0 : 2 * p * r / (p + r);
    }

    /** The confusion matrix of two label lists: rows {@code rows}' labels, columns {@code columns}' labels. */
    static void printConfusion(List<Stance> rows, List<Stance> columns, PrintStream out) {
        int[][] m = new int[LABELS.length][LABELS.length];
        for (int i = 0; i < rows.size(); i++) {
            m[rows.get(i).ordinal()][columns.get(i).ordinal()]++;
        }
        out.printf(Locale.ROOT, "%-17s", "");
        for (Stance s : LABELS) {
            out.printf(Locale.ROOT, " %16s", s);
        }
        out.println();
        for (Stance g : LABELS) {
            out.printf(Locale.ROOT, "%-17s", g);
            for (Stance p : LABELS) {
                out.printf(Locale.ROOT, " %16d", m[g.ordinal()][p.ordinal()]);
            }
            out.println();
        }
    }

    private static void report(List<Result> rs, String version, PrintStream out, boolean verbose) {
        int n = rs.size();
        long correct = rs.stream().filter(Result::correct).count();
        List<Stance> gold = rs.stream().map(r -> r.item().gold()).toList();
        List<Stance> predicted = rs.stream().map(r -> r.c().stance()).toList();
        out.printf(Locale.ROOT, "classifier %s%n", version);
        out.printf(Locale.ROOT, "count      %d%n", n);
        out.printf(Locale.ROOT, "accuracy   %.3f%n", (double) correct / n);
        out.printf(Locale.ROOT, "macro-F1   %.3f%n%n", macroF1(gold, predicted));
        out.printf(Locale.ROOT, "%-17s %9s %9s %9s %8s%n", "label", "precision", "recall", "F1", "support");
        for (Stance s : LABELS) {
            int[] c = counts(gold, predicted, s);
            int tp = c[0];
            int fp = c[1];
            int fn = c[2];
            double p = tp + fp == 0 ? 0 : (double) tp / (tp + fp);
            double r = tp + fn == 0 ? 0 : (double) tp / (tp + fn);
            out.printf(Locale.ROOT, "%-17s %9.3f %9.3f %9.3f %8d%n", s, p, r, f1(tp, fp, fn), tp + fn);
        }
        out.println();
        out.println("per language (macro-F1 over labels present):");
        Map<Language, List<Result>> byLang = new EnumMap<>(Language.class);
        for (Result r : rs) {
            byLang.computeIfAbsent(r.item().language(), k -> new ArrayList<>()).add(r);
        }
        for (var e : byLang.entrySet()) {
            long c = e.getValue().stream().filter(Result::correct).count();
            out.printf(Locale.ROOT, "  %s  n=%-4d macro-F1 %.3f  accuracy %.3f%n", e.getKey().code(), e.getValue().size(),
                    macroF1(e.getValue()), (double) c / e.getValue().size());
        }
        out.println();
        out.println("confusion matrix (rows gold, columns predicted):");
        printConfusion(gold, predicted, out);
        out.println();
        out.println("calibration (confidence bucket: n, mean confidence, accuracy):");
        double[] confidence = new double[n];
        boolean[] right = new boolean[n];
        for (int i = 0; i < n; i++) {
            confidence[i] = rs.get(i).c().confidence();
            right[i] = rs.get(i).correct();
        }
        List<Bucket> buckets = calibration(confidence, right);
        for (Bucket b : buckets) {
            out.printf(Locale.ROOT, "  [%.1f, %.1f)  n=%-4d mean conf %.3f  accuracy %.3f%n", b.lo(), Math.min(b.hi(), 1.0), b.n(),
                    b.meanConfidence(), b.accuracy());
        }
        double ece = expectedCalibrationError(buckets, n);
        out.printf(Locale.ROOT, "  expected calibration error %.3f%n%n", ece);
        List<Result> wrong = rs.stream().filter(r -> !r.correct())
                .sorted(Comparator.comparingDouble((Result r) -> r.c().confidence()).reversed()).limit(verbose ? Long.MAX_VALUE : 15).toList();
        out.println(verbose ? "all misclassifications (by confidence of the wrong answer):"
                : "worst misclassifications (top 15 by confidence of the wrong answer):");
        for (Result r : wrong) {
            Classification c = r.c();
            out.printf(Locale.ROOT, "- %s [%s] gold=%s predicted=%s score=%.3f conf=%.3f ms=%.3f ml=%.3f%n", r.item().id(),
                    r.item().language().code(), r.item().gold(), c.stance(), c.score(), c.confidence(),
                    c.multistakeholderSignal(), c.multilateralSignal());
            if (verbose) {
                out.println("    text: " + r.item().text());
            }
            if (c.evidence().isEmpty()) {
                out.println("    (no evidence)");
            }
            for (Evidence e : c.evidence()) {
                out.printf(Locale.ROOT, "    %-34s %-16s w=%.2f%s  \"%s\"%n", e.cue(), e.axis(), e.weight(),
                        e.negated() ? " NEG" : "", e.text());
            }
        }
    }
}
