package dev.prepdeck.system;

import java.util.Set;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * CSRF rule for everything that is not a form. Forms (url-encoded or multipart) carry the double-submit
 * token that quarkus-rest-csrf verifies, and so does any request with an {@code X-CSRF-TOKEN} header.
 * Every other state-changing request must be JSON: a browser will not send {@code application/json}
 * across sites without a CORS preflight, which PrepDeck never grants, and the session cookie is
 * SameSite=Lax on top. A cross-site {@code text/plain} or body-less POST is refused here.
 */
public class ApiCsrfGuard {

    static final String TOKEN_HEADER = "X-CSRF-TOKEN";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Response requireFormTokenOrJson(ContainerRequestContext request) {
        if (SAFE.contains(request.getMethod()) || request.getHeaderString(TOKEN_HEADER) != null) {
            return null;
        }
        MediaType type = request.getMediaType();
        if (type != null && (isForm(type) || isJson(type))) {
            return null;
        }
        String path = request.getUriInfo().getPath();
        return Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(403, "Forbidden",
                        "State-changing requests must send JSON (Content-Type: application/json) or a form with its"
                                + " CSRF token.", path))
                .build();
    }

    private static boolean isForm(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
    }

    private static boolean isJson(MediaType type) {
        return "application".equals(type.getType())
                && ("json".equals(type.getSubtype()) || type.getSubtype().endsWith("+json"));
    }
}
