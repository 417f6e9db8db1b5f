package org.stancewatch.stance;

/** Why a stance changed: a new statement, a late (older-dated) statement, or a new classifier version. */
public enum StanceChangeCause { NEW_STATEMENT, LATE_STATEMENT, RECLASSIFICATION }
