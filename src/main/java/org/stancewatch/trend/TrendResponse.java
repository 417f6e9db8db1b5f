package org.stancewatch.trend;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Stance trends: one point per period and group. */
@Schema(name = "TrendResponse")
public record TrendResponse(
        @Schema(enumeration = {"week", "month", "quarter", "year"}) String interval,
        @Schema(enumeration = {"none", "state", "region", "bloc", "forum", "language"}) String groupBy,
        @Schema(description = "First day of the first period") LocalDate from,
        @Schema(description = "Last day of the last period") LocalDate to,
        @Schema(description = "Points with fewer positioned statements than this are flagged lowSample") int minN,
        List<Point> points) {

    @JsonInclude(JsonInclude.Include.NON_NULL)
    @Schema(name = "TrendPoint")
    public record Point(
            @Schema(description = "Period label: 2025-W07, 2025-02, 2025-Q1 or 2025", examples = "2025-Q1") String period,
            @Schema(description = "First day of the period") LocalDate start,
            @Schema(description = "Group value (state, region, bloc, forum or language code); 'all' when groupBy=none", examples = "GRULAC") String group,
            @Schema(description = "Statements in the period and group") long n,
            @Schema(description = "Statements per classified stance") Map<String, Long> counts,
            @Schema(description = "Share of each stance among the n statements") Map<String, Double> shares,
            @Schema(description = "Statements with a position (NO_POSITION excluded): the basis of meanScore") long positioned,
            @Schema(description = "Mean score of the positioned statements, -1 multilateral to +1 multistakeholder; null when none") Double meanScore,
            @Schema(description = "95% confidence interval of the mean score (normal approximation)") Double ci95Low,
            Double ci95High,
            @Schema(description = "True when positioned < minN: do not read a trend into it") boolean lowSample) {}
}
