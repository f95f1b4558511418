package dev.prepdeck.system;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Set;

import jakarta.inject.Inject;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.server.ServerRequestFilter;
import org.jboss.resteasy.reactive.server.core.ResteasyReactiveRequestContext;
import org.jboss.resteasy.reactive.server.spi.ResteasyReactiveContainerRequestContext;

import io.vertx.ext.web.RoutingContext;

/**
 * Binds a form's CSRF token to the session cookie it is used with. The double-submit token alone only proves that
 * the form's token equals the CSRF cookie, so a token/cookie pair an attacker got for themselves (and planted in a
 * victim's browser) would pass. Every form of a logged-in user therefore also carries {@value #FIELD}, an HMAC of
 * the token and the session ticket under the shared session key: it cannot be made for another user's session.
 */
public class CsrfBinding {

    /** Hidden form field with the binding; see {@code templates/tags/csrfField.html}. */
    public static final String FIELD = "csrf-bind";
    private static final String TOKEN_FIELD = "csrf-token";
    private static final Set<String> SAFE = Set.of("GET", "HEAD", "OPTIONS");

    @Inject
    SessionCookieMechanism sessions;

    /** The binding of {@code token} to the session of this request; empty when the request has no session. */
    public static String forRequest(SessionCookieMechanism sessions, RoutingContext context, String token) {
        String ticket = SessionCookieMechanism.ticketOf(context);
        return ticket == null || token == null || token.isEmpty() ? ""
                : sessions.sign("csrf\u0000" + token + "\u0000" + ticket);
    }

    @ServerRequestFilter(readBody = true)
    public Response requireBinding(ResteasyReactiveContainerRequestContext request, RoutingContext context) {
        MediaType type = request.getMediaType();
        if (SAFE.contains(request.getMethod()) || type == null || !isForm(type)
                || SessionCookieMechanism.ticketOf(context) == null) {
            return null;
        }
        ResteasyReactiveRequestContext form = (ResteasyReactiveRequestContext) request.getServerRequestContext();
        String token = text(form.getFormParameter(TOKEN_FIELD, true, false));
        String binding = text(form.getFormParameter(FIELD, true, false));
        String expected = forRequest(sessions, context, token);
        if (binding != null && !expected.isEmpty() && MessageDigest.isEqual(
                expected.getBytes(StandardCharsets.US_ASCII), binding.getBytes(StandardCharsets.US_ASCII))) {
            return null;
        }
        // no body: ErrorBodyFilter answers with the error page or problem JSON
        return Response.status(403).build();
    }

    private static String text(Object value) {
        return value instanceof String s ? s : null;
    }

    private static boolean isForm(MediaType type) {
        return type.isCompatible(MediaType.APPLICATION_FORM_URLENCODED_TYPE)
                || type.isCompatible(MediaType.MULTIPART_FORM_DATA_TYPE);
    }
}
