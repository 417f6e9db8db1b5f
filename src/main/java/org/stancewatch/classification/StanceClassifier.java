package org.stancewatch.classification;

/** Classifies a statement by its position on the Internet governance model. Implementations are thread-safe. */
public interface StanceClassifier {
    /**
     * @param text     the statement, in its original language
     * @param language its language, or {@code null} to detect it
     */
    Classification classify(String text, Language language);

    String version();
}
