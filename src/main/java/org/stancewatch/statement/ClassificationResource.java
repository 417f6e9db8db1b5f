package org.stancewatch.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stancewatch.classification.Language;
import org.stancewatch.classification.LanguageDetector;
import org.stancewatch.classification.StanceClassifier;
import org.stancewatch.web.Problem;

@Path("/api/v1/classifications")
@Produces(MediaType.APPLICATION_JSON)
@Consumes(MediaType.APPLICATION_JSON)
@Tag(name = "Classifications", description = "Dry-run classification of a text")
public class ClassificationResource {

    private final StanceClassifier classifier;

    public ClassificationResource(StanceClassifier classifier) {
        this.classifier = classifier;
    }

    @POST
    @RolesAllowed("viewer")
    @Operation(summary = "Classify a text without storing it", description = "Returns exactly what the stance classifier returns, with the evidence spans. Only the text is used, never who said it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClassificationResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid request", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ClassificationResponse classify(@Valid @NotNull CreateClassificationRequest request) {
        Language language = request.language() == null ? LanguageDetector.detect(request.text())
                : Language.fromCode(request.language()).orElseThrow();
        return ClassificationResponse.of(classifier.classify(request.text(), language));
    }
}
