package dev.prepdeck.system;

import java.net.URI;
import java.util.Locale;
import java.util.Set;
import java.util.function.Function;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.vertx.core.http.HttpServerRequest;

/**
 * CSRF rule for everything that is not a form. Forms (url-encoded or multipart) carry the double-submit
 * token that quarkus-rest-csrf verifies, and so does any request with an {@code X-CSRF-TOKEN} header.
 * Every other state-changing request must be JSON: a browser will not send {@code application/json}
 * across sites without a CORS preflight, which PrepDeck never grants, and the session cookie is
 * SameSite=Lax on top. A cross-site {@code text/plain} or body-less POST is refused here.
 *
 * <p>Before any of that, a state-changing request that a browser marks as coming from another site
 * ({@code Sec-Fetch-Site} other than same-origin/none, or an {@code Origin} that is not this server's) is refused,
 * whatever token it carries. Clients that send neither header (curl, scripts) still need the token or JSON.
 */
public class ApiCsrfGuard {

    static final String TOKEN_HEADER = "X-CSRF-TOKEN";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @ServerRequestFilter(preMatching = true)
    public Response requireFormTokenOrJson(ContainerRequestContext request, HttpServerRequest http) {
        if (SAFE.contains(request.getMethod())) {
            return null;
        }
        if (isCrossSite(request.getHeaderString("Sec-Fetch-Site"), request.getHeaderString("Origin"),
                http.scheme(), http.authority() == null ? null : http.authority().host(),
                http.authority() == null ? -1 : http.authority().port())) {
            return refuse(request, text -> text.detail_cross_site());
        }
        if (request.getHeaderString(TOKEN_HEADER) != null) {
            return null;
        }
        MediaType type = request.getMediaType();
        if (type != null && (isForm(type) || isJson(type))) {
            return null;
        }
        return refuse(request, text -> text.detail_json_or_form());
    }

    private static Response refuse(ContainerRequestContext request, Function<ErrorMessages, String> detail) {
        ErrorMessages text = ErrorText.in(UiLanguage.pick(request.getAcceptableLanguages()));
        return Response.status(403).type(Problem.MEDIA_TYPE)
                .entity(Problem.of(403, ErrorText.title(text, 403), detail.apply(text), request.getUriInfo().getPath()))
                .build();
    }

    /**
     * True if the browser says the request comes from another site. {@code Sec-Fetch-Site} wins when present
     * ("same-site" is refused too: a sibling subdomain may be someone else's); else the {@code Origin} must be this
     * server's own scheme, host and port.
     */
    static boolean isCrossSite(String fetchSite, String origin, String scheme, String host, int port) {
        if (fetchSite != null) {
            String site = fetchSite.trim().toLowerCase(Locale.ROOT);
            return !site.equals("same-origin") && !site.equals("none");
        }
        if (origin == null) {
            return false;
        }
        try {
            URI from = URI.create(origin.trim());
            if (from.getScheme() == null || from.getHost() == null || scheme == null || host == null) {
                return true;
            }
            return !from.getScheme().equalsIgnoreCase(scheme) || !from.getHost().equalsIgnoreCase(host)
                    || portOf(from.getScheme(), from.getPort()) != portOf(scheme, port);
        } catch (IllegalArgumentException e) {
            return true;
        }
    }

    private static int portOf(String scheme, int port) {
        if (port > 0) {
            return port;
        }
        return "https".equalsIgnoreCase(scheme) ? 443 : 80;
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
