package org.stancewatch.web;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** An RFC 9457 problem document, served as {@code application/problem+json}. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "Problem", description = "RFC 9457 problem details")
public record Problem(
        @Schema(description = "A URI reference that identifies the problem type", examples = "https://stancewatch.org/problems/validation")
        String type,
        @Schema(description = "Short summary of the problem type", examples = "Invalid request")
        String title,
        @Schema(description = "HTTP status code", examples = "400")
        int status,
        @Schema(description = "What went wrong, for this occurrence")
        String detail,
        @Schema(description = "The request path")
        String instance,
        @Schema(description = "Field-level violations, when the problem is a validation failure")
        List<Violation> violations) {

    public static final String MEDIA_TYPE = "application/problem+json";
    public static final String TYPE_BASE = "https://stancewatch.org/problems/";

    @Schema(name = "Violation")
    public record Violation(
            @Schema(description = "The offending field or parameter", examples = "text") String field,
            @Schema(description = "Why it is invalid", examples = "must not be blank") String message) {}
}
