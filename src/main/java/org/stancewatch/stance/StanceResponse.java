package org.stancewatch.stance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An actor's current stance with the support behind it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StanceResponse")
public record StanceResponse(
        @Schema(enumeration = {"MULTISTAKEHOLDER", "MULTILATERAL", "MIXED", "UNKNOWN"}) String stance,
        @Schema(description = "Recency-weighted mean score, -1 multilateral to +1 multistakeholder") double score,
        @Schema(description = "Weighted mean classifier confidence times the stance's share") double confidence,
        @Schema(description = "Statements in the window behind it") int n,
        @Schema(description = "Date of the statement that tipped the current stance") LocalDate since,
        String sinceStatementId) {

    public static final StanceResponse UNKNOWN = new StanceResponse("UNKNOWN", 0, 0, 0, null, null);
}
