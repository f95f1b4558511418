package dev.prepdeck.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.greaterThanOrEqualTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;

@QuarkusTest
class TopicResourceTest {

    @Test
    void shouldListTheTestTopicsWithIdsAndCardCounts() {
        given().when().get("/api/topics").then().statusCode(200).contentType(ContentType.JSON)
                .body("id", hasItems("tcp-time-wait", "browser-github", "dns-answer-ip", "web-server-vs-was"))
                .body("cardCount", everyItem(greaterThanOrEqualTo(12)))
                .body("title.en", everyItem(notNullValue()));
    }

    @Test
    void shouldServeATopicWithItsModelAnswerAndCardsOfEveryKind() {
        List<String> kinds = given().when().get("/api/topics/tcp-time-wait").then().statusCode(200)
                .body("id", equalTo("tcp-time-wait"))
                .body("demo", equalTo("time-wait"))
                .body("modelAnswerHtml", containsString("TIME_WAIT"))
                .body("modelAnswerHtml", not(containsString("<script")))
                .body("modelAnswerHtmlEn", containsString("The 30-second answer"))
                .extract().jsonPath().getList("cards.kind");
        assertTrue(kinds.containsAll(List.of("basic", "cloze", "choice", "order", "followup")), kinds::toString);
    }

    @Test
    void shouldServeOneCardWithKoreanAndEnglishRenderings() {
        given().when().get("/api/cards/tw-linux-60s").then().statusCode(200)
                .body("id", equalTo("tw-linux-60s"))
                .body("topicId", equalTo("tcp-time-wait"))
                .body("hasEnglish", equalTo(true))
                .body("ko.front", notNullValue())
                .body("en.front", notNullValue());
    }

    @Test
    void shouldAnswerAnUnknownTopicWithProblemJson() {
        given().header("Accept-Language", "en").when().get("/api/topics/no-such-topic").then().statusCode(404)
                .contentType("application/problem+json")
                .body("status", equalTo(404))
                .body("title", equalTo("Not Found"))
                .body("detail", containsString("no-such-topic"))
                .body(not(containsString("Exception")));
    }

    @Test
    void shouldAnswerAnUnknownCardWithProblemJson() {
        given().when().get("/api/cards/nope").then().statusCode(404).contentType("application/problem+json")
                .body("instance", equalTo("/api/cards/nope"));
    }

    @Test
    void shouldReportNoProblemsForTheTestContent() {
        given().when().get("/api/content/problems").then().statusCode(200).body("size()", equalTo(0));
    }

    @Test
    void shouldDocumentTheApiAndReportHealth() {
        given().accept("application/json").when().get("/q/openapi").then().statusCode(200)
                .body("paths", org.hamcrest.Matchers.hasKey("/api/topics/{id}"));
        given().when().get("/q/health/ready").then().statusCode(200).body("status", equalTo("UP"));
    }

    @Test
    void shouldRefuseAnonymousReimport() {
        given().when().post("/api/admin/content/import").then().statusCode(401)
                .contentType("application/problem+json");
    }
}
