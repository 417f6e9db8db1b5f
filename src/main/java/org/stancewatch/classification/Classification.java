package org.stancewatch.classification;

import java.util.List;

/**
 * Result of classifying one statement.
 *
 * @param stance                 the label
 * @param score                  signed balance in [-1,1]: +1 multistakeholder, -1 multilateral
 * @param confidence             calibrated probability-like confidence in the label, in [0,1]
 * @param multistakeholderSignal strength of the multistakeholder signal in [0,1]
 * @param multilateralSignal     strength of the multilateral signal in [0,1]
 * @param evidence               the spans that drove the label, sorted by start
 * @param classifierVersion      semantic version of classifier + lexicon data
 */
public record Classification(Stance stance, double score, double confidence, double multistakeholderSignal,
                             double multilateralSignal, List<Evidence> evidence, String classifierVersion) {
    public Classification {
        evidence = List.copyOf(evidence);
    }
}
