package dev.prepdeck.system;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.config.Config;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.runtime.configuration.MemorySize;
import io.vertx.core.http.HttpHeaders;
import io.vertx.core.http.HttpServerRequest;
import io.vertx.ext.web.ParsedHeaderValue;
import io.vertx.ext.web.Router;
import io.vertx.ext.web.RoutingContext;

/**
 * Refuses a body larger than {@code quarkus.http.limits.max-body-size} (413) and an address longer than
 * {@link #MAX_URI_LENGTH} characters (414) with a problem under /api and a page for people, before Quarkus' own
 * checks, which answer both with an empty body. The HTTP decoder's line limit
 * ({@code quarkus.http.limits.max-initial-line-length}) is set well above {@link #MAX_URI_LENGTH}, so such an
 * address reaches this check instead of being cut off by the decoder.
 */
@ApplicationScoped
public class RequestLimits {

    /** Longest request target (path and query) served. */
    static final int MAX_URI_LENGTH = 8192;
    /** Before Quarkus' body-size check (order -2) and before any page or endpoint. */
    private static final int ORDER = -10;
    private static final long DEFAULT_MAX_BODY = 10L * 1024 * 1024;

    @Inject
    Config config;

    @Inject
    ObjectMapper json;

    private long maxBody;

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance refused(int status, String title, String detail);
    }

    void register(@Observes Router router) {
        maxBody = config.getOptionalValue("quarkus.http.limits.max-body-size", MemorySize.class)
                .map(MemorySize::asLongValue).orElse(DEFAULT_MAX_BODY);
        router.route().order(ORDER).handler(this::check);
    }

    private void check(RoutingContext context) {
        HttpServerRequest request = context.request();
        if (request.uri().length() > MAX_URI_LENGTH) {
            String lang = UiLanguage.pick(request);
            refuse(context, 414, ErrorText.in(lang).detail_414(MAX_URI_LENGTH), lang, false);
            return;
        }
        long declared = contentLength(request.getHeader(HttpHeaders.CONTENT_LENGTH));
        if (declared > maxBody) {
            String lang = UiLanguage.pick(request);
            refuse(context, 413, ErrorText.in(lang).detail_413(readable(maxBody)), lang, true);
            return;
        }
        context.next();
    }

    private static long contentLength(String header) {
        if (header == null) {
            return -1;
        }
        try {
            return Long.parseLong(header.trim());
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    /** 10485760 → "10 MB": how the limit is written in a message. */
    static String readable(long bytes) {
        if (bytes >= 1024 * 1024 && bytes % (1024 * 1024) == 0) {
            return bytes / (1024 * 1024) + " MB";
        }
        if (bytes >= 1024 && bytes % 1024 == 0) {
            return bytes / 1024 + " KB";
        }
        return bytes + " B";
    }

    private void refuse(RoutingContext context, int status, String detail, String lang, boolean bodyUnread) {
        String title = ErrorText.title(ErrorText.in(lang), status);
        // The path is not echoed back: for a 414 it is the very thing that is too long.
        String path = status == 414 ? null : context.request().path();
        String body;
        String type;
        if (ErrorMappers.wantsProblemJson(context.request().path(), accepted(context))) {
            try {
                body = json.writeValueAsString(Problem.of(status, title, detail, path));
            } catch (JsonProcessingException e) {
                throw new IllegalStateException(e);
            }
            type = Problem.MEDIA_TYPE;
        } else {
            body = Templates.refused(status, title, detail).setLocale(Locale.forLanguageTag(lang)).render();
            type = MediaType.TEXT_HTML + ";charset=UTF-8";
        }
        var response = context.response().setStatusCode(status).putHeader(HttpHeaders.CONTENT_TYPE, type);
        if (bodyUnread) {
            // the body that is too large is never read, so the connection cannot carry another request
            response.putHeader(HttpHeaders.CONNECTION, "close");
            response.endHandler(ignored -> context.request().connection().close());
        }
        response.end(body);
    }

    private static List<MediaType> accepted(RoutingContext context) {
        List<MediaType> types = new ArrayList<>();
        for (ParsedHeaderValue value : context.parsedHeaders().accept()) {
            try {
                types.add(MediaType.valueOf(value.rawValue()));
            } catch (IllegalArgumentException e) {
                // an unreadable entry asks for nothing
            }
        }
        return types;
    }
}
