package dev.prepdeck.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class TopicPagesTest {

    @Test
    void shouldListTopicsWithCardCountsOnTheHomePage() {
        given().header("Accept-Language", "ko").when().get("/").then().statusCode(200)
                .body(allOf(containsString("href=\"/topics/tcp-time-wait\""), containsString("href=\"/topics/web-server-vs-was\""),
                        containsString("class=\"card-count\">카드 ")));
    }

    @Test
    void shouldSpeakEnglishWhenTheLanguageCookieSaysSo() {
        given().cookie("lang", "en").when().get("/").then().statusCode(200)
                .body(allOf(containsString("<html lang=\"en\""), containsString("Practise all topics")));
    }

    @Test
    void shouldRememberTheChosenLanguageInACookieAndGoBack() {
        given().redirects().follow(false).header("Referer", "http://localhost/topics/tcp-time-wait")
                .when().get("/lang?to=en").then().statusCode(303)
                .header("Location", containsString("/topics/tcp-time-wait"))
                .cookie("lang", "en");
    }

    @Test
    void shouldNotRedirectOffSiteWhenSwitchingLanguage() {
        given().redirects().follow(false).when().get("/lang?to=ko&back=//evil.example/").then().statusCode(303)
                .header("Location", not(containsString("evil")));
    }

    @Test
    void shouldShowModelAnswerCardsAndTheMarkedDemoPlaceOnATopicPage() {
        given().when().get("/topics/tcp-time-wait").then().statusCode(200)
                .body(allOf(containsString("class=\"model-answer\""), containsString("data-demo=\"time-wait\""),
                        containsString("id=\"card-tw-who\""), containsString("/demos/time-wait.js")));
    }

    @Test
    void shouldShowAFriendlyPageForAnUnknownTopic() {
        given().accept("text/html").when().get("/topics/nope").then().statusCode(404)
                .body(allOf(containsString("404"), not(containsString("Exception")), containsString("href=\"/\"")));
    }

    @Test
    void shouldOfferPracticeForOneTopicAndForAll() {
        given().when().get("/topics/browser-github/practice").then().statusCode(200)
                .body(containsString("data-source=\"/api/topics/browser-github\""));
        given().when().get("/practice").then().statusCode(200).body(containsString("data-source=\"/api/topics\""));
    }

    @Test
    void shouldListContentProblemsOnAPage() {
        given().when().get("/content/problems").then().statusCode(200).body(containsString("<h1>"));
    }
}
