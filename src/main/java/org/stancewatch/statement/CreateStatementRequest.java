package org.stancewatch.statement;

import com.fasterxml.jackson.annotation.JsonIgnoreProperties;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** The body of {@code POST /api/v1/statements}: the same JSON as the {@code statements} topic. */
@JsonIgnoreProperties(ignoreUnknown = true)
@Schema(name = "CreateStatementRequest", description = "A statement observed by an analyst; the same JSON as the statements topic.")
public record CreateStatementRequest(
        @Schema(required = true, maxLength = 200, description = "Unique id of the statement (ingestion is idempotent on it)", examples = "unga80-bra-2025-12-16")
        String id,
        @Schema(required = true, description = "ISO 3166-1 alpha-3 code of a UN member or observer state, or a bloc code (EU, G77, BRICS, AU, ASEAN, ARAB_LEAGUE, OECD, G7, G20)", examples = "BRA")
        String state,
        @Schema(required = true, description = "Forum code (UNGA, ECOSOC, CSTD, WSIS, IGF, GDC, ITU-PP, ITU-COUNCIL, WCIT, OEWG, AHC, NETMUNDIAL, WIC, OTHER); unknown values map to OTHER and the raw value is kept", examples = "UNGA")
        String forum,
        @Schema(required = true, description = "YYYY-MM-DD, or YYYY-MM, or YYYY (stored with its precision)", examples = "2025-12-16")
        String date,
        @Schema(description = "One of ar, zh, en, fr, ru, es; detected when missing", examples = "en")
        String language,
        @Schema(required = true, minLength = 1, maxLength = 100000, description = "The statement text, in its original language",
                examples = "We reaffirm our commitment to the multistakeholder model of Internet governance, with governments, the private sector, civil society and the technical community participating on an equal footing.")
        String text,
        @Schema(description = "Where the statement was observed (URL or citation)", examples = "https://estatements.unmeetings.org/")
        String source,
        @Schema(description = "Who spoke", examples = "Permanent Representative")
        String speaker,
        @Schema(description = "Bloc code when the statement was made on behalf of a bloc (it then counts for the bloc)", examples = "G77")
        String onBehalfOf) {

    public StatementReceived toEvent() {
        return new StatementReceived(id, state, forum, date, language, text, source, speaker, onBehalfOf);
    }
}
