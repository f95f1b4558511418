package dev.prepdeck.study.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThan;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import dev.prepdeck.content.Card;
import dev.prepdeck.support.MetricsScrape;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.ExtractableResponse;
import io.restassured.response.Response;

/** The study API as a client sees it: JSON shapes, idempotent grading, undo, marks, history, stats, errors. */
@QuarkusTest
@TestHTTPEndpoint(StudyResource.class)
class StudyResourceTest {

    @Inject
    TestUsers users;

    private static Map<String, Object> grade(int rating, String key, Integer version) {
        return version == null ? Map.of("rating", rating, "idempotencyKey", key, "answerMs", 2300)
                : Map.of("rating", rating, "idempotencyKey", key, "answerMs", 2300, "expectedVersion", version);
    }

    private static ExtractableResponse<Response> post(String path, Object body) {
        return given().contentType(ContentType.JSON).body(body).when().post(path).then().extract();
    }

    @Test
    @TestSecurity(user = "rest-due", roles = Role.CANDIDATE)
    void shouldListDueCountsAndTheNextCardWithIntervalsOnEachGrade() {
        users.ensure("rest-due", Role.CANDIDATE);
        given().queryParam("topic", "tcp-time-wait").header("Accept-Language", "en")
                .when().get("due")
                .then().statusCode(200)
                .body("counts.new", equalTo(20))
                .body("counts.learning", equalTo(0))
                .body("counts.review", equalTo(0))
                .body("today.newLimit", equalTo(20))
                .body("topics", equalTo(List.of("tcp-time-wait")))
                .body("cards", hasSize(1))
                .body("cards[0].queue", equalTo("new"))
                .body("cards[0].card.topicId", equalTo("tcp-time-wait"))
                .body("cards[0].card.ko.front", notNullValue())
                .body("cards[0].version", equalTo(0))
                .body("cards[0].intervals.label[0]", equalTo("1m"))
                .body("cards[0].intervals.label[1]", equalTo("6m"))
                .body("cards[0].intervals.label[2]", equalTo("10m"))
                .body("cards[0].intervals.label[3]", endsWith("d"))
                .body("cards[0].intervals.seconds", hasItem(600));
        given().header("Accept-Language", "ko").when().get("due?limit=3")
                .then().statusCode(200)
                .body("cards", hasSize(3))
                .body("cards[0].intervals[0].label", equalTo("1분"));
    }

    @Test
    @TestSecurity(user = "rest-grade", roles = Role.CANDIDATE)
    void shouldRecordAGradeOnceHoweverOftenItIsSent() {
        users.ensure("rest-grade", Role.CANDIDATE);
        String key = UUID.randomUUID().toString();
        ExtractableResponse<Response> first = post("cards/tw-why/grade", grade(3, key, 0));
        assertEquals(200, first.statusCode());
        assertEquals("new", first.path("stateBefore"));
        assertEquals("learning", first.path("stateAfter"));
        assertEquals("10m", given().header("Accept-Language", "en").contentType(ContentType.JSON)
                .body(grade(3, key, 0)).post("cards/tw-why/grade").path("interval"));
        ExtractableResponse<Response> again = post("cards/tw-why/grade", grade(3, key, 0));
        assertEquals(200, again.statusCode());
        assertEquals("true", again.header(StudyResource.REPLAYED));
        assertEquals(first.asString(), again.asString(), "the very same answer");
        assertEquals(Integer.valueOf(1), given().get("cards/tw-why/history").path("reps"));

        ExtractableResponse<Response> stale = post("cards/tw-why/grade", grade(1, UUID.randomUUID().toString(), 0));
        assertEquals(409, stale.statusCode());
        assertEquals("application/problem+json", stale.contentType());
        assertEquals(Integer.valueOf(1), given().get("cards/tw-why/history").path("reps"), "stale grade not recorded");

        ExtractableResponse<Response> onTop = post("cards/tw-why/grade", grade(3, UUID.randomUUID().toString(), null));
        assertEquals(200, onTop.statusCode(), "without expectedVersion the grade applies to the current state");
        assertEquals(Integer.valueOf(2), onTop.path("version"));
    }

    @Test
    @TestSecurity(user = "rest-bad", roles = Role.CANDIDATE)
    void shouldAnswerBadGradesWithProblemJson() {
        users.ensure("rest-bad", Role.CANDIDATE);
        given().contentType(ContentType.JSON).body(grade(5, UUID.randomUUID().toString(), null))
                .when().post("cards/tw-why/grade")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("rating"));
        given().contentType(ContentType.JSON).body(Map.of("rating", 3, "answerMs", 10))
                .when().post("cards/tw-why/grade")
                .then().statusCode(400).contentType("application/problem+json")
                .body("errors.field", hasItem("idempotencyKey"));
        given().contentType(ContentType.JSON).body(grade(3, "twice-the-same", null))
                .when().post("cards/tw-why/grade")
                .then().statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("UUID"));
        given().contentType(ContentType.JSON).body("{\"rating\": 3,")
                .when().post("cards/tw-why/grade")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(grade(3, UUID.randomUUID().toString(), null))
                .when().post("cards/no-such-card/grade")
                .then().statusCode(404).contentType("application/problem+json");
        given().queryParam("topic", "no-such-topic").when().get("due")
                .then().statusCode(400).contentType("application/problem+json");
        given().queryParam("limit", "many").when().get("due")
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("rating=3").when().post("cards/tw-why/grade")
                .then().statusCode(403);
        given().get("cards/tw-why/history").then().statusCode(200).body("reps", equalTo(0));
    }

    @Test
    @TestSecurity(user = "rest-retired", roles = Role.CANDIDATE)
    void shouldNotGradeARetiredCard() {
        users.ensure("rest-retired", Role.CANDIDATE);
        QuarkusTransaction.requiringNew().run(() -> {
            Card template = Card.findById("tw-why");
            Card retired = new Card();
            retired.id = "tw-retired-for-test";
            retired.topicId = template.topicId;
            retired.noteId = retired.id;
            retired.kind = template.kind;
            retired.position = 9999;
            retired.viewJson = template.viewJson;
            retired.fingerprint = "x";
            retired.retired = true;
            retired.createdAt = Instant.now();
            retired.updatedAt = Instant.now();
            retired.persist();
        });
        try {
            given().contentType(ContentType.JSON).body(grade(3, UUID.randomUUID().toString(), null))
                    .when().post("cards/tw-retired-for-test/grade")
                    .then().statusCode(404).contentType("application/problem+json");
            given().get("due?limit=10").then().statusCode(200)
                    .body("cards.card.id", not(hasItem("tw-retired-for-test")));
        } finally {
            // Other test classes share the database and count the test content's cards.
            QuarkusTransaction.requiringNew().run(() -> Card.deleteById("tw-retired-for-test"));
        }
    }

    @Test
    @TestSecurity(user = "rest-undo", roles = Role.CANDIDATE)
    void shouldUndoAGradeAndShowTheCardAgain() {
        users.ensure("rest-undo", Role.CANDIDATE);
        given().contentType(ContentType.JSON).body("{}").post("undo").then().statusCode(404)
                .contentType("application/problem+json");
        long reviewId = ((Number) post("cards/tw-last-ack/grade", grade(4, UUID.randomUUID().toString(), 0))
                .path("reviewId")).longValue();
        ExtractableResponse<Response> undo = post("undo", Map.of("reviewId", reviewId));
        assertEquals(200, undo.statusCode());
        assertEquals("tw-last-ack", undo.path("cardId"));
        assertEquals("new", undo.path("state"));
        assertEquals("new", undo.path("card.queue"));
        assertEquals(Integer.valueOf(2), undo.path("card.version"));
        ExtractableResponse<Response> twice = post("undo", Map.of("reviewId", reviewId));
        assertEquals(200, twice.statusCode());
        assertEquals(undo.<String>path("undoneAt"), twice.path("undoneAt"), "a retried undo changes nothing");

        given().get("cards/tw-last-ack/history").then().statusCode(200)
                .body("reps", equalTo(0))
                .body("reviews", hasSize(1))
                .body("reviews[0].undoneAt", notNullValue())
                .body("reviews[0].grade", equalTo("easy"));
    }

    @Test
    @TestSecurity(user = "rest-marks", roles = Role.CANDIDATE)
    void shouldBurySuspendAndFlagCards() {
        users.ensure("rest-marks", Role.CANDIDATE);
        String first = given().queryParam("topic", "web-server-vs-was").get("due").path("cards[0].card.id");
        ExtractableResponse<Response> bury = post("cards/" + first + "/bury", "{}");
        assertEquals(200, bury.statusCode());
        assertEquals(first, bury.path("cardId"));
        assertNotEquals(first, given().queryParam("topic", "web-server-vs-was").get("due").path("cards[0].card.id"),
                "a buried card is not shown");

        given().header("X-CSRF-TOKEN", "forged").when().post("cards/was-diff/suspend")
                .then().statusCode(400);
        assertEquals(Boolean.TRUE, post("cards/was-diff/suspend", "{}").path("suspended"));
        assertEquals(Boolean.FALSE, post("cards/was-diff/suspend", Map.of("suspended", false)).path("suspended"));
        assertEquals(Boolean.TRUE, post("cards/was-diff/flag", "{}").path("flagged"));
        given().get("cards/" + first + "/history").then().body("buriedUntil", notNullValue())
                .body("state", equalTo("new")).body("due", nullValue());
        given().get("cards/was-diff/history").then().body("flagged", equalTo(true)).body("suspended", equalTo(false));
        assertEquals(Boolean.FALSE, post("cards/was-diff/flag", Map.of("flagged", false)).path("flagged"));
        assertEquals(404, post("cards/nope/flag", "{}").statusCode());
    }

    @Test
    @TestSecurity(user = "rest-stats", roles = Role.CANDIDATE)
    void shouldReportStatisticsOfTheLearnersOwnReviews() {
        users.ensure("rest-stats", Role.CANDIDATE);
        post("cards/dnsip-what/grade", grade(3, UUID.randomUUID().toString(), 0));
        post("cards/dnsip-ttl/grade", grade(1, UUID.randomUUID().toString(), 0));
        given().get("stats").then().statusCode(200)
                .body("calendar", hasSize(365))
                .body("calendar[364].count", equalTo(2))
                .body("forecast", hasSize(30))
                .body("forecast[0].count", equalTo(2))
                .body("todayWork.reviews", equalTo(2))
                .body("todayWork.newCards", equalTo(2))
                .body("counts.learning", equalTo(2))
                .body("counts.newCards", greaterThan(100))
                .body("streak.current", equalTo(1))
                .body("retention.period", equalTo(List.of("today", "week", "month", "year")))
                .body("retention.totalPercent", everyItem(nullValue()))
                .body("buttons.learning", equalTo(List.of(1, 0, 1, 0)));
    }

    @Test
    void shouldAskVisitorsToLogIn() {
        given().get("due").then().statusCode(401).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(grade(3, UUID.randomUUID().toString(), null))
                .post("cards/tw-why/grade").then().statusCode(401);
    }

    @Test
    void shouldDocumentTheApiInOpenApi() {
        given().basePath("/").accept("application/json").get("/q/openapi").then().statusCode(200)
                .body("paths.'/api/study/due'.get.summary", notNullValue())
                .body("paths.'/api/study/cards/{cardId}/grade'.post.responses.'409'", notNullValue())
                .body("paths.'/api/study/undo'.post", notNullValue())
                .body("paths.'/api/study/cards/{cardId}/history'.get", notNullValue())
                .body("paths.'/api/study/stats'.get", notNullValue());
    }

    @Test
    @TestSecurity(user = "rest-metrics", roles = Role.CANDIDATE)
    void shouldCountGradesInMetrics() {
        users.ensure("rest-metrics", Role.CANDIDATE);
        post("cards/gh-hsts/grade", grade(4, UUID.randomUUID().toString(), 0));
        given().basePath("/").header("Authorization", MetricsScrape.AUTHORIZATION).get("/q/metrics")
                .then().statusCode(200)
                .body(containsString("prepdeck_reviews_total{rating=\"easy\"}"))
                .body(containsString("prepdeck_active_users"));
    }
}
