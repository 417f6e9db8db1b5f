package org.stancewatch.classification;

/** The two signals a cue can contribute to. */
public enum Axis { MULTISTAKEHOLDER, MULTILATERAL }
