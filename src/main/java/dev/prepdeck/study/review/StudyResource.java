package dev.prepdeck.study.review;

import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotNull;
import jakarta.ws.rs.DefaultValue;
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

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.enums.SchemaType;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.prepdeck.study.CurrentLearner;
import dev.prepdeck.study.StudyTopics;
import dev.prepdeck.study.stats.StatsDtos;
import dev.prepdeck.study.stats.StatsService;
import dev.prepdeck.system.Problem;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/**
 * The study API for the logged-in learner: due cards, grading, undo, bury, suspend, flag, card history and
 * statistics. State-changing requests send JSON (or the CSRF header), which is how they are protected from
 * cross-site requests.
 */
@Path("/api/study")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Study")
@Authenticated
@Blocking
public class StudyResource {

    /** Set on a grade response that repeats an earlier one (same idempotency key). */
    public static final String REPLAYED = "Idempotent-Replayed";

    @Inject
    ReviewService service;

    @Inject
    StatsService stats;

    @Inject
    CurrentLearner learner;

    @Inject
    StudyTopics topics;

    @GET
    @Path("due")
    @Operation(summary = "Due counts and the next cards to show, with the interval after each grade",
            description = "Learning cards that are due come first, then reviews and new cards mixed, within the"
                    + " learner's daily limits. Without topic all topics count.")
    @APIResponse(responseCode = "200", description = "Counts and cards")
    @APIResponse(responseCode = "400", description = "Unknown topic",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StudyDtos.Due due(@Parameter(description = "Topic id; repeat to study several") @QueryParam("topic")
            List<String> topic,
            @Parameter(description = "How many upcoming cards to list (1–10)",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "1")) @QueryParam("limit")
            @DefaultValue("1") String limit,
            @Parameter(description = "Review ahead: also show review cards due in the next this many days (0–30)",
                    schema = @Schema(type = SchemaType.INTEGER, defaultValue = "0")) @QueryParam("ahead")
            @DefaultValue("0") String ahead,
            @Context HttpHeaders headers) {
        List<String> chosen = topics.requireKnown(topic);
        return StudyDtos.Due.of(service.due(learner.id(), learner.preferences(), chosen, parseLimit(limit),
                parseAhead(ahead)), chosen, lang(headers));
    }

    @POST
    @Path("more-new")
    @Operation(summary = "Study more new cards today",
            description = "Raises today's new-card limit by more (1–100) for the learner's current study day only.")
    @APIResponse(responseCode = "200", description = "Today's extra and the new limit")
    @APIResponse(responseCode = "400", description = "more missing or out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StudyDtos.MoreNew moreNew(@Valid @NotNull StudyDtos.MoreNewRequest request) {
        int extra = service.studyMoreNewToday(learner.id(), learner.preferences(), request.more());
        return new StudyDtos.MoreNew(extra, learner.preferences().newCardsPerDay() + extra);
    }

    private static int parseAhead(String ahead) {
        try {
            return Integer.parseInt(ahead.trim());
        } catch (NumberFormatException e) {
            throw new IllegalArgumentException("ahead must be a whole number of days from 0 to "
                    + ReviewService.MAX_AHEAD_DAYS + ", was '" + ahead + "'");
        }
    }

    /** A bad number is the client's mistake (400), not a missing resource (JAX-RS would answer 404). */
    private static int parseLimit(String limit) {
        try {
            int value = Integer.parseInt(limit.trim());
            if (value >= 1) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("limit must be a whole number from 1 to 10, was '" + limit + "'");
    }

    @POST
    @Path("cards/{cardId}/grade")
    @Operation(summary = "Grade a card (idempotent)",
            description = "Records one review. Sending the same idempotencyKey again records nothing and returns"
                    + " the first answer (header Idempotent-Replayed: true). With expectedVersion, a card that"
                    + " was graded or undone since it was shown is refused with 409.")
    @APIResponse(responseCode = "200", description = "The review as recorded")
    @APIResponse(responseCode = "400", description = "Rating not 1–4, key not a UUID, answerMs out of range",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "404", description = "Unknown or retired card",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "Stale card version, or the key was used for another card",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Response grade(@PathParam("cardId") String cardId, @Valid @NotNull StudyDtos.GradeRequest request,
            @Context HttpHeaders headers) {
        ReviewService.GradeOutcome outcome = service.grade(learner.id(), learner.preferences(), cardId,
                new ReviewService.GradeCommand(request.rating(), request.idempotencyKey(), request.answerMs(),
                        request.expectedVersion()));
        Response.ResponseBuilder response = Response.ok(StudyDtos.Grade.of(outcome, lang(headers)));
        if (outcome.replayed()) {
            response.header(REPLAYED, "true");
        }
        return response.build();
    }

    @POST
    @Path("undo")
    @Operation(summary = "Undo the latest action: a grade, bury, suspend or flag",
            description = "Without ids, takes back whatever the learner did last, in reverse order on each call. A"
                    + " grade's card state is restored exactly and the review marked undone; a bury, suspend or"
                    + " flag puts the card's marks back. Pass the reviewId or actionId from the response of the"
                    + " action to make a retried undo harmless.")
    @APIResponse(responseCode = "200", description = "The undone review and the card to show again")
    @APIResponse(responseCode = "404", description = "Nothing to undo, or no such review or action",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    @APIResponse(responseCode = "409", description = "The card was graded or marked again after that action",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StudyDtos.Undo undo(StudyDtos.UndoRequest request, @Context HttpHeaders headers) {
        long user = learner.id();
        ReviewService.Undone undone = service.undoLast(user, request == null ? null : request.reviewId(),
                request == null ? null : request.actionId());
        StudyDtos.DueCard card = StudyDtos.DueCard.of(service.card(user, learner.preferences(), undone.cardId()),
                lang(headers));
        return StudyDtos.Undo.of(undone, card);
    }

    @POST
    @Path("cards/{cardId}/bury")
    @Operation(summary = "Bury a card until the learner's next study day")
    @APIResponse(responseCode = "404", description = "Unknown or retired card",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StudyDtos.Bury bury(@PathParam("cardId") String cardId) {
        ReviewService.Marked<Instant> until = service.bury(learner.id(), learner.preferences(), cardId);
        return new StudyDtos.Bury(cardId, until.value(), until.actionId());
    }

    @POST
    @Path("cards/{cardId}/suspend")
    @Operation(summary = "Suspend a card, or unsuspend it with {\"suspended\": false}")
    @APIResponse(responseCode = "404", description = "Unknown or retired card",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StudyDtos.Suspend suspend(@PathParam("cardId") String cardId, StudyDtos.SuspendRequest request) {
        boolean on = request == null || request.suspended() == null || request.suspended();
        ReviewService.Marked<Boolean> done = service.suspend(learner.id(), cardId, on);
        return new StudyDtos.Suspend(cardId, done.value(), done.actionId());
    }

    @POST
    @Path("cards/{cardId}/flag")
    @Operation(summary = "Flag a card for a mentor's attention, or remove the flag with {\"flagged\": false}")
    @APIResponse(responseCode = "404", description = "Unknown or retired card",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StudyDtos.Flag flag(@PathParam("cardId") String cardId, StudyDtos.FlagRequest request) {
        boolean on = request == null || request.flagged() == null || request.flagged();
        ReviewService.Marked<Boolean> done = service.flag(learner.id(), cardId, on,
                request == null ? null : request.reason());
        return new StudyDtos.Flag(cardId, done.value(), done.actionId());
    }

    @GET
    @Path("cards/{cardId}/history")
    @Operation(summary = "Card info: the learner's state of a card and every grade it got")
    @APIResponse(responseCode = "404", description = "Unknown or retired card",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public StudyDtos.History history(@PathParam("cardId") String cardId, @Context HttpHeaders headers) {
        return StudyDtos.History.of(service.history(learner.id(), learner.preferences(), cardId), lang(headers));
    }

    @GET
    @Path("stats")
    @Operation(summary = "Statistics: review calendar, due forecast, true retention, card counts, streak, buttons")
    public StatsDtos.Stats stats() {
        return StatsDtos.Stats.of(stats.report(learner.id(), learner.preferences()));
    }

    private static String lang(HttpHeaders headers) {
        return UiLanguage.pick(headers.getAcceptableLanguages());
    }
}
