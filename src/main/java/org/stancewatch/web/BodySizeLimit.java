package org.stancewatch.web;

import io.quarkus.vertx.http.runtime.filters.Filters;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import io.vertx.core.http.HttpHeaders;
import io.vertx.ext.web.RoutingContext;
import io.quarkus.runtime.configuration.MemorySize;
import org.eclipse.microprofile.config.inject.ConfigProperty;

/**
 * Answers 413 as problem+json when the declared Content-Length exceeds the body limit, before the body is
 * read. Chunked bodies that grow past the limit are cut off by the HTTP layer's own limit.
 */
@ApplicationScoped
public class BodySizeLimit {
    @ConfigProperty(name = "quarkus.http.limits.max-body-size")
    MemorySize maxBodySize;

    void register(@Observes Filters filters) {
        filters.register(this::limit, 100);
    }

    void limit(RoutingContext rc) {
        String length = rc.request().getHeader(HttpHeaders.CONTENT_LENGTH);
        if (length != null) {
            try {
                if (Long.parseLong(length.trim()) > maxBodySize.asLongValue()) {
                    rc.response().setStatusCode(413)
                            .putHeader(HttpHeaders.CONTENT_TYPE, Problem.MEDIA_TYPE)
                            .putHeader(HttpHeaders.CONNECTION, "close")
                            .end("{\"type\":\"" + Problem.TYPE_BASE + "too-large\",\"title\":\"Payload too large\","
                                    + "\"status\":413,\"detail\":\"The request body exceeds " + maxBodySize.asLongValue()
                                    + " bytes.\",\"instance\":\"" + rc.request().path().replace("\"", "") + "\"}");
                    return;
                }
            } catch (NumberFormatException ignored) {
                // let the HTTP layer reject it
            }
        }
        rc.next();
    }
}
