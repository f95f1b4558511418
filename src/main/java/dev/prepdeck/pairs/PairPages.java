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
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.resteasy.reactive.RestForm;

import dev.prepdeck.account.CurrentUser;
import dev.prepdeck.interview.InterviewConfig;
import dev.prepdeck.interview.InterviewService;
import dev.prepdeck.interview.InterviewViews;
import dev.prepdeck.live.LiveChannels;
import dev.prepdeck.study.CurrentLearner;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.smallrye.common.annotation.Blocking;

/**
 * The candidate's screen of an interview in pairs: only the question and the timer (never the model answer), the
 * steps the candidate takes, and the interviewer link to hand to a mentor or friend.
 */
@Path("/pair")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class PairPages {

    @Inject
    PairService pairs;

    @Inject
    InterviewService interviews;

    @Inject
    LiveChannels live;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLearner learner;

    @Inject
    InterviewConfig interviewConfig;

    @Inject
    HttpHeaders headers;

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance candidate(InterviewViews.State interview, String link, String lang);

        static native TemplateInstance candidate$live(InterviewViews.State interview, String lang);
    }

    @GET
    @Path("{id}")
    public TemplateInstance candidate(@PathParam("id") String id, @Context UriInfo uri) {
        InterviewService.Owner owner = owner();
        InterviewViews.State state = interviews.view(owner, id);
        String link = pairs.link(owner, id).map(token -> linkTo(uri, token)).orElse(null);
        return Templates.candidate(state, link, lang());
    }

    /** The candidate's screen as server-sent {@code state} events of its live part. */
    @GET
    @Path("{id}/events")
    @Produces(MediaType.SERVER_SENT_EVENTS)
    public void events(@PathParam("id") String id, @Context SseEventSink sink, @Context Sse sse) {
        interviews.view(owner(), id);
        String lang = lang();
        live.subscribe(PairService.channel(id), sink, sse,
                () -> Templates.candidate$live(interviews.state(id), lang).setLocale(Locale.forLanguageTag(lang))
                        .render());
    }

    /** A new interviewer link (the old one stops working), or with {@code withdraw} none at all. */
    @POST
    @Path("{id}/link")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response link(@PathParam("id") String id, @RestForm String withdraw) {
        if ("true".equals(withdraw)) {
            pairs.withdraw(owner(), id);
        } else {
            pairs.createLink(owner(), id);
        }
        return back(id, "share");
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startAnswer(@PathParam("id") String id, @RestForm String position) {
        interviews.startAnswer(owner(), id, position(position));
        return back(id, "question");
    }

    /** The candidate has answered aloud: the interviewer's screen shows which key concepts came up in the notes. */
    @POST
    @Path("{id}/done")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response done(@PathParam("id") String id, @RestForm String position, @RestForm String notes) {
        interviews.reveal(owner(), id, position(position), notes);
        return back(id, "question");
    }

    @POST
    @Path("{id}/rate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@PathParam("id") String id, @RestForm String position, @RestForm String rating) {
        InterviewService.Owner owner = owner();
        interviews.rate(owner, owner.userId() == null ? null : learner.preferences(), id, position(position),
                position(rating));
        return back(id, "question");
    }

    @POST
    @Path("{id}/finish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response finish(@PathParam("id") String id) {
        InterviewService.Owner owner = owner();
        interviews.finish(owner, owner.userId() == null ? null : learner.preferences(), id);
        return Response.seeOther(URI.create("/interview/" + id + "/report")).build();
    }

    static String linkTo(UriInfo uri, String token) {
        return uri.getBaseUriBuilder().path("interviewer").path(token).build().toString();
    }

    private static Response back(String id, String anchor) {
        return Response.seeOther(URI.create("/pair/" + id + "#" + anchor)).build();
    }

    static int position(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number.");
        }
    }

    /** The interview's owner making this request, as the interview pages know them: account or visitor cookie. */
    private InterviewService.Owner owner() {
        if (currentUser.isLoggedIn()) {
            return new InterviewService.Owner(currentUser.id(), null);
        }
        Cookie cookie = headers.getCookies().get(interviewConfig.cookieName());
        String value = cookie == null ? null : cookie.getValue();
        return new InterviewService.Owner(null, value != null && value.matches("[0-9a-f]{64}") ? value : null);
    }

    private String lang() {
        return UiLanguage.pick(headers.getAcceptableLanguages());
    }
}
