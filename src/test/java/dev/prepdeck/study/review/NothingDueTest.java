package dev.prepdeck.study.review;

import static dev.prepdeck.study.review.StudyApi.post;
import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import dev.prepdeck.support.TestClock;
import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * When today's cards are done the learner is told when the next one is due and how many new cards wait, and can
 * study more new cards today or review ahead instead of hitting a dead end.
 */
@QuarkusTest
@TestHTTPEndpoint(StudyResource.class)
class NothingDueTest {

    private static final String TOPIC = "tcp-time-wait";
    private static final Instant MORNING = OffsetDateTime.parse("2026-05-12T10:00:00+09:00").toInstant();

    @Inject
    TestUsers users;

    @Inject
    TestClock clock;

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private static JsonPath due(String extra) {
        return given().when().get("due?topic=" + TOPIC + extra).then().statusCode(200).extract().jsonPath();
    }

    /** Grades Easy whatever comes next until the queue is empty; returns how many new cards were studied. */
    private int studyEverythingDue() {
        int studied = 0;
        for (JsonPath due = due(""); !due.getList("cards").isEmpty(); due = due("")) {
            clock.advance(Duration.ofSeconds(20));
            post("cards/" + due.getString("cards[0].card.id") + "/grade", Map.of("rating", 4, "idempotencyKey",
                    UUID.randomUUID().toString(), "answerMs", 3000));
            studied++;
        }
        return studied;
    }

    @Test
    @TestSecurity(user = "nothing-due", roles = Role.CANDIDATE)
    void shouldSayWhenTheNextCardIsDueAndOfferMoreNewCardsAndReviewingAhead() {
        users.ensure("nothing-due", Role.CANDIDATE);
        clock.freezeAt(MORNING);
        assertEquals(20, studyEverythingDue(), "a day's 20 new cards");

        JsonPath done = due("");
        assertTrue(done.getList("cards").isEmpty());
        Instant nextDue = Instant.parse(done.getString("nextDueAt"));
        assertTrue(nextDue.isAfter(MORNING.plus(Duration.ofDays(2))), "Easy cards come back in days: " + nextDue);
        long waiting = done.getLong("newWaiting");
        assertTrue(waiting > 0, "the topic has more than a day's new cards");
        assertEquals(20, done.getInt("today.newLimit"));

        // Study more new cards today: five more, and only five.
        JsonPath more = post("more-new", Map.of("more", 5));
        assertEquals(5, more.getInt("extraNew"));
        assertEquals(25, more.getInt("newLimit"));
        JsonPath extended = due("");
        assertEquals(Math.min(5, waiting), extended.getLong("counts.new"));
        assertEquals(25, extended.getInt("today.newLimit"));
        assertEquals(Math.min(5, waiting), studyEverythingDue());
        assertEquals(0, due("").getLong("counts.new"));

        // Review ahead: the Easy cards due within the next ten days can be studied now.
        JsonPath ahead = due("&ahead=10");
        assertFalse(ahead.getList("cards").isEmpty(), "cards due in the coming days are offered");
        assertEquals("review", ahead.getString("cards[0].queue"));
        assertEquals(10, ahead.getInt("aheadDays"));

        // The extra new cards were for today only.
        clock.advance(Duration.ofDays(1));
        assertEquals(20, due("").getInt("today.newLimit"));
    }

    @Test
    @TestSecurity(user = "nothing-due-fresh", roles = Role.CANDIDATE)
    void shouldNotReportWaitingCardsOrANextDueWhileCardsAreDue() {
        users.ensure("nothing-due-fresh", Role.CANDIDATE);
        JsonPath due = due("");
        assertFalse(due.getList("cards").isEmpty());
        assertNull(due.get("nextDueAt"));
        assertEquals(0, due.getLong("newWaiting"));
        assertNotNull(due.get("today"));
    }

    @Test
    @TestSecurity(user = "nothing-due-bad", roles = Role.CANDIDATE)
    void shouldRefuseMoreNewCardsOrReviewAheadOutOfRange() {
        users.ensure("nothing-due-bad", Role.CANDIDATE);
        for (Object more : new Object[] {0, 101, "lots"}) {
            given().contentType("application/json").body(Map.of("more", more)).when().post("more-new")
                    .then().statusCode(400).contentType("application/problem+json");
        }
        given().when().get("due?ahead=31").then().statusCode(400).contentType("application/problem+json");
        given().when().get("due?ahead=soon").then().statusCode(400).contentType("application/problem+json");
    }
}
