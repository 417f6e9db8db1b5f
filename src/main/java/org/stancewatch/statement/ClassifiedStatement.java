package org.stancewatch.statement;

import org.stancewatch.classification.Classification;
import org.stancewatch.classification.Language;

/** A valid statement with its (possibly detected) language and its classification, ready to store. */
public record ClassifiedStatement(NewStatement statement, Language language, boolean languageDetected,
                                  Classification classification) {}
