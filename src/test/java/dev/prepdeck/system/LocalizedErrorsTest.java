package dev.prepdeck.system;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.function.Function;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import org.jsoup.Jsoup;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/**
 * Errors speak the visitor's language: with English chosen a 404, 405 or 415 says nothing in Korean, with Korean
 * chosen nothing in English, as problem JSON under /api and as a page elsewhere, framework errors included.
 */
@QuarkusTest
class LocalizedErrorsTest {

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    /** An English word; technical names that stay as they are in Korean text are removed before looking. */
    private static final Pattern ENGLISH_WORD = Pattern.compile("[A-Za-z]{3,}");
    private static final Pattern TECHNICAL = Pattern.compile("Content-Type|application/json|JSON|CSRF|PrepDeck");

    /** One provoked error: how to send it and the status it must get. */
    record Case(String name, int status, Function<RequestSpecification, Response> call) {
    }

    static List<Case> cases() {
        return List.of(
                new Case("404 /api", 404, r -> r.get("/api/no-such-thing")),
                new Case("404 page", 404, r -> r.accept("text/html").get("/no-such-page")),
                new Case("405 /api", 405, r -> r.contentType("application/json").body("{}").delete("/api/topics")),
                new Case("405 page", 405, r -> r.accept("text/html").contentType("application/json").body("{}")
                        .delete("/practice")),
                new Case("415 /api", 415, r -> r.header("X-CSRF-TOKEN", "x").contentType("text/xml").body("<x/>")
                        .put("/api/me/settings")),
                new Case("415 page", 415, r -> r.accept("text/html").header("X-CSRF-TOKEN", "x").contentType("text/xml")
                        .body("<x/>").post("/login")));
    }

    private static String shownText(Response response) throws Exception {
        String type = response.contentType();
        if (type.startsWith("application/problem+json")) {
            return response.jsonPath().getString("title") + " " + response.jsonPath().getString("detail");
        }
        assertTrue(type.startsWith("text/html"), "a page, not " + type);
        return Jsoup.parse(response.asString()).select("main").text() + " " + Jsoup.parse(response.asString()).title();
    }

    private void check(String lang, Pattern foreign) {
        List<Executable> checks = new ArrayList<>();
        for (Case c : cases()) {
            Response response = c.call().apply(given().cookie("lang", lang).redirects().follow(false));
            checks.add(() -> {
                assertEquals(c.status(), response.statusCode(), c.name() + ": " + response.asString());
                String shown = TECHNICAL.matcher(shownText(response)).replaceAll("");
                assertFalse(foreign.matcher(shown).find(), c.name() + " in " + lang + " says: " + shown);
                assertFalse(shown.isBlank(), c.name() + " says nothing");
            });
        }
        assertAll(checks);
    }

    @Test
    void shouldSayNothingInKoreanWhenEnglishIsChosen() {
        check("en", HANGUL);
    }

    @Test
    void shouldSayNothingInEnglishWhenKoreanIsChosen() {
        check("ko", ENGLISH_WORD);
    }

    @Test
    void shouldExplainAFrameworkNotFoundInPlainWords() {
        given().cookie("lang", "en").when().get("/api/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body(org.hamcrest.Matchers.not(org.hamcrest.Matchers.containsString("Unable to find")));
        String korean = given().cookie("lang", "ko").when().get("/api/no-such-thing").then().statusCode(404)
                .extract().jsonPath().getString("detail");
        assertEquals("이 주소에는 아무것도 없습니다.", korean);
    }
}
