package org.stancewatch.stance;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.Set;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A state or bloc in the list of all actors. */
@JsonInclude(JsonInclude.Include.NON_EMPTY)
@Schema(name = "StateSummaryResponse")
public record StateSummaryResponse(
        @Schema(examples = "BRA") String code,
        @Schema(enumeration = {"STATE", "BLOC"}) String kind,
        @Schema(examples = "Brazil") String name,
        @Schema(examples = "BR") String alpha2,
        @Schema(description = "UN regional group (states only)", examples = "GRULAC") String regionalGroup,
        @Schema(enumeration = {"MEMBER", "OBSERVER"}) String status,
        @Schema(description = "Blocs the state belongs to") Set<String> blocs,
        @Schema(description = "Member states (blocs only)") Set<String> members,
        StanceResponse stance) {}
