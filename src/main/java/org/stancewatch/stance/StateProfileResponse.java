package org.stancewatch.stance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stancewatch.statement.StatementResponse;

/** A state's or bloc's profile: reference data, current stance, timeline, counts and latest statements. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "StateProfileResponse")
public record StateProfileResponse(
        StateSummaryResponse state,
        @Schema(description = "Statements counting for this actor, per classified stance") Map<String, Long> countsByStance,
        @Schema(description = "Statements counting for this actor, per forum") Map<String, Long> countsByForum,
        @Schema(description = "Stance periods, oldest first") List<Period> timeline,
        @Schema(description = "The 10 most recent statements (without evidence)") List<StatementResponse> latestStatements) {

    @Schema(name = "StancePeriod")
    public record Period(LocalDate from, @Schema(description = "null while current") LocalDate to,
                         @Schema(enumeration = {"MULTISTAKEHOLDER", "MULTILATERAL", "MIXED"}) String stance,
                         double score, int n,
                         @Schema(description = "The statements that supported the stance when it began") List<String> statementIds) {}
}
