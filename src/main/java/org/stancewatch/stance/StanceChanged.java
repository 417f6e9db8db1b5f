package org.stancewatch.stance;

import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The data of an {@code org.stancewatch.stance.changed} CloudEvent: a state's or bloc's stance changed. */
@Schema(name = "StanceChanged")
public record StanceChanged(
        @Schema(description = "State (alpha-3) or bloc code", examples = "BRA") String state,
        Previous previous,
        Current current,
        @Schema(enumeration = {"NEW_STATEMENT", "LATE_STATEMENT", "RECLASSIFICATION"}) String cause,
        @Schema(description = "The statement that tipped the change (null for some reclassifications)") String statementId,
        LocalDate statementDate,
        @Schema(examples = "1.0.0") String classifierVersion) {

    @Schema(name = "StanceChangedPrevious")
    public record Previous(@Schema(enumeration = {"MULTISTAKEHOLDER", "MULTILATERAL", "MIXED", "UNKNOWN"}) String stance,
                           double score, int n) {}

    @Schema(name = "StanceChangedCurrent")
    public record Current(@Schema(enumeration = {"MULTISTAKEHOLDER", "MULTILATERAL", "MIXED", "UNKNOWN"}) String stance,
                          double score, int n, double confidence) {}
}
