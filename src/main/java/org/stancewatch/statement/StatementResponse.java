package org.stancewatch.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A stored statement with its current classification. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "StatementResponse")
public record StatementResponse(
        @Schema(examples = "unga80-bra-2025-12-16") String id,
        @Schema(description = "The state or bloc as sent", examples = "BRA") String state,
        @Schema(description = "Who the statement counts for: the bloc when made on behalf of one", examples = "BRA") String actor,
        String onBehalfOf,
        @Schema(examples = "UNGA") String forum,
        @Schema(description = "The forum as sent, when it was not a known code") String forumRaw,
        @Schema(examples = "2025-12-16") LocalDate date,
        @Schema(enumeration = {"DAY", "MONTH", "YEAR"}) String datePrecision,
        @Schema(examples = "en") String language,
        @Schema(description = "True when the language was detected rather than sent") boolean languageDetected,
        String text,
        String source,
        String speaker,
        OffsetDateTime receivedAt,
        ClassificationResponse classification) {
}
