package org.stancewatch.classification;

public interface StanceClassifier {
    Classification classify(String text, Language language);

    String version();
}
