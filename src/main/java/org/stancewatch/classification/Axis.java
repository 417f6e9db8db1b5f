package org.stancewatch.classification;

public enum Axis { MULTISTAKEHOLDER, MULTILATERAL }
