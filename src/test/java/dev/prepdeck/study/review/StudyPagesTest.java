package dev.prepdeck.study.review;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;

/** The review screen, the statistics page and the mentors' list as the server renders them. */
@QuarkusTest
class StudyPagesTest {

    @Inject
    TestUsers users;

    private static Document page(String path, String lang) {
        String html = given().header("Accept-Language", lang).when().get(path).then().statusCode(200)
                .contentType(containsString("text/html")).extract().asString();
        return Jsoup.parse(html);
    }

    @Test
    @TestSecurity(user = "page-study", roles = Role.CANDIDATE)
    void shouldRenderTheReviewScreenForTheChosenTopics() {
        users.ensure("page-study", Role.CANDIDATE);
        Document doc = page("/study?topic=tcp-time-wait&topic=dns-answer-ip", "en");
        Element review = doc.getElementById("review");
        assertNotNull(review);
        assertEquals("tcp-time-wait,dns-answer-ip", review.attr("data-topics"));
        assertEquals("en", review.attr("data-lang"));
        assertTrue(doc.select("script[type=module][src=/js/review.js]").size() == 1);
        assertEquals(2, doc.select(".topic-picker input[checked]").size());
        assertTrue(doc.selectFirst("template#study-text").html().contains("Show answer"), "English UI strings");
        assertEquals(6, doc.select("#review-actions button[data-action]").size());
        assertTrue(doc.select("a[href=/study]").size() >= 1, "navigation links to the review screen");

        Document korean = page("/study", "ko");
        assertTrue(korean.getElementById("review-help").text().contains("마지막 작업(평가, 묻어 두기, 일시 중지, 표시) 되돌리기"));
        assertEquals("", korean.getElementById("review").attr("data-topics"));

        given().get("/study?topic=nope").then().statusCode(400).contentType(containsString("text/html"));
    }

    @Test
    @TestSecurity(user = "page-stats", roles = Role.CANDIDATE)
    void shouldDrawStatisticsAsInlineSvg() {
        users.ensure("page-stats", Role.CANDIDATE);
        given().contentType(ContentType.JSON).body(Map.of("rating", 3, "idempotencyKey", UUID.randomUUID().toString(),
                "answerMs", 61_000)).post("/api/study/cards/tw-why/grade").then().statusCode(200);
        Document doc = page("/stats", "en");
        assertEquals(365, doc.select("#stats-calendar rect").size());
        assertEquals(1, doc.select("#stats-calendar rect.heat-today:not(.heat-0)").size(), "today has a review");
        assertEquals(30, doc.select("#stats-forecast rect.bar").size());
        assertEquals("1", doc.selectFirst("#stats-forecast rect.bar").attr("data-count"), "due again today");
        assertTrue(doc.getElementById("stats-today").text().contains("1 reviews"), doc.getElementById("stats-today").text());
        assertTrue(doc.getElementById("stats-streak").text().contains("1 days"));
        assertEquals(4, doc.select("#stats-retention tbody tr").size());
        assertTrue(doc.select("link[href^=http], script[src^=http]").isEmpty(), "nothing from a CDN");
        given().header("Accept-Language", "ko").get("/stats").then().statusCode(200)
                .body(containsString("복습 달력")).body(not(containsString("Review calendar")));
    }

    @Test
    @TestSecurity(user = "page-mentor", roles = Role.MENTOR)
    void shouldListFlaggedCardsForMentors() {
        users.ensure("page-mentor", Role.MENTOR);
        given().contentType(ContentType.JSON).body("{}").post("/api/study/cards/dnsip-anycast/flag")
                .then().statusCode(200);
        Document doc = page("/mentor/flags", "en");
        Element row = doc.selectFirst("#flags tr[data-card=dnsip-anycast]");
        assertNotNull(row, doc.text());
        assertTrue(Integer.parseInt(row.select("td.num").get(0).text()) >= 1);
        assertNotNull(row.selectFirst("a[href=/topics/dns-answer-ip#card-dnsip-anycast]"));
    }
}
