package org.stancewatch.stance;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** Progress of a reclassification job. */
@Schema(name = "ReclassificationJobResponse")
public record ReclassificationJobResponse(
        long id,
        @Schema(description = "The classifier version statements are moved to", examples = "1.1.0") String targetVersion,
        @Schema(enumeration = {"RUNNING", "DONE", "FAILED"}) String status,
        @Schema(enumeration = {"CLASSIFYING", "RESTANCING", "FINISHED"}) String phase,
        @Schema(description = "Statements to reclassify when the job started") long total,
        long processed,
        @Schema(description = "Statements whose label changed") long reclassified,
        int actorsTotal,
        int actorsDone,
        @Schema(description = "Stance-change events with cause RECLASSIFICATION") int stanceChanges,
        String error,
        OffsetDateTime startedAt,
        OffsetDateTime finishedAt) {}
