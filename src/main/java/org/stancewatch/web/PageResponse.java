package org.stancewatch.web;

import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** One page of a list, with the total number of matching items. */
@Schema(description = "One page of a list")
public record PageResponse<T>(
        List<T> items,
        @Schema(description = "Zero-based page index", examples = "0") int page,
        @Schema(description = "Page size", examples = "20") int size,
        @Schema(description = "Number of items matching the filters", examples = "137") long total) {}
