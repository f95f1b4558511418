package dev.prepdeck.system;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

/**
 * Applies the UI language the visitor chose (cookie {@code lang}) by rewriting Accept-Language,
 * which Qute's REST integration uses to pick the message bundle locale.
 */
public class LocaleFilter {

    public static final String COOKIE = "lang";

    @ServerRequestFilter(preMatching = true)
    public void applyChosenLanguage(ContainerRequestContext request) {
        Cookie cookie = request.getCookies().get(COOKIE);
        if (cookie != null && UiLanguage.isSupported(cookie.getValue())) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, cookie.getValue());
        }
    }
}
