package org.stancewatch.statement;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A dry-run classification request: nothing is stored. */
@Schema(name = "CreateClassificationRequest")
public record CreateClassificationRequest(
        @NotBlank @Size(max = 100000)
        @Schema(required = true, examples = "Policy authority for Internet-related public policy issues is the sovereign right of States.")
        String text,
        @Pattern(regexp = "ar|zh|en|fr|ru|es", message = "must be one of ar, zh, en, fr, ru, es")
        @Schema(description = "One of ar, zh, en, fr, ru, es; detected when absent", examples = "en")
        String language) {}
