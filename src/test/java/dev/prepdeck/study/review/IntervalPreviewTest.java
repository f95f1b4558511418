package dev.prepdeck.study.review;

import static dev.prepdeck.study.review.StudyApi.post;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import dev.prepdeck.content.Card;
import dev.prepdeck.content.Topic;
import dev.prepdeck.study.StudyPreferences;
import dev.prepdeck.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * The interval printed on each grade button is the interval the card then gets, even though fuzz spreads
 * intervals and the learner takes a while between seeing the buttons and pressing one.
 */
@QuarkusTest
@TestHTTPEndpoint(StudyResource.class)
class IntervalPreviewTest {

    private static final Instant MORNING = OffsetDateTime.parse("2026-03-10T10:00:00+09:00").toInstant();
    private static final int CARDS = 60;
    private static final String[] GRADES = {"again", "hard", "good", "easy"};

    @Inject
    TestUsers users;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static JsonPath grade(String cardId, int rating) {
        return post("cards/" + cardId + "/grade", Map.of("rating", rating, "idempotencyKey",
                UUID.randomUUID().toString(), "answerMs", 4000));
    }

    private static JsonPath head() {
        return given().header("Accept-Language", "en").when().get("due?limit=1")
                .then().statusCode(200).extract().jsonPath();
    }

    @Test
    @TestSecurity(user = "preview-equals-result", roles = Role.CANDIDATE)
    void shouldGiveEveryCardTheIntervalItsGradeButtonShowed() {
        users.ensure("preview-equals-result", Role.CANDIDATE);
        clock.freezeAt(MORNING);
        List<String> cardIds = QuarkusTransaction.requiringNew().call(() -> Topic.listActive().stream()
                .flatMap(t -> Card.listActiveByTopic(t.id).stream()).map(c -> c.id).limit(CARDS).toList());
        assertEquals(CARDS, cardIds.size(), "the test content has enough cards");
        for (String id : cardIds) {
            grade(id, 4);
        }
        // Every card graduated with a fuzzed interval of about a week; a fortnight later all are due.
        clock.advance(Duration.ofDays(14));

        Set<String> checked = new HashSet<>();
        int fuzzedButtons = 0;
        while (true) {
            JsonPath due = head();
            if (due.getList("cards").isEmpty()) {
                break;
            }
            String cardId = due.getString("cards[0].card.id");
            List<Map<String, Object>> shown = due.getList("cards[0].intervals");
            for (int rating = 1; rating <= 4; rating++) {
                Map<String, Object> button = shown.get(rating - 1);
                // The learner reads the answer for a while before pressing the button.
                clock.advance(Duration.ofSeconds(97));
                JsonPath graded = grade(cardId, rating);
                String what = cardId + " " + GRADES[rating - 1];
                assertEquals(button.get("label"), graded.getString("interval"), what + ": label shown vs given");
                assertEquals(((Number) button.get("seconds")).longValue(), graded.getLong("intervalSeconds"),
                        what + ": interval shown vs given");
                Instant shownDue = Instant.parse((String) button.get("due"));
                Instant givenDue = Instant.parse(graded.getString("due"));
                assertEquals(shownDue.atZone(StudyPreferences.DEFAULT_ZONE).toLocalDate(),
                        givenDue.atZone(StudyPreferences.DEFAULT_ZONE).toLocalDate(), what + ": due date");
                if (graded.getInt("scheduledDays") >= 3) {
                    fuzzedButtons++;
                }
                if (rating < 4) {
                    JsonPath undone = post("undo", Map.of("reviewId", graded.getLong("reviewId")));
                    // Shown again after undo, the card offers the very same intervals.
                    assertEquals(shown.stream().map(b -> b.get("label")).toList(),
                            undone.getList("card.intervals.label"), cardId + ": labels after undo");
                }
            }
            checked.add(cardId);
        }
        // Grading buries a card's siblings for the day, so a few of the cards wait until tomorrow.
        assertTrue(checked.size() >= 50, "cards checked: " + checked.size());
        assertTrue(fuzzedButtons >= 2 * checked.size(), "most buttons had an interval fuzz can move: " + fuzzedButtons);
    }
}
