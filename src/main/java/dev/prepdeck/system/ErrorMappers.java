package dev.prepdeck.system;

import java.util.List;
import java.util.Map;

import jakarta.validation.ConstraintViolationException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;

import org.jboss.logging.Logger;
import org.jboss.resteasy.reactive.server.ServerExceptionMapper;

import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;

/**
 * The one place errors become responses: RFC 9457 problem JSON under /api, an error page elsewhere,
 * never a stack trace.
 */
public class ErrorMappers {

    private static final Logger LOG = Logger.getLogger(ErrorMappers.class);

    @CheckedTemplate
    public static class Templates {
        public static native TemplateInstance error(int status, String title, String detail);
    }

    @ServerExceptionMapper
    public Response mapWebApplication(WebApplicationException e, UriInfo uri, HttpHeaders headers) {
        Response original = e.getResponse();
        int status = original.getStatus();
        if (status < 400) {
            return original;
        }
        String detail = status >= 500 ? null : e.getMessage();
        Response.ResponseBuilder builder = respond(status, reason(status), detail, null, uri, headers);
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
        return respond(400, "Bad Request", "The request has invalid fields.", errors, uri, headers).build();
    }

    @ServerExceptionMapper
    public Response mapIllegalArgument(IllegalArgumentException e, UriInfo uri, HttpHeaders headers) {
        return respond(400, "Bad Request", e.getMessage(), null, uri, headers).build();
    }

    @ServerExceptionMapper(priority = jakarta.ws.rs.Priorities.USER + 1000)
    public Response mapUnexpected(Exception e, UriInfo uri, HttpHeaders headers) {
        LOG.errorf(e, "Unexpected error on %s", uri.getPath());
        return respond(500, "Internal Server Error", null, null, uri, headers).build();
    }

    static Response.ResponseBuilder respond(int status, String title, String detail,
            List<Map<String, String>> errors, UriInfo uri, HttpHeaders headers) {
        String path = uri.getPath();
        if (wantsProblemJson(path, headers)) {
            Problem problem = new Problem("about:blank", title, status, detail, path, errors);
            return Response.status(status).type(Problem.MEDIA_TYPE).entity(problem);
        }
        String shown = detail != null ? detail : "";
        return Response.status(status).type(MediaType.TEXT_HTML_TYPE.withCharset("UTF-8"))
                .entity(Templates.error(status, title, shown));
    }

    private static boolean wantsProblemJson(String path, HttpHeaders headers) {
        if (path.startsWith("/api")) {
            return true;
        }
        List<MediaType> accept = headers.getAcceptableMediaTypes();
        return !accept.isEmpty() && accept.stream().noneMatch(m -> m.isCompatible(MediaType.TEXT_HTML_TYPE))
                && accept.stream().anyMatch(m -> m.getSubtype().endsWith("json"));
    }

    private static String lastNode(String propertyPath) {
        int dot = propertyPath.lastIndexOf('.');
        return dot < 0 ? propertyPath : propertyPath.substring(dot + 1);
    }

    static String reason(int status) {
        Response.Status known = Response.Status.fromStatusCode(status);
        return known != null ? known.getReasonPhrase() : "Error";
    }
}
