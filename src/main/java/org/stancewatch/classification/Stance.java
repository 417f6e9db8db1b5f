package org.stancewatch.classification;

/** Position of a statement on the Internet governance model. */
public enum Stance { MULTISTAKEHOLDER, MULTILATERAL, MIXED, NO_POSITION }
