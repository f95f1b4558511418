package dev.prepdeck.system;

import java.net.URI;

import jakarta.ws.rs.GET;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

/** Switches the UI language and remembers the choice in a long-lived cookie. */
@Path("/lang")
public class LanguagePages {

    @GET
    public Response switchLanguage(@QueryParam("to") String to, @QueryParam("back") String back,
            @HeaderParam("Referer") String referer) {
        if (back == null && referer != null) {
            back = pathOf(referer);
        }
        String lang = UiLanguage.isSupported(to) ? to : UiLanguage.DEFAULT;
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
