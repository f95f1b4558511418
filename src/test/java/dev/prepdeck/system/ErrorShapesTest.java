package dev.prepdeck.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Every error a person or a client can provoke comes with a human message: problem JSON under /api, a page elsewhere. */
@QuarkusTest
class ErrorShapesTest {

    @Test
    @TestSecurity(user = "mentor", roles = "mentor")
    void shouldNameTheFieldOfAJsonTypeErrorInsteadOfGivingTheCsrfHint() {
        given().header("Accept-Language", "en").contentType("application/json")
                .body(Map.of("file", "x.md", "markdown", java.util.List.of("a")))
                .when().post("/api/mentor/content/preview").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The field 'markdown' must be text."))
                .body("errors[0].field", equalTo("markdown"))
                .body(not(containsString("CSRF")))
                .body(not(containsString("jackson")));
    }

    @Test
    @TestSecurity(user = "mentor", roles = "mentor")
    void shouldSayABrokenJsonBodyIsNotJson() {
        given().header("Accept-Language", "en").contentType("application/json")
                .body("{\"markdown\": ")
                .when().post("/api/mentor/content/preview").then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", equalTo("The request body is not valid JSON."))
                .body(not(containsString("form was out of date")));
    }

    @Test
    @TestSecurity(user = "mentor", roles = "mentor")
    void shouldAnswerAPreviewWhoseClozeNumberOverflowsWithAProblemListNot500() {
        String markdown = "---\nid: big\ntitle:\n  ko: 가\n  en: A\ncategory: c\n---\n## Cards\n\n"
                + "### cloze big\nText: {{c99999999999::가}}\n";
        given().header("Accept-Language", "en").contentType("application/json")
                .body(Map.of("file", "big.md", "markdown", markdown))
                .when().post("/api/mentor/content/preview").then().statusCode(200)
                .body("problems[0].line", equalTo(11))
                .body("problems[0].message", containsString("gap numbers go from 1 to 999"));
    }

    @Test
    void shouldAnswerAnUnknownApiAddressWithAPlainMessage() {
        given().header("Accept-Language", "en").when().get("/api/no-such-thing").then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", equalTo("There is nothing at this address."));
    }

    @Test
    void shouldReplaceJavaAndSqlWordingWithAPlainMessage() {
        assertEquals("The request is not valid.", ErrorMappers.humane(ErrorText.in("en"), 400, "For input string: \"abc\""));
        assertEquals("The request is not valid.", ErrorMappers.humane(ErrorText.in("en"), 400,
                "could not execute statement [Value too long for column \"TITLE_KO\"] [insert into topic ...]"));
        assertEquals("The request is not valid.", ErrorMappers.humane(ErrorText.in("en"), 400, "java.lang.NullPointerException"));
        assertEquals("There is nothing at this address.", ErrorMappers.humane(ErrorText.in("en"), 404, "HTTP 404 Not Found"));
        assertEquals("Send the topic's Markdown in the field 'markdown'.",
                ErrorMappers.humane(ErrorText.in("en"), 400, "Send the topic's Markdown in the field 'markdown'."));
    }
}
