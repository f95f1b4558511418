package dev.prepdeck.system;

import java.net.URI;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Switches the UI language: remembered in a long-lived cookie, and for a signed-in user also in their settings, so
 * the settings page and their other devices show the same choice.
 */
@Path("/lang")
public class LanguagePages {

    @Inject
    SecurityIdentity identity;

    @Inject
    PreferredLanguage preferred;

    @GET
    public Response switchLanguage(@QueryParam("to") String to, @QueryParam("back") String back,
            @HeaderParam("Referer") String referer, @HeaderParam("Sec-Fetch-Site") String fetchSite) {
        if (back == null && referer != null) {
            back = pathOf(referer);
        }
        String lang = UiLanguage.isSupported(to) ? to : UiLanguage.DEFAULT;
        // a link on another site may switch this browser's cookie, never the account's stored preference
        if (!ApiCsrfGuard.isCrossSite(fetchSite, null, null, null, -1)) {
            preferred.remember(identity, lang);
        }
        NewCookie cookie = new NewCookie.Builder(LocaleFilter.COOKIE)
                .value(lang).path("/").maxAge(60 * 60 * 24 * 365).sameSite(NewCookie.SameSite.LAX).build();
        return Response.seeOther(URI.create(safeLocalPath(back))).cookie(cookie).build();
    }

    private static String pathOf(String url) {
        try {
            URI uri = URI.create(url);
            return uri.getRawPath() + (uri.getRawQuery() != null ? "?" + uri.getRawQuery() : "");
        } catch (IllegalArgumentException e) {
            return "/";
        }
    }

    /** Only same-site paths are followed, so the switch cannot be used as an open redirect. */
    public static String safeLocalPath(String back) {
        if (back == null || !back.startsWith("/") || back.startsWith("//") || back.contains("\\")) {
            return "/";
        }
        return back;
    }
}
