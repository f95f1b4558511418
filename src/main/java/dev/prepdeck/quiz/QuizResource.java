package dev.prepdeck.quiz;

import java.net.URI;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;
import jakarta.ws.rs.core.Response;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.prepdeck.account.CurrentUser;
import dev.prepdeck.study.CurrentLearner;
import dev.prepdeck.system.Problem;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/**
 * The quiz API: anyone can start and take a quiz (its id is the key); a signed-in learner's quiz is theirs alone,
 * its mistakes are graded Again in their reviews, and it joins their history. State-changing requests send JSON.
 */
@Path("/api/quiz")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Quiz")
@Blocking
public class QuizResource {

    @Inject
    QuizService service;

    @Inject
    CurrentUser currentUser;

    @Inject
    CurrentLearner learner;

    /** What a new quiz asks; every field may be left out (all topics, 10 questions, all three kinds). */
    @Schema(description = "What a new quiz asks; every field may be left out")
    public record StartRequest(
            @Schema(description = "Topic ids; empty for all topics") List<String> topics,
            @Schema(description = "Number of questions, 1–50 (default 10)") Integer length,
            @Schema(description = "Card kinds among choice, order, cloze (default all)") List<String> kinds) {
    }

    /** A learner's quiz setting as sent. */
    public record SettingsRequest(Boolean feedReviews) {
    }

    @POST
    @Operation(summary = "Start a quiz", description = "Draws up to length questions at random from the choice,"
            + " ordering and cloze cards of the chosen topics, one card per note first. The quiz's id is its key.")
    @APIResponse(responseCode = "201", description = "The new quiz")
    @APIResponse(responseCode = "400", description = "Unknown topic or kind, length out of range, no cards to ask",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response start(StartRequest request, @Context HttpHeaders headers) {
        StartRequest r = request == null ? new StartRequest(null, null, null) : request;
        String id = service.start(userId(), new QuizService.StartCommand(r.topics(), r.length(), r.kinds(),
                lang(headers)));
        return created(id);
    }

    @GET
    @Path("history")
    @Authenticated
    @Operation(summary = "The signed-in learner's finished quizzes and their scores per topic")
    @APIResponse(responseCode = "401", description = "Not signed in",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuizViews.History history(@Context HttpHeaders headers) {
        return service.history(currentUser.id(), lang(headers), learner.preferences().zone());
    }

    @GET
    @Path("settings")
    @Authenticated
    @Operation(summary = "Whether quiz mistakes are graded Again in the learner's reviews")
    public QuizViews.Settings settings() {
        return service.settings(currentUser.id());
    }

    @PUT
    @Path("settings")
    @Authenticated
    @Operation(summary = "Turn grading quiz mistakes Again in the learner's reviews on or off")
    @APIResponse(responseCode = "400", description = "feedReviews missing",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuizViews.Settings saveSettings(SettingsRequest request) {
        if (request == null || request.feedReviews() == null) {
            throw new IllegalArgumentException("Send feedReviews: true or false.");
        }
        return service.saveSettings(currentUser.id(), request.feedReviews());
    }

    @GET
    @Path("{id}")
    @Operation(summary = "A quiz with its questions, and the verdict on each one answered")
    @APIResponse(responseCode = "404", description = "No such quiz, or another learner's",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuizViews.QuizView quiz(@PathParam("id") String id) {
        return service.view(userId(), id);
    }

    @POST
    @Path("{id}/questions/{position}/answer")
    @Operation(summary = "Answer one question", description = "Send gaps (cloze), options (choice) or order"
            + " (order). Typed gaps are marked leniently: case, spacing, punctuation, full-width forms, Korean"
            + " particles and a small typo do not count. Sending the same answer again repeats the verdict.")
    @APIResponse(responseCode = "200", description = "The question with its verdict and explanation")
    @APIResponse(responseCode = "400", description = "The answer does not fit the question",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Already answered differently, or the quiz is finished",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuizViews.Question answer(@PathParam("id") String id, @PathParam("position") String position,
            QuizAnswer answer) {
        return service.answer(userId(), id, position(position), answer);
    }

    @POST
    @Path("{id}/questions/{position}/override")
    @Operation(summary = "\"I was right\": count an answer marked wrong as right",
            description = "Recorded with the answer. After the quiz was finished, the Again grade the mistake fed"
                    + " into the learner's reviews is taken back, unless the card was graded since.")
    @APIResponse(responseCode = "409", description = "Not answered yet, or already marked right",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuizViews.Question override(@PathParam("id") String id, @PathParam("position") String position) {
        return service.override(userId(), id, position(position));
    }

    @POST
    @Path("{id}/finish")
    @Operation(summary = "Finish the quiz and get its score",
            description = "For a signed-in learner (setting feedReviews, on by default) every mistake is graded"
                    + " Again in their reviews, once. Unanswered questions count as missed.")
    public QuizViews.Result finish(@PathParam("id") String id) {
        Long user = userId();
        return service.finish(user, user == null ? null : learner.preferences(), id);
    }

    @GET
    @Path("{id}/result")
    @Operation(summary = "A finished quiz's score, per topic, with every mistake explained and linked to its card")
    @APIResponse(responseCode = "409", description = "The quiz is not finished",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public QuizViews.Result result(@PathParam("id") String id) {
        return service.result(userId(), id);
    }

    @POST
    @Path("{id}/retry")
    @Operation(summary = "Start a new quiz with the missed questions of a finished one")
    @APIResponse(responseCode = "201", description = "The new quiz")
    @APIResponse(responseCode = "409", description = "Not finished, or nothing was missed",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response retry(@PathParam("id") String id) {
        return created(service.retry(userId(), id));
    }

    private Response created(String id) {
        return Response.created(URI.create("/api/quiz/" + id)).entity(service.view(userId(), id)).build();
    }

    private Long userId() {
        return currentUser.isLoggedIn() ? currentUser.id() : null;
    }

    static int position(String position) {
        try {
            return Integer.parseInt(position.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("A question is numbered from 1; '" + position + "' is not a number.");
        }
    }

    private static String lang(HttpHeaders headers) {
        return UiLanguage.pick(headers.getAcceptableLanguages());
    }
}
