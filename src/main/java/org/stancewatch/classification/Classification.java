package org.stancewatch.classification;

import java.util.List;

public record Classification(Stance stance, double score, double confidence, double multistakeholderSignal,
                             double multilateralSignal, List<Evidence> evidence, String classifierVersion) {}
