package dev.prepdeck.system;

import java.net.URI;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;
import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.NotAcceptableException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.NotSupportedException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Request;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import com.fasterxml.jackson.databind.exc.MismatchedInputException;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.security.AuthenticationFailedException;
import io.quarkus.security.ForbiddenException;
import io.quarkus.security.UnauthorizedException;

/**
 * The one place errors become responses: RFC 9457 problem JSON under /api, an error page elsewhere,
 * never a stack trace.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);
    /** Seconds a client waits before retrying a request the database could not serve. */
    static final int RETRY_AFTER_SECONDS = 5;

    @Inject
    EmbeddedDatabaseRecovery databaseRecovery;

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        if (e.getCause() instanceof JsonProcessingException json) {
            return mapJson(json, uri, headers);
        }
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        ErrorMessages text = text(headers);
        // What the framework says of a method, media type or format it cannot serve names annotations and headers.
        boolean framework = e instanceof NotAllowedException || e instanceof NotSupportedException
                || e instanceof NotAcceptableException;
        String detail = status >= 500 || framework ? ErrorText.plain(text, status) : humane(text, status, e.getMessage());
        Response.ResponseBuilder builder = respond(status, detail, null, uri, headers);
        // Keep headers such as Retry-After, Allow or WWW-Authenticate that the original carried.
        original.getHeaders().forEach((name, values) -> {
            if (!name.equalsIgnoreCase(HttpHeaders.CONTENT_TYPE) && !name.equalsIgnoreCase(HttpHeaders.CONTENT_LENGTH)) {
                values.forEach(v -> builder.header(name, v));
            }
        });
        return builder.build();
    }

    @ServerExceptionMapper
    public Response mapValidation(ConstraintViolationException e, UriInfo uri, HttpHeaders headers) {
        List<Map<String, String>> errors = e.getConstraintViolations().stream()
                .map(v -> Map.of("field", lastNode(v.getPropertyPath().toString()), "message", v.getMessage()))
                .toList();
        return respond(400, text(headers).detail_invalid_fields(), errors, uri, headers).build();
    }

    /** A CSV that cannot be read: every problem with the line it starts on, so the author can fix them at once. */
    @ServerExceptionMapper
    public Response mapCsvFormat(dev.prepdeck.content.csv.CsvFormatException e, UriInfo uri, HttpHeaders headers) {
        List<Map<String, String>> errors = e.problems().stream()
                .map(p -> Map.of("line", String.valueOf(p.line()), "message", p.message())).toList();
        return respond(400, "Nothing was imported: " + e.getMessage(), errors, uri, headers).build();
    }

    @ServerExceptionMapper
    public Response mapIllegalArgument(IllegalArgumentException e, UriInfo uri, HttpHeaders headers) {
        return respond(400, humane(text(headers), 400, e.getMessage()), null, uri, headers).build();
    }

    /**
     * A body that is not the JSON the endpoint reads: say which field has the wrong kind of value, never the
     * parser's own message (it names Java classes).
     */
    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mapMismatchedInput(MismatchedInputException e, UriInfo uri, HttpHeaders headers) {
        return mapJson(e, uri, headers);
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER - 100)
    public Response mapJson(JsonProcessingException e, UriInfo uri, HttpHeaders headers) {
        ErrorMessages text = text(headers);
        String detail = text.detail_json_invalid();
        List<Map<String, String>> errors = null;
        if (e instanceof MismatchedInputException mismatch) {
            String field = mismatch.getPath().stream()
                    .map(ref -> ref.getFieldName() != null ? ref.getFieldName() : "[" + ref.getIndex() + "]")
                    .reduce((a, b) -> b.startsWith("[") ? a + b : a + "." + b).orElse(null);
            String wanted = kindOf(text, mismatch.getTargetType());
            detail = field == null ? text.detail_json_body(wanted) : text.detail_json_field(field, wanted);
            if (field != null) {
                errors = List.of(Map.of("field", field, "message", text.field_must_be(wanted)));
            }
        }
        return respond(400, detail, errors, uri, headers).build();
    }

    private static String kindOf(ErrorMessages text, Class<?> type) {
        if (type == null) {
            return text.kind_other();
        }
        if (type == int.class || type == Integer.class || type == long.class || type == Long.class
                || type == short.class || type == Short.class) {
            return text.kind_whole_number();
        }
        if (Number.class.isAssignableFrom(type) || type == double.class || type == float.class) {
            return text.kind_number();
        }
        if (type == boolean.class || type == Boolean.class) {
            return text.kind_boolean();
        }
        if (type == String.class || type.isEnum() || CharSequence.class.isAssignableFrom(type)) {
            return text.kind_text();
        }
        if (type.isArray() || java.util.Collection.class.isAssignableFrom(type)) {
            return text.kind_list();
        }
        return text.kind_object();
    }

    /** Messages worth showing a person pass; Java, SQL and framework wording gives way to a plain one. */
    static String humane(ErrorMessages text, int status, String detail) {
        if (detail == null || detail.isBlank() || TECHNICAL.matcher(detail).find()) {
            return ErrorText.plain(text, status);
        }
        return detail;
    }

    /** The error wording in the language of the request (the {@code lang} cookie, see LocaleFilter, else the header). */
    static ErrorMessages text(HttpHeaders headers) {
        return ErrorText.in(UiLanguage.pick(headers.getAcceptableLanguages()));
    }

    private static final java.util.regex.Pattern TECHNICAL = java.util.regex.Pattern.compile(
            "^HTTP \\d{3}|Exception|\\bjava\\.|\\borg\\.|\\bio\\.|For input string|\\bSQL|SQLSTATE|"
                    + "Unable to find matching|@Consumes|@Produces|could not (execute|prepare)|"
                    + "\\b(insert|update|delete|select)\\b.*\\b(into|set|from)\\b|constraint|\\bnull\\b",
            java.util.regex.Pattern.CASE_INSENSITIVE);

    /**
     * Not logged in: /api answers 401 problem JSON; a page redirects to the login form, which sends the
     * visitor back to the page they asked for.
     */
    @ServerExceptionMapper
    public Response mapUnauthorized(UnauthorizedException e, UriInfo uri, HttpHeaders headers, Request request) {
        return notLoggedIn(uri, headers, request);
    }

    @ServerExceptionMapper
    public Response mapAuthenticationFailed(AuthenticationFailedException e, UriInfo uri, HttpHeaders headers,
            Request request) {
        return notLoggedIn(uri, headers, request);
    }

    /** A live channel that already has as many open screens as it may: try again once one has closed. */
    @ServerExceptionMapper
    public Response mapChannelFull(dev.prepdeck.live.LiveChannels.ChannelFullException e, UriInfo uri,
            HttpHeaders headers) {
        return respond(429, text(headers).detail_429(), null, uri, headers)
                .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
    }

    /** Logged in but without the role the page or endpoint needs. */
    @ServerExceptionMapper
    public Response mapForbidden(ForbiddenException e, UriInfo uri, HttpHeaders headers) {
        return respond(403, text(headers).detail_403(), null, uri, headers).build();
    }

    private static Response notLoggedIn(UriInfo uri, HttpHeaders headers, Request request) {
        if (wantsProblemJson(uri.getPath(), headers)) {
            return respond(401, text(headers).detail_401(), null, uri, headers).build();
        }
        String location = "/login";
        if ("GET".equals(request.getMethod()) || "HEAD".equals(request.getMethod())) {
            String back = uri.getRequestUri().getRawPath()
                    + (uri.getRequestUri().getRawQuery() != null ? "?" + uri.getRequestUri().getRawQuery() : "");
            location += "?next=" + URLEncoder.encode(back, StandardCharsets.UTF_8);
        }
        return Response.seeOther(URI.create(location)).build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response mapUnexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        if (DatabaseFailures.isUnavailable(e)) {
            // Nothing was saved (the transaction rolled back); the same request, with the same idempotency key for
            // a grade, is safe to send again.
            LOG.errorf("The database could not serve %s: %s", uri.getPath(), e);
            databaseRecovery.onFailure(e);
            return respond(503, text(headers).detail_database_unavailable(), null, uri, headers)
                    .header(HttpHeaders.RETRY_AFTER, RETRY_AFTER_SECONDS).build();
        }
        LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        return respond(500, null, null, uri, headers).build();
    }

    static Response.ResponseBuilder respond(int status, String detail, List<Map<String, String>> errors, UriInfo uri,
            HttpHeaders headers) {
        String path = uri.getPath();
        String title = ErrorText.title(text(headers), status);
        if (wantsProblemJson(path, headers)) {
            Problem problem = new Problem("about:blank", title, status, detail, path, errors);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        }
        String shown = detail != null ? detail : "";
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, shown));
    }

    static boolean wantsProblemJson(String path, HttpHeaders headers) {
        return wantsProblemJson(path, headers.getAcceptableMediaTypes());
    }

    static boolean wantsProblemJson(String path, List<MediaType> accept) {
        if (path.startsWith("/api")) {
            return true;
        }
        return !accept.isEmpty() && accept.stream().noneMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE))
                && accept.stream().anyMatch(m -> m.getSubtype().endsWith("json"));
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }
}
