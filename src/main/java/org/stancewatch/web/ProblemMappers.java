package org.stancewatch.web;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonMappingException;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;
import jakarta.validation.ConstraintViolation;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

/** Maps every failure to an RFC 9457 problem document. No stack trace ever reaches a client. */
public class ProblemMappers {
    private static final Logger LOG = Logger.getLogger(ProblemMappers.class);

    static Response problem(Problem p) {
        return problem(p, Response.status(p.status()));
    }

    static Response problem(Problem p, Response.ResponseBuilder builder) {
        return builder.type(Problem.MEDIA_TYPE).entity(p).build();
    }

    static String path(UriInfo uri) {
        return uri == null ? null : "/" + uri.getPath().replaceFirst("^/", "");
    }

    @ServerExceptionMapper
    public Response problemException(ProblemException e, UriInfo uri) {
        return problem(e.toProblem(path(uri)));
    }

    @ServerExceptionMapper
    public Response constraintViolation(ConstraintViolationException e, UriInfo uri) {
        List<Problem.Violation> violations = e.getConstraintViolations().stream()
                .map(v -> new Problem.Violation(field(v), v.getMessage()))
                .sorted(Comparator.comparing(Problem.Violation::field).thenComparing(Problem.Violation::message))
                .toList();
        String detail = violations.stream().map(v -> v.field() + ": " + v.message()).collect(Collectors.joining("; "));
        return problem(ProblemException.badRequest(detail, violations).toProblem(path(uri)));
    }

    /** "create.request.text" becomes "text"; "list.size" becomes "size". */
    private static String field(ConstraintViolation<?> v) {
        String p = v.getPropertyPath().toString();
        String[] parts = p.split("\\.");
        if (parts.length >= 3 && (parts[1].equals("request") || parts[1].startsWith("arg"))) {
            return String.join(".", java.util.Arrays.copyOfRange(parts, 2, parts.length));
        }
        return parts[parts.length - 1];
    }

    @ServerExceptionMapper
    public Response unreadableJson(JsonProcessingException e, UriInfo uri) {
        String field = null;
        if (e instanceof JsonMappingException m && !m.getPath().isEmpty()) {
            field = m.getPath().stream()
                    .map(r -> r.getFieldName() != null ? r.getFieldName() : "[" + r.getIndex() + "]")
                    .collect(Collectors.joining("."));
        }
        String message = e.getOriginalMessage();
        int cut = message == null ? -1 : message.indexOf(" at [Source");
        if (cut > 0) message = message.substring(0, cut);
        List<Problem.Violation> violations = field == null ? null : List.of(new Problem.Violation(field, "wrong type or format"));
        return problem(new Problem(Problem.TYPE_BASE + "malformed-body", "Malformed request body", 400,
                "The body is not valid JSON of the expected shape" + (message == null ? "" : ": " + message),
                path(uri), violations));
    }

    /** More specific than JsonProcessingException, so it wins over the framework's own mapper for it. */
    @ServerExceptionMapper
    public Response wrongType(com.fasterxml.jackson.databind.exc.MismatchedInputException e, UriInfo uri) {
        return unreadableJson(e, uri);
    }

    @ServerExceptionMapper
    public Response unauthorized(UnauthorizedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    @ServerExceptionMapper
    public Response authenticationFailed(AuthenticationFailedException e, UriInfo uri) {
        return unauthenticated(uri);
    }

    private Response unauthenticated(UriInfo uri) {
        return problem(new Problem(Problem.TYPE_BASE + "unauthorized", "Unauthorized", 401,
                        "Valid credentials are required (HTTP Basic).", path(uri), null),
                Response.status(401).header(HttpHeaders.WWW_AUTHENTICATE, "Basic realm=\"stancewatch\""));
    }

    @ServerExceptionMapper
    public Response forbidden(ForbiddenException e, UriInfo uri) {
        return problem(new Problem(Problem.TYPE_BASE + "forbidden", "Forbidden", 403,
                "Your role does not allow this operation.", path(uri), null));
    }

    @ServerExceptionMapper
    public Response webApplication(WebApplicationException e, UriInfo uri) {
        Response r = e.getResponse();
        int status = r.getStatus();
        String title = r.getStatusInfo().getReasonPhrase();
        String detail = status == 404 ? "No resource at this path." : e.getMessage();
        Response.ResponseBuilder b = Response.status(status);
        r.getHeaders().forEach((k, v) -> {
            if (!k.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !k.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                v.forEach(x -> b.header(k, x));
            }
        });
        return problem(new Problem(Problem.TYPE_BASE + slug(title), title, status, detail, path(uri), null), b);
    }

    @ServerExceptionMapper
    public Response unexpected(Exception e, UriInfo uri) {
        String incident = UUID.randomUUID().toString();
        LOG.errorf(e, "Unexpected error on %s (incident %s)", path(uri), incident);
        return problem(new Problem(Problem.TYPE_BASE + "internal", "Internal error", 500,
                "An unexpected error occurred; quote incident " + incident + " to the operators.", path(uri), null));
    }

    private static String slug(String s) {
        return s == null ? "error" : s.toLowerCase(java.util.Locale.ROOT).replaceAll("[^a-z0-9]+", "-");
    }
}
