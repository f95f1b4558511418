package dev.prepdeck.content;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.time.Duration;
import java.time.Instant;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.prepdeck.account.AppUser;
import dev.prepdeck.account.Role;
import dev.prepdeck.study.Learners;
import dev.prepdeck.study.PastReviews;
import dev.prepdeck.study.LoggedInClient;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The home page shows a signed-in learner their own progress per topic: cards seen, due today, retention. */
@QuarkusTest
class HomeProgressTest {

    @TestHTTPResource("/")
    URI base;

    @Inject
    Learners learners;

    @Inject
    PastReviews past;

    @Test
    void shouldShowEachTopicsCardsSeenDueAndRetentionToTheLearner() {
        AppUser learner = learners.create(Role.CANDIDATE);
        Instant now = Instant.now();
        // three weeks ago: two TIME_WAIT cards learnt at once (Easy makes them review cards)
        Instant then = now.minus(Duration.ofDays(21));
        past.grade(learner.id, "tw-why", 4, then);
        past.grade(learner.id, "tw-who", 4, then);
        // today: one of them reviewed and remembered, so it is no longer due; one web-server card failed
        past.grade(learner.id, "tw-why", 3, now);
        past.grade(learner.id, "was-diff", 1, now);

        LoggedInClient client = LoggedInClient.login(base, learner.username, Learners.PASSWORD);
        client.getPage("/lang?to=en");
        Document home = Jsoup.parse(client.getPage("/").body());
        Element tw = home.selectFirst("[data-topic=tcp-time-wait] .topic-progress");
        Element was = home.selectFirst("[data-topic=web-server-vs-was] .topic-progress");
        Element dns = home.selectFirst("[data-topic=dns-answer-ip] .topic-progress");
        String twCards = home.selectFirst("[data-topic=tcp-time-wait] .card-count").text().replaceAll("\\D", "");
        assertAll(
                () -> assertEquals("2 of " + twCards + " cards seen", tw.selectFirst(".progress-seen").text()),
                () -> assertEquals("1 due today", tw.selectFirst(".progress-due").text(), "tw-who is due again"),
                () -> assertEquals("Retention (30 days) 100.0%", tw.selectFirst(".progress-retention").text()),
                () -> assertTrue(was.selectFirst(".progress-seen").text().startsWith("1 of "), was.text()),
                () -> assertEquals("1 due today", was.selectFirst(".progress-due").text(), "an Again card comes back today"),
                () -> assertEquals("Retention (30 days) —", was.selectFirst(".progress-retention").text(),
                        "a new card's first grade says nothing about memory"),
                () -> assertTrue(dns.selectFirst(".progress-seen").text().startsWith("0 of "), dns.text()),
                () -> assertEquals("0 due today", dns.selectFirst(".progress-due").text()));

        // another learner sees only their own (empty) progress
        AppUser other = learners.create(Role.CANDIDATE);
        Document theirs = Jsoup.parse(LoggedInClient.login(base, other.username, Learners.PASSWORD).getPage("/").body());
        assertTrue(theirs.selectFirst("[data-topic=tcp-time-wait] .progress-seen").text().startsWith("본 카드 0/"));
    }

    @Test
    void shouldShowNoProgressToAVisitor() {
        String html = given().accept("text/html").when().get("/").then().statusCode(200).extract().asString();
        Document home = Jsoup.parse(html);
        assertAll(
                () -> assertEquals(4, home.select(".topic-tile").size()),
                () -> assertTrue(home.select(".topic-progress").isEmpty(), "a visitor has no progress to show"));
    }
}
