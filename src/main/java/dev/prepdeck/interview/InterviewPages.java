package dev.prepdeck.interview;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Cookie;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.NewCookie;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;

import dev.prepdeck.account.CurrentUser;
import dev.prepdeck.content.Topic;
import dev.prepdeck.study.CurrentLearner;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.smallrye.common.annotation.Blocking;

/**
 * The mock interview pages: the setup form, one page for the question being asked (its phase decides what it
 * shows), and the report. Plain forms, so every step also works without scripts; the script adds the timers, the
 * recorder, saving notes as they are typed, and the keys.
 */
@Path("/interview")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class InterviewPages {

    @Inject
    InterviewService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLearner learner;

    @Inject
    HttpHeaders headers;

    @Inject
    InterviewConfig config;

    /** What the setup form was sent with, shown back after a mistake. */
    public record SetupForm(List<String> topics, String mainCount, String prepSeconds, String answerSeconds) {

        static final SetupForm DEFAULT = new SetupForm(List.of(), String.valueOf(InterviewService.DEFAULT_MAIN_COUNT),
                "", "120");
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance setup(List<Topic> topics, SetupForm form, String lang, boolean signedIn,
                String error);

        static native TemplateInstance question(InterviewViews.State interview, InterviewViews.Answer question,
                InterviewViews.Answer parent, String lang, String error);

        static native TemplateInstance report(InterviewViews.Report report, String lang);
    }

    @GET
    public TemplateInstance setup() {
        return setupPage(SetupForm.DEFAULT, null);
    }

    private TemplateInstance setupPage(SetupForm form, String error) {
        return Templates.setup(Topic.listActive(), form, lang(), currentUser.isLoggedIn(), error);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm("topic") List<String> topics, @RestForm String mainCount,
            @RestForm String prepSeconds, @RestForm String answerSeconds) {
        SetupForm form = new SetupForm(topics == null ? List.of() : topics, mainCount, prepSeconds, answerSeconds);
        InterviewMessages msg = messages();
        Integer mains = number(mainCount, 1, InterviewService.MAX_MAIN_COUNT);
        Integer prep = number(prepSeconds, 0, InterviewService.MAX_PREP_SECONDS);
        Integer answer = number(answerSeconds, 0, InterviewService.MAX_ANSWER_SECONDS);
        String error = mains != null && mains < 0 ? msg.error_count() : prep != null && prep < 0 ? msg.error_prep()
                : answer != null && answer < 0 ? msg.error_answer() : null;
        if (error != null) {
            return Response.status(400).entity(setupPage(form, error)).build();
        }
        String secret = visitorSecret();
        NewCookie cookie = null;
        if (!currentUser.isLoggedIn() && secret == null) {
            secret = service.newVisitorSecret();
            cookie = visitorCookie(secret);
        }
        InterviewService.Owner owner = new InterviewService.Owner(userId(), secret);
        try {
            String id = service.start(owner, new InterviewService.StartCommand(form.topics(), mains, prep, answer,
                    lang()));
            Response.ResponseBuilder redirect = Response.seeOther(URI.create("/interview/" + id));
            return (cookie == null ? redirect : redirect.cookie(cookie)).build();
        } catch (InterviewService.NoQuestionsException e) {
            return Response.status(400).entity(setupPage(form, msg.error_no_cards())).build();
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(setupPage(form, e.getMessage())).build();
        }
    }

    /** The question being asked, in its phase; once the interview is over, its report. */
    @GET
    @Path("{id}")
    public Response interview(@PathParam("id") String id) {
        InterviewViews.State state = service.view(owner(), id);
        if (state.finished()) {
            return Response.seeOther(URI.create("/interview/" + id + "/report")).build();
        }
        return Response.ok(questionPage(state, null)).build();
    }

    private TemplateInstance questionPage(InterviewViews.State state, String error) {
        InterviewViews.Answer current = state.current();
        return Templates.question(state, current, state.parentOf(current), lang(), error);
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response startAnswer(@PathParam("id") String id, @RestForm String position) {
        service.startAnswer(owner(), id, position(position));
        return backTo(id);
    }

    /** Saves the notes typed so far (the page's script calls it as the candidate types). */
    @POST
    @Path("{id}/notes")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveNotes(@PathParam("id") String id, @RestForm String position, @RestForm String notes) {
        service.saveNotes(owner(), id, position(position), notes);
        return Response.noContent().build();
    }

    @POST
    @Path("{id}/reveal")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response reveal(@PathParam("id") String id, @RestForm String position, @RestForm String notes) {
        if (notes != null && notes.length() > InterviewService.MAX_NOTES) {
            return Response.status(400).entity(questionPage(service.view(owner(), id), messages().error_notes()))
                    .build();
        }
        service.reveal(owner(), id, position(position), notes);
        return backTo(id);
    }

    @POST
    @Path("{id}/rate")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response rate(@PathParam("id") String id, @RestForm String position, @RestForm String rating) {
        int value = position(rating);
        InterviewService.Owner owner = owner();
        service.rate(owner, owner.signedIn() ? learner.preferences() : null, id, position(position), value);
        return backTo(id);
    }

    @POST
    @Path("{id}/finish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response finish(@PathParam("id") String id) {
        InterviewService.Owner owner = owner();
        service.finish(owner, owner.signedIn() ? learner.preferences() : null, id);
        return Response.seeOther(URI.create("/interview/" + id + "/report")).build();
    }

    @GET
    @Path("{id}/report")
    public Response report(@PathParam("id") String id) {
        InterviewService.Owner owner = owner();
        if (!service.view(owner, id).finished()) {
            return backTo(id);
        }
        return Response.ok(Templates.report(service.report(owner, id), lang())).build();
    }

    private static Response backTo(String id) {
        return Response.seeOther(URI.create("/interview/" + id)).build();
    }

    /** A whole number in {@code min..max}; null when empty, -1 when it is not such a number. */
    private static Integer number(String value, int min, int max) {
        if (value == null || value.isBlank()) {
            return null;
        }
        try {
            int n = Integer.parseInt(value.strip());
            return n < min || n > max ? -1 : n;
        } catch (NumberFormatException e) {
            return -1;
        }
    }

    private static int position(String value) {
        try {
            return Integer.parseInt(value == null ? "" : value.strip());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("'" + value + "' is not a whole number.");
        }
    }

    private InterviewService.Owner owner() {
        return new InterviewService.Owner(userId(), currentUser.isLoggedIn() ? null : visitorSecret());
    }

    private String visitorSecret() {
        Cookie cookie = headers.getCookies().get(config.cookieName());
        String value = cookie == null ? null : cookie.getValue();
        return value != null && value.matches("[0-9a-f]{64}") ? value : null;
    }

    private NewCookie visitorCookie(String secret) {
        boolean secure = config.secureCookie() || config.cookieName().startsWith("__Host-");
        return new NewCookie.Builder(config.cookieName()).value(secret).path("/").httpOnly(true).secure(secure)
                .maxAge((int) InterviewService.VISITOR_INTERVIEW_KEPT.toSeconds())
                .sameSite(NewCookie.SameSite.LAX).build();
    }

    private Long userId() {
        return currentUser.isLoggedIn() ? currentUser.id() : null;
    }

    private String lang() {
        return UiLanguage.pick(headers.getAcceptableLanguages());
    }

    private InterviewMessages messages() {
        return "en".equals(lang()) ? MessageBundles.get(InterviewMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(InterviewMessages.class);
    }
}
