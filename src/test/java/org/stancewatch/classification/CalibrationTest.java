package org.stancewatch.classification;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;
import org.stancewatch.classification.eval.CorpusSplits;
import org.stancewatch.classification.eval.Evaluation;

/**
 * The shipped classifier's confidence stays calibrated where it has never been fitted: on validation3 and validation4,
 * which neither the lexicons nor the learned layer were trained on, the confidence of the predicted label tracks how
 * often it is right. The temperature is fitted by the trainer on out-of-fold logits only, so a retrain that over- or
 * under-states its confidence on new writers fails here.
 */
class CalibrationTest {

    @Test
    void confidenceTracksAccuracyOnSplitsNeverTrainedOn() throws Exception {
        List<Evaluation.Item> items = CorpusSplits.read("validation3", "validation4");
        LexiconStanceClassifier c = LexiconStanceClassifier.loadDefault();
        int n = items.size();
        double brier = 0;
        double meanConfidence = 0;
        double accuracy = 0;
        double[] confidence = new double[n];
        boolean[] correct = new boolean[n];
        for (int i = 0; i < n; i++) {
            Evaluation.Item it = items.get(i);
            Classification r = c.classify(it.text(), it.language());
            correct[i] = r.stance() == it.gold();
            confidence[i] = r.confidence();
            double y = correct[i] ? 1 : 0;
            brier += (r.confidence() - y) * (r.confidence() - y) / n;
            meanConfidence += r.confidence() / n;
            accuracy += y / n;
        }
        double ece = Evaluation.expectedCalibrationError(confidence, correct);
        assertTrue(ece <= ECE_MAX, "expected calibration error " + ece);
        assertTrue(Math.abs(meanConfidence - accuracy) <= 0.05, "mean confidence " + meanConfidence + " vs accuracy " + accuracy);
        assertTrue(brier <= BRIER_MAX, "Brier score " + brier);
    }

    static final double ECE_MAX = 0.06;
    static final double BRIER_MAX = 0.12;
}
