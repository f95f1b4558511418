package dev.prepdeck.study.review;

import static dev.prepdeck.study.review.StudyApi.post;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.prepdeck.account.AppUser;
import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import dev.prepdeck.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** u takes back whatever the learner did last (grade, bury, suspend, flag), one step further back each time. */
@QuarkusTest
@TestHTTPEndpoint(StudyResource.class)
class UndoEveryActionTest {

    private static final Instant MORNING = OffsetDateTime.parse("2026-04-02T10:00:00+09:00").toInstant();

    @Inject
    TestUsers users;

    @Inject
    TestClock clock;

    @BeforeEach
    void frozenMorning() {
        clock.freezeAt(MORNING);
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private JsonPath act(String cardId, String action, Object body) {
        // A learner's actions are seconds apart; the undo stack follows their order.
        clock.advance(Duration.ofSeconds(5));
        return post("cards/" + cardId + "/" + action, body);
    }

    private static JsonPath undo() {
        return post("undo", Map.of());
    }

    /** Whether the card is among the learner's next new cards (the topic has more than a day's worth). */
    private static boolean offered(String cardId) {
        return given().queryParam("topic", "tcp-time-wait").queryParam("limit", 10).when().get("due")
                .then().statusCode(200).extract().jsonPath().getList("cards.card.id").contains(cardId);
    }

    private static CardProgress progress(String user, String cardId) {
        return QuarkusTransaction.requiringNew().call(() -> CardProgress.find(AppUser.findByUsername(user).id,
                cardId));
    }

    @Test
    @TestSecurity(user = "undo-bury", roles = Role.CANDIDATE)
    void shouldUndoABuryAndOfferTheCardAgainToday() {
        users.ensure("undo-bury", Role.CANDIDATE);
        assertTrue(offered("tw-why"));
        JsonPath bury = act("tw-why", "bury", Map.of());
        assertFalse(offered("tw-why"));

        JsonPath undone = undo();
        assertEquals("bury", undone.getString("action"));
        assertEquals(bury.getLong("actionId"), undone.getLong("actionId"));
        assertEquals("tw-why", undone.getString("card.card.id"), "the card is shown again");
        assertNull(progress("undo-bury", "tw-why").buriedUntil);
        assertTrue(offered("tw-why"));
    }

    @Test
    @TestSecurity(user = "undo-suspend", roles = Role.CANDIDATE)
    void shouldUndoASuspensionAndPutTheCardBackInTheReviews() {
        users.ensure("undo-suspend", Role.CANDIDATE);
        assertTrue(offered("tw-who"));
        act("tw-who", "suspend", Map.of());
        assertTrue(progress("undo-suspend", "tw-who").suspended);
        assertFalse(offered("tw-who"));

        JsonPath undone = undo();
        assertEquals("suspend", undone.getString("action"));
        assertFalse(progress("undo-suspend", "tw-who").suspended);
        assertTrue(offered("tw-who"));
    }

    @Test
    @TestSecurity(user = "undo-flag", roles = Role.CANDIDATE)
    void shouldUndoAFlagAndTheReasonGiven() {
        users.ensure("undo-flag", Role.CANDIDATE);
        act("tw-reuse", "flag", Map.of("reason", "첫 번째 설명이 틀렸어요"));
        CardProgress flagged = progress("undo-flag", "tw-reuse");
        assertTrue(flagged.flagged);
        assertEquals("첫 번째 설명이 틀렸어요", flagged.flagReason);

        JsonPath undone = undo();
        assertEquals("flag", undone.getString("action"));
        assertFalse(undone.getBoolean("card.flagged"), "shown again without its flag");
        CardProgress after = progress("undo-flag", "tw-reuse");
        assertFalse(after.flagged);
        assertNull(after.flaggedAt);
        assertNull(after.flagReason);
    }

    @Test
    @TestSecurity(user = "undo-grade", roles = Role.CANDIDATE)
    void shouldUndoAGradeLikeAnyOtherAction() {
        users.ensure("undo-grade", Role.CANDIDATE);
        JsonPath graded = act("tw-last-ack", "grade", Map.of("rating", 3, "idempotencyKey",
                UUID.randomUUID().toString(), "answerMs", 1200));
        JsonPath undone = undo();
        assertEquals("grade", undone.getString("action"));
        assertEquals(graded.getLong("reviewId"), undone.getLong("reviewId"));
        assertEquals(3, undone.getInt("rating"));
        assertEquals("new", undone.getString("state"));
        assertEquals(0, progress("undo-grade", "tw-last-ack").reps);
    }

    @Test
    @TestSecurity(user = "undo-in-order", roles = Role.CANDIDATE)
    void shouldUndoMixedActionsInReverseOrderThenSayNothingIsLeft() {
        users.ensure("undo-in-order", Role.CANDIDATE);
        act("tw-last-ack", "grade", Map.of("rating", 4, "idempotencyKey", UUID.randomUUID().toString(),
                "answerMs", 1200));
        act("tw-why", "bury", Map.of());
        act("tw-who", "suspend", Map.of());
        act("tw-reuse", "flag", Map.of());
        act("tw-who", "suspend", Map.of("suspended", false));

        List<String> undone = List.of(undo(), undo(), undo(), undo(), undo()).stream()
                .map(u -> u.getString("action") + " " + u.getString("cardId")).toList();
        assertEquals(List.of("unsuspend tw-who", "flag tw-reuse", "suspend tw-who", "bury tw-why",
                "grade tw-last-ack"), undone);
        given().contentType(ContentType.JSON).body("{}").when().post("undo").then().statusCode(404)
                .contentType("application/problem+json");

        assertFalse(progress("undo-in-order", "tw-who").suspended);
        assertFalse(progress("undo-in-order", "tw-reuse").flagged);
        assertNull(progress("undo-in-order", "tw-why").buriedUntil);
        assertEquals(0, progress("undo-in-order", "tw-last-ack").reps);
    }

    @Test
    @TestSecurity(user = "undo-changed", roles = Role.CANDIDATE)
    void shouldRefuseToUndoAMarkThatALaterActionChangedAndRepeatARetriedUndo() {
        users.ensure("undo-changed", Role.CANDIDATE);
        long flag = act("tw-reuse", "flag", Map.of()).getLong("actionId");
        act("tw-reuse", "flag", Map.of("flagged", false));
        given().contentType(ContentType.JSON).body(Map.of("actionId", flag)).when().post("undo")
                .then().statusCode(409).contentType("application/problem+json");
        assertFalse(progress("undo-changed", "tw-reuse").flagged, "nothing was changed");

        long bury = act("tw-why", "bury", Map.of()).getLong("actionId");
        JsonPath first = post("undo", Map.of("actionId", bury));
        JsonPath again = post("undo", Map.of("actionId", bury));
        assertEquals(first.getString("undoneAt"), again.getString("undoneAt"), "a retried undo changes nothing");
    }
}
