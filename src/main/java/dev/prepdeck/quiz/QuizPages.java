package dev.prepdeck.quiz;

import java.net.URI;
import java.util.ArrayList;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.Consumes;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.jboss.resteasy.reactive.RestForm;
import org.jboss.resteasy.reactive.RestQuery;

import dev.prepdeck.account.CurrentUser;
import dev.prepdeck.content.Topic;
import dev.prepdeck.study.CurrentLearner;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.qute.CheckedTemplate;
import io.quarkus.qute.TemplateInstance;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/**
 * The quiz pages: choose a quiz, answer one question per page (plain forms, so it works without scripts), see the
 * score with every mistake explained, the history and a retry of the missed questions.
 */
@Path("/quiz")
@Produces(MediaType.TEXT_HTML)
@Blocking
public class QuizPages {

    @Inject
    QuizService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLearner learner;

    @Inject
    HttpHeaders headers;

    /** What the start form was sent with, shown back after a mistake. */
    public record StartForm(List<String> topics, String length, List<String> kinds) {

        static final StartForm DEFAULT = new StartForm(List.of(), String.valueOf(QuizService.DEFAULT_LENGTH),
                QuestionSheet.KINDS);
    }

    @CheckedTemplate
    static class Templates {
        static native TemplateInstance start(List<Topic> topics, StartForm form, String lang, boolean signedIn,
                boolean feedReviews, boolean saved, String error);

        static native TemplateInstance question(QuizViews.QuizView quiz, QuizViews.Question question,
                String clozeHtml, String lang, String error, Integer focusPlace, String focusDir);

        static native TemplateInstance result(QuizViews.Result result, String lang);

        static native TemplateInstance history(QuizViews.History history, String lang);
    }

    @GET
    public TemplateInstance start(@RestQuery boolean saved) {
        return startPage(StartForm.DEFAULT, saved, null);
    }

    private TemplateInstance startPage(StartForm form, boolean saved, String error) {
        boolean signedIn = currentUser.isLoggedIn();
        boolean feeds = !signedIn || service.settings(currentUser.id()).feedReviews();
        return Templates.start(Topic.listActive(), form, lang(), signedIn, feeds, saved, error);
    }

    @POST
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response create(@RestForm("topic") List<String> topics, @RestForm String length,
            @RestForm("kind") List<String> kinds) {
        StartForm form = new StartForm(topics, length, kinds);
        try {
            Integer count = length == null || length.isBlank() ? null : Integer.valueOf(length.trim());
            if (count != null && (count < 1 || count > QuizService.MAX_LENGTH)) {
                throw new NumberFormatException("out of range");
            }
            String id = service.start(userId(), new QuizService.StartCommand(topics, count, kinds, lang()));
            return Response.seeOther(URI.create("/quiz/" + id)).build();
        } catch (NumberFormatException e) {
            return Response.status(400).entity(startPage(form, false, messages().error_length())).build();
        } catch (QuizService.NoQuestionsException e) {
            return Response.status(400).entity(startPage(form, false, messages().error_no_cards())).build();
        } catch (IllegalArgumentException e) {
            return Response.status(400).entity(startPage(form, false, e.getMessage())).build();
        }
    }

    @POST
    @Path("settings")
    @Authenticated
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response saveSettings(@RestForm String feedReviews) {
        service.saveSettings(currentUser.id(), feedReviews != null);
        return Response.seeOther(URI.create("/quiz?saved=true")).build();
    }

    @GET
    @Path("history")
    @Authenticated
    public TemplateInstance history() {
        return Templates.history(service.history(currentUser.id(), lang(), learner.preferences().zone()), lang());
    }

    /** The question {@code q} (by default the first unanswered one); once all are answered, the finish button. */
    @GET
    @Path("{id}")
    public Response quiz(@PathParam("id") String id, @RestQuery Integer q, @RestQuery String focus) {
        QuizViews.QuizView quiz = service.view(userId(), id);
        if (quiz.finished() && q == null) {
            return Response.seeOther(URI.create("/quiz/" + id + "/result")).build();
        }
        return Response.ok(questionPage(quiz, q == null ? quiz.next() : q, List.of(), null, focus)).build();
    }

    private TemplateInstance questionPage(QuizViews.QuizView quiz, Integer position, List<String> typed, String error,
            String focus) {
        QuizViews.Question question = position == null ? null : quiz.question(position);
        if (position != null && question == null) {
            throw new NotFoundException("This quiz has no question " + position + ".");
        }
        String cloze = "";
        if (question != null && QuestionSheet.CLOZE.equals(question.kind()) && !question.answered()) {
            QuizMessages msg = messages();
            cloze = ClozeGaps.withInputs(question.prompt(), msg::gap_label, typed);
        }
        // focus "<place>-<up|down>" puts the focus back on the move button just used, as a script would keep it
        Integer place = null;
        String dir = "";
        if (focus != null && focus.matches("\\d{1,3}-(up|down)")) {
            place = Integer.valueOf(focus.substring(0, focus.indexOf('-')));
            dir = focus.substring(focus.indexOf('-') + 1);
        }
        return Templates.question(quiz, question, cloze, lang(), error, place, dir);
    }

    @POST
    @Path("{id}/answer")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response answer(@PathParam("id") String id, @RestForm String position, @RestForm("gap") List<String> gaps,
            @RestForm("option") List<String> options, @RestForm("step") List<String> steps, @RestForm String move) {
        int at = QuizResource.position(position == null ? "" : position);
        List<Integer> order = numbers(steps);
        if (move != null && !move.isBlank()) {
            return moveStep(id, at, order, move);
        }
        QuizViews.QuizView quiz = service.view(userId(), id);
        QuizViews.Question question = quiz.question(at);
        if (question == null) {
            throw new NotFoundException("This quiz has no question " + at + ".");
        }
        QuizAnswer answer = switch (question.kind()) {
            case QuestionSheet.CLOZE -> new QuizAnswer(gaps, null, null);
            case QuestionSheet.CHOICE -> new QuizAnswer(null, numbers(options), null);
            default -> new QuizAnswer(null, null, order);
        };
        try {
            service.answer(userId(), id, at, answer);
        } catch (IllegalArgumentException e) {
            String shown = QuestionSheet.CHOICE.equals(question.kind()) ? messages().error_pick() : e.getMessage();
            return Response.status(400).entity(questionPage(quiz, at, gaps, shown, null)).build();
        }
        return Response.seeOther(URI.create("/quiz/" + id + "?q=" + at)).build();
    }

    /** A move button without scripts: {@code <place>:up} or {@code <place>:down}; the new order is kept. */
    private Response moveStep(String id, int at, List<Integer> order, String move) {
        String[] parts = move.split(":");
        int place;
        try {
            place = Integer.parseInt(parts[0]);
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("move must be <place>:up or <place>:down, was '" + move + "'.");
        }
        int delta = parts.length > 1 && "up".equals(parts[1]) ? -1 : 1;
        int other = place + delta;
        List<Integer> moved = new ArrayList<>(order);
        if (place >= 0 && place < moved.size() && other >= 0 && other < moved.size()) {
            java.util.Collections.swap(moved, place, other);
        }
        service.reorder(userId(), id, at, moved);
        String focus = (other >= 0 && other < moved.size() ? other : place) + "-" + (delta < 0 ? "up" : "down");
        return Response.seeOther(URI.create("/quiz/" + id + "?q=" + at + "&focus=" + focus + "#steps")).build();
    }

    @POST
    @Path("{id}/override")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response override(@PathParam("id") String id, @RestForm String position, @RestForm String from) {
        int at = QuizResource.position(position == null ? "" : position);
        service.override(userId(), id, at);
        String back = "result".equals(from) ? "/quiz/" + id + "/result#mistakes" : "/quiz/" + id + "?q=" + at;
        return Response.seeOther(URI.create(back)).build();
    }

    @POST
    @Path("{id}/finish")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response finish(@PathParam("id") String id) {
        Long user = userId();
        service.finish(user, user == null ? null : learner.preferences(), id);
        return Response.seeOther(URI.create("/quiz/" + id + "/result")).build();
    }

    @GET
    @Path("{id}/result")
    public Response result(@PathParam("id") String id) {
        QuizViews.QuizView quiz = service.view(userId(), id);
        if (!quiz.finished()) {
            return Response.seeOther(URI.create("/quiz/" + id)).build();
        }
        return Response.ok(Templates.result(service.result(userId(), id), lang())).build();
    }

    @POST
    @Path("{id}/retry")
    @Consumes(MediaType.APPLICATION_FORM_URLENCODED)
    public Response retry(@PathParam("id") String id) {
        return Response.seeOther(URI.create("/quiz/" + service.retry(userId(), id))).build();
    }

    private Long userId() {
        return currentUser.isLoggedIn() ? currentUser.id() : null;
    }

    private String lang() {
        return UiLanguage.pick(headers.getAcceptableLanguages());
    }

    private QuizMessages messages() {
        return "en".equals(lang()) ? MessageBundles.get(QuizMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(QuizMessages.class);
    }

    private static List<Integer> numbers(List<String> values) {
        List<Integer> numbers = new ArrayList<>();
        if (values == null) {
            return numbers;
        }
        for (String value : values) {
            try {
                numbers.add(Integer.valueOf(value.trim()));
            } catch (NumberFormatException e) {
                throw new IllegalArgumentException("'" + value + "' is not an option or step number.");
            }
        }
        return numbers;
    }
}
