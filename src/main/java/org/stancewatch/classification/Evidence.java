package org.stancewatch.classification;

/**
 * A span of the original text that contributed to a classification.
 *
 * @param start   UTF-16 index of the first char in the original text
 * @param end     UTF-16 index one past the last char (exclusive)
 * @param text    {@code original.substring(start, end)}
 * @param cue     the lexicon pattern that matched
 * @param axis    the axis the span finally contributed to (after negation / crossover)
 * @param weight  the effective weight after all modifiers (contrast, reported speech, negation...)
 * @param negated true if a negation in scope flipped or discounted the cue
 */
public record Evidence(int start, int end, String text, String cue, Axis axis, double weight, boolean negated) {
}
