package org.stancewatch.stance;

import jakarta.annotation.security.RolesAllowed;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stancewatch.web.Problem;
import org.stancewatch.web.ProblemException;

@Path("/api/v1/admin/reclassifications")
@Produces(MediaType.APPLICATION_JSON)
@RolesAllowed("admin")
@Tag(name = "Administration", description = "Operations: reclassification after a classifier upgrade")
public class ReclassificationResource {

    private final ReclassificationService service;

    public ReclassificationResource(ReclassificationService service) {
        this.service = service;
    }

    @POST
    @Operation(summary = "Reclassify stored statements with the current classifier version",
            description = "Starts a background job (or returns the one running). Statements are reclassified in batches; then each actor's stance is re-derived, "
                    + "and stances that change get stance-change events with cause RECLASSIFICATION. Old classifications are kept.")
    @APIResponse(responseCode = "202", description = "Started (or already running)", content = @Content(schema = @Schema(implementation = ReclassificationJobResponse.class)))
    public Response start(UriInfo uri) {
        ReclassificationJobResponse job = service.start();
        return Response.accepted(job).location(uri.getBaseUriBuilder().path("api/v1/admin/reclassifications").path(Long.toString(job.id())).build()).build();
    }

    @GET
    @Path("/latest")
    @Operation(summary = "The latest job's progress")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReclassificationJobResponse.class)))
    @APIResponse(responseCode = "404", description = "No job yet", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReclassificationJobResponse latest() {
        return service.latest().orElseThrow(() -> ProblemException.notFound("No reclassification job has run"));
    }

    @GET
    @Path("/{id}")
    @Operation(summary = "One job's progress")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ReclassificationJobResponse.class)))
    @APIResponse(responseCode = "404", description = "No such job", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public ReclassificationJobResponse get(@PathParam("id") long id) {
        return service.find(id).orElseThrow(() -> ProblemException.notFound("No reclassification job " + id));
    }

    @POST
    @Path("/{id}/resume")
    @Operation(summary = "Resume a failed job from where it stopped")
    @APIResponse(responseCode = "202", content = @Content(schema = @Schema(implementation = ReclassificationJobResponse.class)))
    @APIResponse(responseCode = "404", description = "No such job", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response resume(@PathParam("id") long id) {
        return Response.accepted(service.resume(id)).build();
    }
}
