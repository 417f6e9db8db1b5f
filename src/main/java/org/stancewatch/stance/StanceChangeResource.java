package org.stancewatch.stance;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.smallrye.common.annotation.Blocking;
import io.smallrye.mutiny.Multi;
import io.smallrye.mutiny.infrastructure.Infrastructure;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stancewatch.memberstate.ReferenceData;
import org.stancewatch.web.PageResponse;
import org.stancewatch.web.Params;
import org.stancewatch.web.Problem;
import org.stancewatch.web.ProblemException;

@Path("/api/v1/stance-changes")
@Tag(name = "Stance changes", description = "Stance-change events: the same CloudEvents as the stance-changes topic")
public class StanceChangeResource {

    private final ReferenceData reference;
    private final ObjectMapper mapper;
    private final Duration pollInterval;

    public StanceChangeResource(ReferenceData reference, ObjectMapper mapper,
                                @ConfigProperty(name = "stancewatch.stream.poll-interval", defaultValue = "500ms") Duration pollInterval) {
        this.reference = reference;
        this.mapper = mapper;
        this.pollInterval = pollInterval;
    }

    @GET
    @Produces(MediaType.APPLICATION_JSON)
    @RolesAllowed("viewer")
    @Operation(summary = "List stance-change events", description = "Oldest first. Each item is the CloudEvent published to the stance-changes topic.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = StanceChangePage.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public PageResponse<CloudEvent<StanceChanged>> list(
            @Parameter(description = "State or bloc code") @QueryParam("state") String state,
            @Parameter(description = "Only events that occurred at or after this date (YYYY-MM-DD) or instant (ISO-8601)") @QueryParam("since") String since,
            @Parameter(schema = @Schema(enumeration = {"NEW_STATEMENT", "LATE_STATEMENT", "RECLASSIFICATION"})) @QueryParam("cause") String cause,
            @QueryParam("page") @DefaultValue("0") @Min(0) @Max(100000) int page,
            @QueryParam("size") @DefaultValue("50") @Min(1) @Max(500) int size) {
        StringBuilder q = new StringBuilder("1 = 1");
        Map<String, Object> p = new HashMap<>();
        if (state != null && !state.isBlank()) {
            reference.requireActor("state", state);
            q.append(" and actorCode = :state");
            p.put("state", ReferenceData.normalise(state));
        }
        OffsetDateTime sinceTime = instant("since", since);
        if (sinceTime != null) {
            q.append(" and occurredAt >= :since");
            p.put("since", sinceTime);
        }
        StanceChangeCause c = Params.enumValue("cause", cause, StanceChangeCause.class);
        if (c != null) {
            q.append(" and cause = :cause");
            p.put("cause", c.name());
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            long total = StanceChange.count(q.toString(), p);
            List<CloudEvent<StanceChanged>> items = StanceChange.<StanceChange>find(q + " order by seq", p)
                    .page(page, size).list().stream().map(StanceChange::toEvent).toList();
            return new PageResponse<>(items, page, size, total);
        });
    }

    @GET
    @Path("/stream")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    @RolesAllowed("viewer")
    @Blocking
    @Operation(summary = "Live stream of stance changes (Server-Sent Events)",
            description = "Each SSE event has the CloudEvent id as its id, the name stance.changed, and the CloudEvent JSON as data. "
                    + "Reconnect with Last-Event-ID to resume after the last event received; without it the stream starts from now.")
    @APIResponse(responseCode = "200", description = "text/event-stream of StanceChangedEvent")
    public Multi<OutboundSseEvent> stream(
            @Parameter(description = "Resume after this event id") @HeaderParam("Last-Event-ID") String lastEventId,
            @Parameter(description = "Only this state or bloc") @QueryParam("state") String state,
            @Context Sse sse) {
        String actor = state == null || state.isBlank() ? null : ReferenceData.normalise(state);
        reference.requireActor("state", actor);
        long start = QuarkusTransaction.requiringNew().call(() -> startSeq(lastEventId));
        AtomicLong cursor = new AtomicLong(start);
        return Multi.createFrom().ticks().every(pollInterval)
                .onOverflow().drop()
                .emitOn(Infrastructure.getDefaultWorkerPool())
                .onItem().transformToIterable(tick -> QuarkusTransaction.requiringNew().call(() -> {
                    List<StanceChange> rows = StanceChange.<StanceChange>find(
                            actor == null ? "seq > ?1 order by seq" : "seq > ?1 and actorCode = ?2 order by seq",
                            actor == null ? new Object[] {cursor.get()} : new Object[] {cursor.get(), actor}).range(0, 99).list();
                    if (!rows.isEmpty()) cursor.set(rows.get(rows.size() - 1).seq);
                    return rows;
                }))
                .map(row -> sse.newEventBuilder().id(row.eventId.toString()).name("stance.changed")
                        .mediaType(MediaType.APPLICATION_JSON_TYPE).data(json(row.toEvent())).build());
    }

    private static long startSeq(String lastEventId) {
        if (lastEventId == null || lastEventId.isBlank()) {
            Long max = StanceChange.getEntityManager().createQuery("select max(seq) from StanceChange", Long.class).getSingleResult();
            return max == null ? 0 : max;
        }
        UUID id;
        try {
            id = UUID.fromString(lastEventId.strip());
        } catch (IllegalArgumentException e) {
            throw ProblemException.badParameter("Last-Event-ID", "must be an event id (UUID)");
        }
        StanceChange last = StanceChange.find("eventId", id).firstResult();
        if (last == null) throw ProblemException.badParameter("Last-Event-ID", "no event with this id");
        return last.seq;
    }

    private String json(Object o) {
        try {
            return mapper.writeValueAsString(o);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException(e);
        }
    }

    static OffsetDateTime instant(String name, String value) {
        if (value == null || value.isBlank()) return null;
        try {
            return OffsetDateTime.parse(value.strip());
        } catch (RuntimeException e) {
            return Params.date(name, value, false).atStartOfDay().atOffset(ZoneOffset.UTC);
        }
    }

    /** For the OpenAPI document only: the concrete type of a page of events. */
    @Schema(name = "StanceChangePage")
    public record StanceChangePage(List<CloudEvent<StanceChanged>> items, int page, int size, long total) {}
}
