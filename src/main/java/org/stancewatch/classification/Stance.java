package org.stancewatch.classification;

public enum Stance { MULTISTAKEHOLDER, MULTILATERAL, MIXED, NO_POSITION }
