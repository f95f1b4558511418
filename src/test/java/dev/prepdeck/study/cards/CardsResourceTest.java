package dev.prepdeck.study.cards;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import dev.prepdeck.study.StudyPreferences;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** GET /api/cards: the learner's cards searched by text and filtered by topic, kind, state and due date. */
@QuarkusTest
class CardsResourceTest {

    @Inject
    TestUsers users;

    private static void post(String path, Object body) {
        given().contentType(ContentType.JSON).body(body).when().post(path).then().statusCode(200);
    }

    private static JsonPath cards(String query) {
        return given().header("Accept-Language", "en").when().get("/api/cards?limit=500&" + query)
                .then().statusCode(200).extract().jsonPath();
    }

    private static List<String> ids(String query) {
        return cards(query).getList("cards.cardId");
    }

    @Test
    @TestSecurity(user = "browse-api-states", roles = Role.CANDIDATE)
    void shouldListSuspendedBuriedAndFlaggedCardsByState() {
        users.ensure("browse-api-states", Role.CANDIDATE);
        post("/api/study/cards/tw-who/suspend", Map.of());
        post("/api/study/cards/tw-why/bury", Map.of());
        post("/api/study/cards/tw-reuse/flag", Map.of("reason", "The answer mixes up two options"));

        assertEquals(List.of("tw-who"), ids("state=suspended"));
        assertEquals(List.of("tw-why"), ids("state=buried"));
        JsonPath flagged = cards("state=flagged");
        assertEquals(List.of("tw-reuse"), flagged.getList("cards.cardId"));
        assertEquals("The answer mixes up two options", flagged.getString("cards[0].flagReason"));
        assertTrue(ids("state=new").contains("tw-who"), "a suspended card nobody studied is still new");
        assertFalse(ids("state=review").contains("tw-who"));
        assertTrue(cards("state=suspended").getBoolean("cards[0].suspended"));
    }

    @Test
    @TestSecurity(user = "browse-api-text", roles = Role.CANDIDATE)
    void shouldFindCardsByQuestionOrAnswerTextInEitherLanguageIgnoringCase() {
        users.ensure("browse-api-text", Role.CANDIDATE);
        // English answer of tw-who, typed in another case.
        assertTrue(ids("q=THE ACTIVE CLOSER").contains("tw-who"));
        assertTrue(ids("q=the active closer").contains("tw-who"));
        // Korean question of tw-why.
        assertTrue(ids("q=필요한 두 가지 이유").contains("tw-why"));
        assertEquals(List.of(), ids("q=zzzz-no-card-says-this"));
        given().when().get("/api/cards?q=time_wait&limit=2").then().statusCode(200)
                .body("cards.size()", equalTo(2))
                .body("total", org.hamcrest.Matchers.greaterThan(2));
    }

    @Test
    @TestSecurity(user = "browse-api-topic", roles = Role.CANDIDATE)
    void shouldFilterByTopicAndKind() {
        users.ensure("browse-api-topic", Role.CANDIDATE);
        given().when().get("/api/cards?topic=tcp-time-wait&kind=cloze&limit=500").then().statusCode(200)
                .body("cards.topicId", everyItem(equalTo("tcp-time-wait")))
                .body("cards.kind", everyItem(equalTo("cloze")))
                .body("cards.cardId", hasItem("tw-linux-c1"))
                .body("cards.cardId", not(hasItem("tw-who")));
    }

    @Test
    @TestSecurity(user = "browse-api-due", roles = Role.CANDIDATE)
    void shouldFilterByDueDateAndShowTheLastRatings() {
        users.ensure("browse-api-due", Role.CANDIDATE);
        post("/api/study/cards/tw-last-ack/grade", Map.of("rating", 4, "idempotencyKey",
                UUID.randomUUID().toString(), "answerMs", 900));
        LocalDate today = LocalDate.now(StudyPreferences.DEFAULT_ZONE);
        assertEquals(List.of(), ids("due=" + today.minusDays(1)), "nothing was due before today");
        JsonPath later = cards("due=" + today.plusDays(30));
        assertEquals(List.of("tw-last-ack"), later.getList("cards.cardId"), "new cards have no due date");
        assertEquals("review", later.getString("cards[0].state"));
        assertEquals(List.of("easy"), later.getList("cards[0].lastRatings"));
        assertTrue(LocalDate.parse(later.getString("cards[0].dueDate")).isAfter(today));
    }

    @Test
    @TestSecurity(user = "browse-api-bad", roles = Role.CANDIDATE)
    void shouldExplainABadFilterAsProblemJson() {
        users.ensure("browse-api-bad", Role.CANDIDATE);
        for (String query : List.of("state=sleeping", "kind=essay", "topic=no-such-topic", "due=tomorrow",
                "limit=0")) {
            given().when().get("/api/cards?" + query).then().statusCode(400)
                    .contentType("application/problem+json")
                    .body("detail", containsString(query.substring(0, query.indexOf('='))));
        }
    }

    @Test
    void shouldAskAnonymousVisitorsToSignIn() {
        given().when().get("/api/cards?q=TIME_WAIT").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
