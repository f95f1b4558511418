package dev.prepdeck.system;

import jakarta.inject.Inject;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import org.jboss.resteasy.reactive.server.ServerRequestFilter;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Applies the chosen UI language by rewriting Accept-Language, which Qute's REST integration uses to pick the
 * message bundle locale: a signed-in user's stored preference, else the {@code lang} cookie.
 */
public class LocaleFilter {

    public static final String COOKIE = "lang";

    @Inject
    SecurityIdentity identity;

    @Inject
    PreferredLanguage preferred;

    @ServerRequestFilter(preMatching = true)
    public void applyChosenLanguage(ContainerRequestContext request) {
        String stored = preferred.storedFor(identity);
        Cookie cookie = request.getCookies().get(COOKIE);
        String lang = stored != null ? stored
                : cookie != null && UiLanguage.isSupported(cookie.getValue()) ? cookie.getValue() : null;
        if (lang != null) {
            request.getHeaders().putSingle(HttpHeaders.ACCEPT_LANGUAGE, lang);
        }
    }
}
