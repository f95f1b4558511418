package dev.prepdeck.study.cards;

import java.util.List;

import jakarta.inject.Inject;
import jakarta.ws.rs.DefaultValue;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.Path;
import jakarta.ws.rs.Produces;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.MediaType;

import org.eclipse.microprofile.openapi.annotations.Operation;
import org.eclipse.microprofile.openapi.annotations.media.Content;
import org.eclipse.microprofile.openapi.annotations.media.Schema;
import org.eclipse.microprofile.openapi.annotations.parameters.Parameter;
import org.eclipse.microprofile.openapi.annotations.responses.APIResponse;
import org.eclipse.microprofile.openapi.annotations.tags.Tag;

import dev.prepdeck.study.CurrentLearner;
import dev.prepdeck.system.Problem;
import dev.prepdeck.system.UiLanguage;
import io.quarkus.security.Authenticated;
import io.smallrye.common.annotation.Blocking;

/** The learner's card browser as JSON: search and filter every card with the learner's state of it. */
@Path("/api/cards")
@Produces(MediaType.APPLICATION_JSON)
@Tag(name = "Study")
@Authenticated
@Blocking
public class CardsResource {

    /** Most rows one answer lists. */
    static final int MAX_LIMIT = 500;

    @Inject
    CardBrowser browser;

    @Inject
    CurrentLearner learner;

    /** The matching cards in content order; {@code total} counts all matches, {@code cards} the first limit. */
    public record Page(int total, List<CardBrowser.Row> cards) {
    }

    @GET
    @Operation(summary = "Search the learner's cards",
            description = "Matches q case-insensitively against the question, answer, options and notes in Korean"
                    + " and English. Each card carries the learner's state, due date and last ratings.")
    @APIResponse(responseCode = "200", description = "The matching cards")
    @APIResponse(responseCode = "400", description = "Unknown topic, kind or state, or a due that is not a date",
            content = @Content(mediaType = Problem.MEDIA_TYPE, schema = @Schema(implementation = Problem.class)))
    public Page search(@Parameter(description = "Text to find") @QueryParam("q") String q,
            @Parameter(description = "Topic id") @QueryParam("topic") String topic,
            @Parameter(description = "basic, cloze, choice, order or followup") @QueryParam("kind") String kind,
            @Parameter(description = "new, learning, review, suspended, buried, flagged or leech")
            @QueryParam("state") String state,
            @Parameter(description = "Only cards due on or before this study day (YYYY-MM-DD)")
            @QueryParam("due") String due,
            @Parameter(description = "How many cards to list (1–500)") @QueryParam("limit") @DefaultValue("100")
            String limit,
            @Context HttpHeaders headers) {
        CardBrowser.Query query = CardBrowser.Query.of(q, topic, kind, state, due);
        CardBrowser.Result result = browser.search(learner.id(), learner.preferences(), query,
                UiLanguage.pick(headers.getAcceptableLanguages()), parseLimit(limit));
        return new Page(result.total(), result.rows());
    }

    static int parseLimit(String limit) {
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= MAX_LIMIT) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below
        }
        throw new IllegalArgumentException("limit must be a whole number from 1 to " + MAX_LIMIT + ", was '" + limit
                + "'");
    }
}
