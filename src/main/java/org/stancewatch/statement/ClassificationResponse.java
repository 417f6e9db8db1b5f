package org.stancewatch.statement;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.stancewatch.classification.Classification;
import org.stancewatch.classification.Evidence;

/** A classification with the evidence spans that drove it. */
@JsonInclude(JsonInclude.Include.NON_NULL)
@Schema(name = "ClassificationResponse")
public record ClassificationResponse(
        @Schema(enumeration = {"MULTISTAKEHOLDER", "MULTILATERAL", "MIXED", "NO_POSITION"}, examples = "MULTISTAKEHOLDER") String stance,
        @Schema(description = "Signed balance from -1 (multilateral) to +1 (multistakeholder)", minimum = "-1", maximum = "1", examples = "0.72") double score,
        @Schema(description = "Calibrated probability that the stance is right", minimum = "0", maximum = "1", examples = "0.86") double confidence,
        @Schema(minimum = "0", maximum = "1", description = "Strength of the multistakeholder signal; omitted in list views") Double multistakeholderSignal,
        @Schema(minimum = "0", maximum = "1", description = "Strength of the multilateral signal; omitted in list views") Double multilateralSignal,
        @Schema(description = "The spans that drove the label; omitted in list views") List<EvidenceResponse> evidence,
        @Schema(examples = "1.0.0") String classifierVersion) {

    @Schema(name = "EvidenceResponse")
    public record EvidenceResponse(
            @Schema(description = "Start offset (UTF-16 code units) in the original text") int start,
            @Schema(description = "End offset, exclusive") int end,
            @Schema(description = "The text of the span", examples = "multistakeholder model") String text,
            @Schema(description = "The lexicon cue that matched", examples = "multistakeholder") String cue,
            @Schema(enumeration = {"MULTISTAKEHOLDER", "MULTILATERAL"}) String axis,
            @Schema(description = "Contribution to the axis signal") double weight,
            @Schema(description = "Whether the cue was negated in context") boolean negated) {

        public static EvidenceResponse of(Evidence e) {
            return new EvidenceResponse(e.start(), e.end(), e.text(), e.cue(), e.axis().name(), e.weight(), e.negated());
        }
    }

    public static ClassificationResponse of(Classification c) {
        return new ClassificationResponse(c.stance().name(), c.score(), c.confidence(), c.multistakeholderSignal(),
                c.multilateralSignal(), c.evidence().stream().map(EvidenceResponse::of).toList(), c.classifierVersion());
    }
}
