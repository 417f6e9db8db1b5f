package org.stancewatch.statement;

import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stancewatch.classification.Language;
import org.stancewatch.classification.Stance;
import org.stancewatch.web.PageResponse;
import org.stancewatch.web.Params;
import org.stancewatch.web.Problem;
import org.stancewatch.web.ProblemException;

@Path("/api/v1/statements")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Statements", description = "Observed statements and their classification")
public class StatementResource {

    private final StatementValidator validator;
    private final IngestService ingest;
    private final StatementQueries queries;

    public StatementResource(StatementValidator validator, IngestService ingest, StatementQueries queries) {
        this.validator = validator;
        this.ingest = ingest;
        this.queries = queries;
    }

    @POST
    @Consumes(MediaType.APPLICATION_JSON)
    @RolesAllowed("analyst")
    @Operation(summary = "Submit a statement",
            description = "Validates, classifies and stores the statement through the same ingestion path as the statements topic. "
                    + "Idempotent on id: the same content again answers 200 with the stored statement; different content under the same id answers 409.")
    @APIResponse(responseCode = "201", description = "Stored and classified", content = @Content(schema = @Schema(implementation = StatementResponse.class)))
    @APIResponse(responseCode = "200", description = "Already stored with the same content (idempotent replay)", content = @Content(schema = @Schema(implementation = StatementResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid statement", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The id exists with different content", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "413", description = "Body too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response create(CreateStatementRequest request, UriInfo uri) {
        if (request == null) throw ProblemException.badRequest("A JSON body is required", null);
        StatementValidator.Result valid = validator.validate(request.toEvent());
        if (!valid.valid()) {
            ingest.countRejected(valid.reason());
            throw ProblemException.badRequest(valid.detail(), valid.violations().stream()
                    .map(v -> new Problem.Violation(v.field(), v.message())).toList());
        }
        IngestResult result = ingest.ingest(valid.statement());
        if (result.outcome() == IngestResult.Outcome.REJECTED) {
            if (result.reason() == RejectionReason.CONFLICT) throw ProblemException.conflict(result.detail());
            throw new ProblemException(500, "storage", "Not stored", result.detail(), null);
        }
        StatementResponse body = queries.find(result.id()).orElseThrow();
        return Response.status(result.outcome() == IngestResult.Outcome.STORED ? 201 : 200)
                .location(uri.getBaseUriBuilder().path("api/v1/statements").path(result.id()).build())
                .entity(body).build();
    }

    @GET
    @Path("/{id}")
    @RolesAllowed("viewer")
    @Operation(summary = "One statement with its classification and evidence")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatementResponse.class)))
    @APIResponse(responseCode = "404", description = "No statement with this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StatementResponse get(@PathParam("id") String id) {
        return queries.find(id).orElseThrow(() -> ProblemException.notFound("No statement with id '" + id + "'"));
    }

    @GET
    @Path("/{id}/classifications")
    @RolesAllowed("viewer")
    @Operation(summary = "Every classification of a statement, one per classifier version, newest first",
            description = "Reclassification after a classifier upgrade keeps the old results; this lists them all.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ClassificationResponse.class, type = SchemaType.ARRAY)))
    @APIResponse(responseCode = "404", description = "No statement with this id", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<ClassificationResponse> classifications(@PathParam("id") String id) {
        return queries.history(id).orElseThrow(() -> ProblemException.notFound("No statement with id '" + id + "'"));
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(summary = "List statements", description = "Newest first (by statement date). Evidence is omitted in the list; fetch one statement for it.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StatementPage.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<StatementResponse> list(
            @Parameter(description = "State (alpha-3) or bloc code: statements it made or that count for it") @QueryParam("state") String state,
            @Parameter(description = "UN regional group", schema = @Schema(enumeration = {"AFRICAN", "ASIA_PACIFIC", "EASTERN_EUROPEAN", "GRULAC", "WEOG"})) @QueryParam("region") String region,
            @Parameter(description = "Bloc code: statements by its members and by the bloc itself") @QueryParam("bloc") String bloc,
            @Parameter(description = "Forum code") @QueryParam("forum") String forum,
            @Parameter(schema = @Schema(enumeration = {"MULTISTAKEHOLDER", "MULTILATERAL", "MIXED", "NO_POSITION"})) @QueryParam("stance") String stance,
            @Parameter(schema = @Schema(enumeration = {"ar", "zh", "en", "fr", "ru", "es"})) @QueryParam("language") String language,
            @Parameter(description = "Earliest statement date (YYYY-MM-DD, YYYY-MM or YYYY)") @QueryParam("from") String from,
            @Parameter(description = "Latest statement date (YYYY-MM-DD, YYYY-MM or YYYY)") @QueryParam("to") String to,
            @Parameter(description = "Zero-based page") @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @Parameter(description = "Page size, 1 to 200") @QueryParam("size") @DefaultValue("20") @Min(1) @Max(200) int size) {
        Stance st = Params.enumValue("stance", stance, Stance.class);
        Language lang = Params.enumValue("language", language, Language.class);
        var fromDate = Params.date("from", from, false);
        var toDate = Params.date("to", to, true);
        Params.range(fromDate, toDate);
        return queries.list(new StatementQueries.Filter(state, region, bloc, forum, st == null ? null : st.name(),
                lang == null ? null : lang.code(), fromDate, toDate), page, size);
    }

    /** For the OpenAPI document only: the concrete type of a page of statements. */
    @Schema(name = "StatementPage")
    public record StatementPage(List<StatementResponse> items, int page, int size, long total) {}
}
