package org.stancewatch.trend;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import jakarta.annotation.security.RolesAllowed;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.CacheControl;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Collections;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;
import java.util.zip.Deflater;
import java.util.zip.GZIPOutputStream;
import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.headers.Header;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;
import org.stancewatch.classification.Language;
import org.stancewatch.trend.TrendQuery.GroupBy;
import org.stancewatch.trend.TrendQuery.Interval;
import org.stancewatch.web.Params;
import org.stancewatch.web.Problem;

@Path("/api/v1/trends")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Trends", description = "Stance trends by period and group, from incrementally maintained rollups")
public class TrendResource {

    private final TrendQueries trends;
    private final ObjectMapper mapper;
    private final int maxAge;
    private final Map<String, Cached> cache;

    public TrendResource(TrendQueries trends, ObjectMapper mapper,
                         @ConfigProperty(name = "stancewatch.trends.max-age", defaultValue = "30") int maxAge,
                         @ConfigProperty(name = "stancewatch.trends.cache-size", defaultValue = "2000") int cacheSize) {
        this.trends = trends;
        this.mapper = mapper;
        this.maxAge = maxAge;
        // serialised responses, keyed by the trend version and the query: a new version makes every entry unreachable
        this.cache = Collections.synchronizedMap(new LinkedHashMap<>(256, 0.75f, true) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Cached> eldest) {
                return size() > cacheSize;
            }
        });
    }

    @GET
    @RolesAllowed("viewer")
    @Operation(summary = "Stance trends", description = "Per period and group: n, counts and shares per stance, the mean score with a 95% confidence interval, "
            + "and a lowSample flag. Periods are whole weeks (ISO), months, quarters or years; from/to are widened to period boundaries. "
            + "Each statement counts once, for its actor (a bloc statement counts for the bloc, not again for its members). "
            + "Responses carry a strong ETag; send If-None-Match to get 304 when nothing changed.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = TrendResponse.class)),
            headers = {@Header(name = "ETag"), @Header(name = "Cache-Control")})
    @APIResponse(responseCode = "304", description = "Not modified since the ETag sent in If-None-Match")
    @APIResponse(responseCode = "400", description = "Invalid parameter or a query too large", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response get(
            @Parameter(schema = @Schema(enumeration = {"week", "month", "quarter", "year"}, defaultValue = "month")) @QueryParam("interval") @DefaultValue("month") String interval,
            @Parameter(schema = @Schema(enumeration = {"none", "state", "region", "bloc", "forum", "language"}, defaultValue = "none")) @QueryParam("groupBy") @DefaultValue("none") String groupBy,
            @Parameter(description = "Start (YYYY-MM-DD, YYYY-MM or YYYY); defaults to a range that suits the interval") @QueryParam("from") String from,
            @Parameter(description = "End (YYYY-MM-DD, YYYY-MM or YYYY); defaults to today") @QueryParam("to") String to,
            @Parameter(description = "State or bloc code") @QueryParam("state") String state,
            @Parameter(description = "UN regional group") @QueryParam("region") String region,
            @Parameter(description = "Bloc code: its members' statements and its own") @QueryParam("bloc") String bloc,
            @Parameter(description = "Forum code") @QueryParam("forum") String forum,
            @Parameter(schema = @Schema(enumeration = {"ar", "zh", "en", "fr", "ru", "es"})) @QueryParam("language") String language,
            @Context Request request, @Context HttpHeaders headers) {
        Language lang = Params.enumValue("language", language, Language.class);
        var fromDate = Params.date("from", from, false);
        var toDate = Params.date("to", to, true);
        TrendQuery q = trends.normalise(Params.enumValue("interval", interval, Interval.class),
                Params.enumValue("groupBy", groupBy, GroupBy.class), fromDate, toDate, blank(state), blank(region), blank(bloc),
                blank(forum), lang == null ? null : lang.code());
        long version = trends.version();
        return conditional(request, headers, version + "|" + q, () -> trends.trends(q, version));
    }

    @GET
    @Path("/shifts")
    @RolesAllowed("viewer")
    @Operation(summary = "Biggest shifts between two periods", description = "The states and blocs whose mean score moved most from the period 'from' to the period 'to', with the counts behind each shift. Actors with fewer than minN positioned statements in either period are left out.")
    @APIResponse(responseCode = "200", content = @Content(schema = @Schema(implementation = ShiftResponse.class)))
    @APIResponse(responseCode = "400", description = "Invalid parameter", content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response shifts(
            @Parameter(description = "The earlier period: YYYY, YYYY-Qn or YYYY-MM", required = true, example = "2014") @QueryParam("from") String from,
            @Parameter(description = "The later period: YYYY, YYYY-Qn or YYYY-MM", required = true, example = "2025") @QueryParam("to") String to,
            @Parameter(description = "Only states of this UN regional group") @QueryParam("region") String region,
            @Parameter(description = "Only this bloc and its members") @QueryParam("bloc") String bloc,
            @Parameter(description = "Minimum positioned statements in each period (default: the configured min-n)") @QueryParam("minN") @Min(1) @Max(1000) Integer minN,
            @QueryParam("limit") @DefaultValue("20") @Min(1) @Max(250) int limit,
            @Context Request request, @Context HttpHeaders headers) {
        var a = TrendQueries.span("from", from);
        var b = TrendQueries.span("to", to);
        long version = trends.version();
        return conditional(request, headers, version + "|shifts|" + a + b + region + bloc + minN + limit,
                () -> trends.shifts(a, b, blank(region), blank(bloc), limit, minN, version));
    }

    /** A serialised response, and its gzip encoding once a client that accepts gzip has asked for it. */
    private static final class Cached {
        final byte[] json;
        private volatile byte[] gzip;

        Cached(byte[] json) {
            this.json = json;
        }

        byte[] gzip() {
            byte[] g = gzip;
            if (g == null) {
                ByteArrayOutputStream out = new ByteArrayOutputStream(json.length / 4 + 64);
                // the fastest level: trend JSON still shrinks about 8x, at a fraction of the default level's cost
                try (GZIPOutputStream z = new GZIPOutputStream(out, 8192) {
                    {
                        def.setLevel(Deflater.BEST_SPEED);
                    }
                }) {
                    z.write(json);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
                gzip = g = out.toByteArray();
            }
            return g;
        }
    }

    /**
     * Answers 304 when the client's ETag matches, otherwise the response from the cache (serialising it on a miss),
     * gzip-encoded when the client accepts gzip. The ETag is strong and names the representation: the query, the
     * trend version and the content coding.
     */
    private Response conditional(Request request, HttpHeaders headers, String key, Supplier<Object> body) {
        boolean gzip = acceptsGzip(headers.getHeaderString(HttpHeaders.ACCEPT_ENCODING));
        EntityTag tag = new EntityTag(sha256(key) + (gzip ? "-gz" : ""));
        CacheControl cc = new CacheControl();
        cc.setPrivate(true);
        cc.setMaxAge(maxAge);
        Response.ResponseBuilder notModified = request.evaluatePreconditions(tag);
        if (notModified != null) return notModified.cacheControl(cc).tag(tag).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
        Cached cached = cache.get(key);
        if (cached == null) {
            try {
                cached = new Cached(mapper.writeValueAsBytes(body.get()));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException("a trend response is not serialisable", e);
            }
            cache.put(key, cached);
        }
        Response.ResponseBuilder ok = gzip ? Response.ok(cached.gzip()).header("Content-Encoding", "gzip") : Response.ok(cached.json);
        return ok.type(MediaType.APPLICATION_JSON_TYPE).tag(tag).cacheControl(cc).header(HttpHeaders.VARY, HttpHeaders.ACCEPT_ENCODING).build();
    }

    /** True when Accept-Encoding lists gzip (or *) without q=0. */
    static boolean acceptsGzip(String acceptEncoding) {
        if (acceptEncoding == null) return false;
        for (String part : acceptEncoding.split(",")) {
            String[] p = part.trim().split(";");
            String coding = p[0].trim().toLowerCase(java.util.Locale.ROOT);
            if (!coding.equals("gzip") && !coding.equals("*")) continue;
            boolean refused = false;
            for (int i = 1; i < p.length; i++) {
                String param = p[i].replace(" ", "");
                if (param.startsWith("q=") && param.substring(2).matches("0(\\.0{0,3})?")) refused = true;
            }
            if (!refused) return true;
        }
        return false;
    }

    private static String blank(String s) {
        return s == null || s.isBlank() ? null : s.strip();
    }

    private static String sha256(String s) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8))).substring(0, 32);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
