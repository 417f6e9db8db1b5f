package org.stancewatch.stance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.MediaType;
import java.util.List;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stancewatch.web.Problem;
import org.stancewatch.web.ProblemException;

@Path("/api/v1/states")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "States", description = "UN member and observer states and blocs, with their current stance")
public class StateResource {

    private final StateQueries queries;

    public StateResource(StateQueries queries) {
        this.queries = queries;
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(summary = "Every state and bloc, in one response", description = "States first (by code), then blocs.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StateSummaryResponse.class, type = org.eclipse.microprofile.openapi.annotations.enums.SchemaType.ARRAY)))
    @APIResponse(responseCode = "400", description = "Invalid parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public List<StateSummaryResponse> list(
            @Parameter(description = "Only actors whose current stance is this", schema = @Schema(enumeration = {"MULTISTAKEHOLDER", "MULTILATERAL", "MIXED", "UNKNOWN"}))
            @QueryParam("stance") String stance,
            @Parameter(description = "Only states of this UN regional group") @QueryParam("region") String region,
            @Parameter(description = "STATE or BLOC", schema = @Schema(enumeration = {"STATE", "BLOC"})) @QueryParam("kind") String kind) {
        return queries.list(stance, region, kind);
    }

    @GET
    @Path("/{code}")
    @RolesAllowed("viewer")
    @Operation(summary = "A state's or bloc's profile", description = "Names, regional group, blocs, current stance with its support, the stance timeline, counts per stance and per forum, and the latest statements.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StateProfileResponse.class)))
    @APIResponse(responseCode = "404", description = "Unknown code", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StateProfileResponse get(@PathParam("code") String code) {
        return queries.profile(code).orElseThrow(() -> ProblemException.notFound("No state or bloc with code '" + code + "'"));
    }
}
