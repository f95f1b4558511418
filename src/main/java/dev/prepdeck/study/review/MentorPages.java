package dev.prepdeck.study.review;

import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.List;

import jakarta.annotation.security.RolesAllowed;
import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import dev.prepdeck.account.CurrentUser;
import dev.prepdeck.study.flags.FlagService;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateExtension;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * For mentors: cards learners flagged, with their reasons, and leeches, with how many learners each and how often
 * learners fail the card, so they can be fixed; a fixed card's flags are resolved here.
 */
@Path("/mentor/flags")
@Produces(MediaType.TEXT_HTML)
@RolesAllowed({"mentor", "admin"})
@Blocking
public class MentorPages {

    private static final DateTimeFormatter WHEN = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm")
            .withZone(ZoneOffset.UTC);

    @Inject
    FlagService flags;

    @Inject
    CurrentUser currentUser;

    @Inject
    Clock clock;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance flags(List<FlagService.Attention> rows, String lang, String resolved);
    }

    /** A time to the minute (UTC), as the list shows when a card was flagged. */
    @TemplateExtension
    static String utcMinute(Instant when) {
        return when == null ? "" : WHEN.format(when) + " UTC";
    }

    @GET
    public TemplateInstance flags(@Context HttpHeaders headers, @QueryParam("resolved") String resolved) {
        String lang = UiLanguage.pick(headers.getAcceptableLanguages());
        return Templates.flags(QuarkusTransaction.requiringNew().call(() -> flags.attention(lang)), lang,
                resolved == null ? "" : resolved);
    }

    @POST
    @Path("{cardId}/resolve")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response resolve(@PathParam("cardId") String cardId) {
        flags.resolve(cardId, currentUser.id(), clock.instant());
        return Response.seeOther(URI.create("/mentor/flags?resolved=" + java.net.URLEncoder.encode(cardId,
                java.nio.charset.StandardCharsets.UTF_8))).build();
    }
}
