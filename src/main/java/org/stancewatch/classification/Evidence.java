package org.stancewatch.classification;

public record Evidence(int start, int end, String text, String cue, Axis axis, double weight, boolean negated) {}
