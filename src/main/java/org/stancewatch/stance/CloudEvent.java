package org.stancewatch.stance;

import java.time.OffsetDateTime;
import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** A CloudEvents 1.0 envelope in structured JSON mode. */
@Schema(name = "StanceChangedEvent", description = "CloudEvents 1.0 JSON; dedupe by id")
public record CloudEvent<T>(
        @Schema(examples = "1.0") String specversion,
        @Schema(description = "Unique per event: consumers dedupe by it") String id,
        @Schema(examples = "org.stancewatch.stance.changed") String type,
        @Schema(examples = "/stancewatch/stances") String source,
        @Schema(description = "The state or bloc code", examples = "BRA") String subject,
        OffsetDateTime time,
        @Schema(examples = "application/json") String datacontenttype,
        T data) {

    public static final String SPEC_VERSION = "1.0";
    public static final String STANCE_CHANGED = "org.stancewatch.stance.changed";
    public static final String SOURCE = "/stancewatch/stances";
}
