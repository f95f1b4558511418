package dev.prepdeck.study.cards;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.prepdeck.account.AppUser;
import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import dev.prepdeck.study.Learners;
import dev.prepdeck.study.LoggedInClient;
import dev.prepdeck.study.review.CardProgress;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** The card browser page: find cards by their text, see the learner's state, restore and mark them by form. */
@QuarkusTest
class CardPagesTest {

    @Inject
    TestUsers users;

    @Inject
    Learners learners;

    @TestHTTPResource("/")
    java.net.URI base;

    private static Response page(String path) {
        return given().redirects().follow(false).header("Accept-Language", "en").when().get(path);
    }

    /** Submits the form posting to {@code action} on the page just loaded, as a browser would (CSRF included). */
    private static Response submit(Response page, String action, Map<String, String> fields) {
        Element form = Jsoup.parse(page.asString()).selectFirst("form[action=" + action + "]");
        assertNotNull(form, "the page has a form posting to " + action);
        var request = given().redirects().follow(false).cookie("csrf-token", page.cookie("csrf-token"))
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
        for (Element input : form.select("input[type=hidden]")) {
            request = request.formParam(input.attr("name"), input.attr("value"));
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.formParam(field.getKey(), field.getValue());
        }
        return request.post(action);
    }

    private static CardProgress progress(String user, String cardId) {
        return QuarkusTransaction.requiringNew().call(() -> CardProgress.find(AppUser.findByUsername(user).id,
                cardId));
    }

    @Test
    @TestSecurity(user = "browse-restore", roles = Role.CANDIDATE)
    void shouldFindASuspendedCardByAKoreanWordOfItsAnswerAndRestoreIt() {
        users.ensure("browse-restore", Role.CANDIDATE);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/study/cards/tw-who/suspend")
                .then().statusCode(200);

        // "유휴 타임아웃" appears only in the Korean answer of tw-who, not in its question.
        Response found = page("/cards?q=유휴 타임아웃");
        assertEquals(200, found.statusCode());
        Document doc = Jsoup.parse(found.asString());
        Element row = doc.selectFirst("#cards tr[data-card=tw-who]");
        assertNotNull(row, "the suspended card is listed");
        assertTrue(row.selectFirst(".card-state").text().contains("Suspended"), row.text());

        Response restored = submit(found, "/cards/tw-who/unsuspend", Map.of());
        assertEquals(303, restored.statusCode());
        String location = restored.header("Location");
        assertTrue(location.contains("/cards?q=") && location.contains("done=unsuspend"), location);
        assertFalse(progress("browse-restore", "tw-who").suspended, "back in the learner's reviews");

        // The redirect's query is already encoded; send it as it is.
        Document after = Jsoup.parse(given().urlEncodingEnabled(false).header("Accept-Language", "en")
                .get(location.substring(location.indexOf("/cards"))).asString());
        assertEquals("Unsuspended: the card is back in your reviews.", after.selectFirst("#cards-done").text());
        Element again = after.selectFirst("#cards tr[data-card=tw-who]");
        assertFalse(again.selectFirst(".card-state").text().contains("Suspended"));
        assertNotNull(again.selectFirst("form[action=/cards/tw-who/suspend]"), "and can be suspended again");
    }

    @Test
    @TestSecurity(user = "browse-marks", roles = Role.CANDIDATE)
    void shouldUnburyResetAndFlagWithAReasonFromTheList() {
        users.ensure("browse-marks", Role.CANDIDATE);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/study/cards/tw-why/bury")
                .then().statusCode(200);
        given().contentType(ContentType.JSON).body(Map.of("rating", 4, "idempotencyKey",
                UUID.randomUUID().toString(), "answerMs", 800)).post("/api/study/cards/tw-last-ack/grade")
                .then().statusCode(200);

        Response buried = page("/cards?state=buried");
        assertEquals(303, submit(buried, "/cards/tw-why/unbury", Map.of()).statusCode());
        assertNull(progress("browse-marks", "tw-why").buriedUntil);

        Response reviewed = page("/cards?state=review");
        assertEquals("Easy", Jsoup.parse(reviewed.asString())
                .selectFirst("#cards tr[data-card=tw-last-ack] td:nth-child(4)").text());
        assertEquals(303, submit(reviewed, "/cards/tw-last-ack/reset", Map.of()).statusCode());
        CardProgress reset = progress("browse-marks", "tw-last-ack");
        assertEquals(0, reset.state, "new again");
        assertEquals(0, reset.reps);

        Response all = page("/cards?topic=tcp-time-wait");
        assertEquals(303, submit(all, "/cards/tw-reuse/flag", Map.of("reason", "예시 코드가 오래됐어요")).statusCode());
        CardProgress flagged = progress("browse-marks", "tw-reuse");
        assertTrue(flagged.flagged);
        assertEquals("예시 코드가 오래됐어요", flagged.flagReason);

        // The card's history page lists the reset card's grade and the flag's reason.
        Document history = Jsoup.parse(page("/cards/tw-reuse").asString());
        assertTrue(history.selectFirst("#card-facts").text().contains("예시 코드가 오래됐어요"));
        Document lastAck = Jsoup.parse(page("/cards/tw-last-ack").asString());
        assertEquals(1, lastAck.select("#card-reviews tbody tr").size(), "history survives a reset");
    }

    @Test
    @TestSecurity(user = "browse-csrf", roles = Role.CANDIDATE)
    void shouldRefuseAFormPostWithoutItsCsrfToken() {
        users.ensure("browse-csrf", Role.CANDIDATE);
        given().contentType(ContentType.JSON).body(Map.of()).post("/api/study/cards/tw-who/suspend")
                .then().statusCode(200);
        int status = given().redirects().follow(false).contentType("application/x-www-form-urlencoded")
                .formParam("back", "/cards").post("/cards/tw-who/unsuspend").statusCode();
        assertTrue(status == 400 || status == 403, "refused: " + status);
        assertTrue(progress("browse-csrf", "tw-who").suspended, "nothing changed");
    }

    @Test
    @TestSecurity(user = "browse-bad", roles = Role.CANDIDATE)
    void shouldShowAnErrorPageForABadFilterAndAnUnknownCard() {
        users.ensure("browse-bad", Role.CANDIDATE);
        Response bad = page("/cards?state=sleeping");
        assertEquals(400, bad.statusCode());
        assertTrue(bad.contentType().startsWith("text/html"), bad.contentType());
        assertEquals(404, page("/cards/no-such-card").statusCode());
    }

    @Test
    void shouldSendAnonymousVisitorsToTheLoginPageAndServeSignedInLearners() {
        Response anonymous = page("/cards?q=TIME_WAIT");
        assertEquals(303, anonymous.statusCode());
        assertTrue(anonymous.header("Location").contains("/login"), anonymous.header("Location"));

        AppUser learner = learners.create(Role.CANDIDATE);
        LoggedInClient client = LoggedInClient.login(base, learner.username, Learners.PASSWORD);
        var list = client.get("/api/cards?q=TIME_WAIT&limit=3");
        assertEquals(200, list.statusCode(), list.body());
        assertTrue(list.body().contains("\"cardId\""), list.body());
    }
}
