package org.stancewatch.trend;

import java.time.LocalDate;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The actors whose mean score moved most between two periods. */
@Schema(name = "ShiftResponse")
public record ShiftResponse(
        @Schema(description = "The earlier period") Span from,
        @Schema(description = "The later period") Span to,
        @Schema(description = "Positioned statements required in each period for an actor to be ranked") int minN,
        List<Shift> shifts) {

    @Schema(name = "ShiftSpan")
    public record Span(String label, LocalDate start, LocalDate end) {}

    @Schema(name = "Shift")
    public record Shift(@Schema(examples = "BRA") String state,
                        @Schema(description = "Positioned statements in the earlier period") long nFrom,
                        @Schema(description = "Positioned statements in the later period") long nTo,
                        double meanFrom,
                        double meanTo,
                        @Schema(description = "meanTo - meanFrom: positive moves towards multistakeholder") double delta,
                        @Schema(description = "Counts per stance in the earlier period") java.util.Map<String, Long> countsFrom,
                        @Schema(description = "Counts per stance in the later period") java.util.Map<String, Long> countsTo) {}
}
