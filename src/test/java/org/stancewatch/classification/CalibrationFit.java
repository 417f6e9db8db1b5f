package org.stancewatch.classification;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.stancewatch.classification.eval.Evaluation;

/**
 * Fits the confidence settings ({@code confidence.*} in classifier.properties) to labelled files: coordinate descent
 * on the Brier score of the predicted label's confidence. Labels do not depend on these settings, so fitting them on
 * a split never touches its figures other than calibration. Prints the settings and the Brier score and expected
 * calibration error before and after; it does not write the file.
 *
 * <pre>java -cp target/test-classes:target/classes:$(cat target/cp.txt) \
 *   org.stancewatch.classification.CalibrationFit FILE.jsonl ...</pre>
 */
public final class CalibrationFit {

    static final String[] KEYS = {"confidence.base", "confidence.margin", "confidence.strength", "confidence.none",
        "confidence.mixed", "confidence.max"};
    private static final double[][] RANGES = {{-3, 3}, {0, 6}, {0, 6}, {0.3, 0.95}, {0.3, 0.95}, {0.6, 1.0}};

    public static void main(String[] args) throws Exception {
        List<Evaluation.Item> items = new ArrayList<>();
        for (String f : args) items.addAll(Evaluation.read(Path.of(f), f));
        String base = new String(Lexicon.readBytes(LexiconStanceClassifier.PROPERTIES, CalibrationFit.class.getClassLoader()), StandardCharsets.UTF_8);
        Map<String, Double> p = new LinkedHashMap<>();
        for (String k : KEYS) p.put(k, Double.parseDouble(value(base, k)));
        double[] start = score(items, base, p);
        System.out.printf("items %d; current: Brier %.4f, ECE %.3f, mean confidence %.3f, accuracy %.3f%n", items.size(), start[0], start[1], start[2], start[3]);
        double best = start[0];
        for (int round = 0; round < 4; round++) {
            for (int k = 0; k < KEYS.length; k++) {
                double lo = RANGES[k][0], hi = RANGES[k][1];
                for (int step = 0; step <= 20; step++) {
                    double v = Math.round((lo + (hi - lo) * step / 20) * 1000) / 1000.0;
                    Map<String, Double> q = new LinkedHashMap<>(p);
                    q.put(KEYS[k], v);
                    double b = score(items, base, q)[0];
                    if (b < best - 1e-6) {
                        best = b;
                        p = q;
                    }
                }
            }
        }
        double[] end = score(items, base, p);
        System.out.printf("fitted: Brier %.4f, ECE %.3f, mean confidence %.3f%n", end[0], end[1], end[2]);
        p.forEach((k, v) -> System.out.println(k + "=" + v));
    }

    /** Brier score, expected calibration error (the buckets of {@code evaluate}), mean confidence and accuracy with these settings. */
    static double[] score(List<Evaluation.Item> items, String base, Map<String, Double> p) {
        String props = base;
        for (var e : p.entrySet()) props = props.replaceFirst("(?m)^" + e.getKey().replace(".", "\\.") + "=.*$", e.getKey() + "=" + e.getValue());
        LexiconStanceClassifier c = LexiconStanceClassifier.loadDefault().withSettings(props.getBytes(StandardCharsets.UTF_8));
        double brier = 0, conf = 0, acc = 0;
        double[] confidence = new double[items.size()];
        boolean[] correct = new boolean[items.size()];
        for (int i = 0; i < items.size(); i++) {
            Evaluation.Item it = items.get(i);
            Classification r = c.classify(it.text(), it.language());
            double y = r.stance() == it.gold() ? 1 : 0;
            brier += (r.confidence() - y) * (r.confidence() - y);
            conf += r.confidence();
            acc += y;
            confidence[i] = r.confidence();
            correct[i] = y == 1;
        }
        double ece = Evaluation.expectedCalibrationError(confidence, correct);
        int n = items.size();
        return new double[] {brier / n, ece, conf / n, acc / n};
    }

    private static String value(String props, String key) {
        for (String line : props.split("\n")) if (line.startsWith(key + "=")) return line.substring(key.length() + 1).trim();
        throw new IllegalArgumentException("no " + key);
    }
}
