package dev.prepdeck.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.allOf;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.regex.Pattern;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
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

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");

    private static Element modelAnswer(String topicId, String lang) {
        String html = given().cookie("lang", lang).when().get("/topics/" + topicId).then().statusCode(200)
                .extract().asString();
        return Jsoup.parse(html).selectFirst("section.model-answer");
    }

    @Test
    void shouldShowTheEnglishModelAnswerInEnglishModeAndTheKoreanOneInKoreanMode() {
        List<String> ids = given().when().get("/api/topics").then().statusCode(200).extract().jsonPath().getList("id");
        int english = 0;
        for (String id : ids) {
            String en = given().when().get("/api/topics/" + id).then().statusCode(200).extract().jsonPath()
                    .getString("modelAnswerHtmlEn");
            if (en == null) {
                continue;
            }
            english++;
            Element inEnglish = modelAnswer(id, "en");
            Element inKorean = modelAnswer(id, "ko");
            String englishText = Jsoup.parse(en).text();
            assertFalse(HANGUL.matcher(inEnglish.text()).find(), () -> id + " shows Korean in English mode: " + inEnglish.text());
            assertTrue(inEnglish.text().contains(englishText.substring(0, Math.min(60, englishText.length()))), id);
            assertEquals("", inEnglish.attr("lang"), id + " is not marked as a fallback");
            assertTrue(HANGUL.matcher(inKorean.text()).find(), () -> id + " shows no Korean answer in Korean mode");
            assertFalse(inKorean.text().contains(englishText.substring(0, Math.min(60, englishText.length()))), id);
        }
        assertTrue(english > 0, "some topic has an English model answer");
    }

    @Test
    void shouldShowTheKoreanModelAnswerMarkedAsKoreanWhenATopicHasNoEnglishOne() {
        // the test content gives web-server-vs-was no English model answer
        Element inEnglish = modelAnswer("web-server-vs-was", "en");
        assertEquals("ko", inEnglish.attr("lang"));
        assertTrue(HANGUL.matcher(inEnglish.text()).find(), inEnglish::text);
        assertEquals("", modelAnswer("web-server-vs-was", "ko").attr("lang"));
    }
}
