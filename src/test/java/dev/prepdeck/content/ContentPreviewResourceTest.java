package dev.prepdeck.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;

import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.prepdeck.content.parse.BadTopics;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

@QuarkusTest
class ContentPreviewResourceTest {

    private static final String DRAFT = """
            ---
            id: draft
            title:
              ko: 초안
              en: Draft
            category: network
            ---
            Model <script>alert(1)</script> answer.

            ## Cards

            ### basic d-one
            Q: 질문?

            A: 답.

            ### choice d-two
            Q: 고르시오

            Options:
            - [ ] a
            - [ ] b
            """;

    @Test
    @TestSecurity(user = "mentor", roles = "mentor")
    void shouldShowAMentorTheProblemsAndTheRenderedCardsOfADraft() {
        given().contentType("application/json").body(Map.of("file", "draft.md", "markdown", DRAFT))
                .when().post("/api/mentor/content/preview").then().statusCode(200)
                .body("problems", hasSize(1))
                .body("problems[0].file", equalTo("draft.md"))
                .body("problems[0].line", equalTo(20))
                .body("problems[0].message", containsString("no correct option"))
                .body("cards.id", equalTo(java.util.List.of("d-one")))
                .body("cards[0].ko.front", containsString("질문?"))
                .body("modelAnswerHtml", not(containsString("<script")));
    }

    @Test
    @TestSecurity(user = "mentor", roles = "mentor")
    void shouldReportEveryValueTheDatabaseCannotHoldInsteadOfCallingTheFileClean() {
        for (BadTopics.Bad bad : BadTopics.all()) {
            given().contentType("application/json").body(Map.of("file", bad.file(), "markdown", bad.text()))
                    .when().post("/api/mentor/content/preview").then().statusCode(200)
                    .body("problems", hasSize(1))
                    .body("problems[0].file", equalTo(bad.file()))
                    .body("problems[0].line", equalTo(bad.line()))
                    .body("problems[0].message", containsString(bad.fragment()));
        }
    }

    @Test
    @TestSecurity(user = "mentor", roles = "mentor")
    void shouldRefuseAnEmptyDraftWithProblemJson() {
        given().contentType("application/json").body(Map.of("file", "x.md", "markdown", " "))
                .when().post("/api/mentor/content/preview").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("markdown"));
    }

    @Test
    @TestSecurity(user = "mentor", roles = "mentor")
    void shouldRefuseAnOversizedDraft() {
        given().contentType("application/json").body(Map.of("file", "x.md", "markdown", "a".repeat(600 * 1024)))
                .when().post("/api/mentor/content/preview").then().statusCode(413)
                .contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "mentor", roles = "mentor")
    void shouldServeThePreviewPageToMentors() {
        given().when().get("/mentor/preview").then().statusCode(200).body(containsString("preview-markdown"));
    }

    @Test
    @TestSecurity(user = "someone", roles = "candidate")
    void shouldKeepThePreviewFromCandidates() {
        given().when().get("/mentor/preview").then().statusCode(403);
    }
}
