package dev.prepdeck.pairs;

import java.net.URI;
import java.util.Locale;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.resteasy.reactive.RestForm;

import dev.prepdeck.live.LiveChannels;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The interviewer's screen, opened with the candidate's link: the question, its model answer, the key concepts to
 * listen for (marked covered or missed once the candidate is done) and the follow-ups to come, with a rating and
 * notes that go into the candidate's report. The link is the only key: a wrong or withdrawn one is 404.
 */
@Path("/interviewer")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class InterviewerPages {

    @Inject
    PairService pairs;

    @Inject
    LiveChannels live;

    @Inject
    HttpHeaders headers;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance interviewer(PairService.InterviewerView view, boolean withdrawn, String token,
                String lang);

        static native TemplateInstance interviewer$live(PairService.InterviewerView view, boolean withdrawn,
                String lang);
    }

    @GET
    @Path("{token}")
    public Response interviewer(@PathParam("token") String token) {
        String id = pairs.interviewOf(token);
        // the link is a secret: not kept in history caches, not sent on as a referrer
        return Response.ok(Templates.interviewer(pairs.interviewerView(id), false, token, lang()))
                .header("Cache-Control", "no-store").header("Referrer-Policy", "no-referrer").build();
    }

    /** The interviewer's screen as server-sent {@code state} events of its live part. */
    @GET
    @Path("{token}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("token") String token, @Context SseEventSink sink, @Context Sse sse) {
        String id = pairs.interviewOf(token);
        String lang = lang();
        live.subscribe(PairService.channel(id), sink, sse, () -> {
            boolean withdrawn = !pairs.opens(token, id);
            return Templates.interviewer$live(withdrawn ? null : pairs.interviewerView(id), withdrawn, lang)
                    .setLocale(Locale.forLanguageTag(lang)).render();
        });
    }

    /** The interviewer's rating (1 … 4, or empty for none) and notes on one question. */
    @POST
    @Path("{token}/rating")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@PathParam("token") String token, @RestForm String position, @RestForm String rating,
            @RestForm String notes) {
        Integer value = rating == null || rating.isBlank() ? null : PairPages.position(rating);
        pairs.rate(token, PairPages.position(position), value, notes);
        return Response.seeOther(URI.create("/interviewer/" + token + "#rating")).build();
    }

    private String lang() {
        return UiLanguage.pick(headers.getAcceptableLanguages());
    }
}
