package org.stancewatch.classification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancewatch.classification.eval.CorpusSplits;
import org.stancewatch.classification.eval.Evaluation;

/**
 * The shipped confidence settings stay fitted: on the splits they were fitted to (validation2 and validation3, which
 * the lexicons were never tuned on), the confidence of the predicted label tracks how often it is right. A lexicon
 * change that moves accuracy without refitting ({@link CalibrationFit}) fails here.
 */
class CalibrationTest {

    @Test
    void confidenceTracksAccuracyOnTheCalibrationSplits() throws Exception {
        List<Evaluation.Item> items = CorpusSplits.read("validation2", "validation3");
        String props = Files.readString(Path.of("src/main/resources/classification/classifier.properties"), StandardCharsets.UTF_8);
        double[] s = CalibrationFit.score(items, props, new LinkedHashMap<>());
        double brier = s[0], ece = s[1], meanConfidence = s[2], accuracy = s[3];
        assertTrue(ece <= 0.06, "expected calibration error " + ece);
        assertTrue(Math.abs(meanConfidence - accuracy) <= 0.03, "mean confidence " + meanConfidence + " vs accuracy " + accuracy);
        assertTrue(brier <= 0.15, "Brier score " + brier);
    }
}
