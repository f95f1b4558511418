package dev.prepdeck.content.authoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.file.Files;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.prepdeck.content.ContentImportService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;

/** The editor's JSON API: drafts, revisions, conflicts, restore, take-over, publishing and the impact count. */
@QuarkusTest
@TestProfile(AuthoringProfile.class)
class MentorTopicResourceTest {

    @Inject
    ContentImportService importer;

    static Map<String, Object> edit(String markdown, String message, Integer base) {
        return base == null ? Map.of("markdown", markdown, "message", message)
                : Map.of("markdown", markdown, "message", message, "baseRevision", base);
    }

    static void create(String markdown) {
        given().contentType("application/json").body(edit(markdown, "first", null))
                .when().post("/api/mentor/topics").then().statusCode(201);
    }

    @Test
    @TestSecurity(user = "mentor-drafts", roles = "mentor")
    void shouldKeepADraftFromCandidatesUntilItIsPublished() {
        create(TopicDocuments.small("draft-topic", "draft-card", "초안 답."));
        given().when().get("/api/topics").then().statusCode(200).body("id", not(hasItem("draft-topic")));
        given().when().get("/api/topics/draft-topic").then().statusCode(404);
        given().when().get("/api/cards/draft-card").then().statusCode(404);

        given().contentType("application/json").body(Map.of("revision", 1))
                .when().post("/api/mentor/topics/draft-topic/publish").then().statusCode(200);
        given().when().get("/api/topics/draft-topic").then().statusCode(200)
                .body("cards[0].id", equalTo("draft-card"))
                .body("cards[0].ko.back", containsString("초안 답."));

        // a second draft stays unseen while the first revision is live
        given().contentType("application/json").body(edit(TopicDocuments.small("draft-topic", "draft-card", "둘째 답."),
                "second", 1)).when().put("/api/mentor/topics/draft-topic").then().statusCode(200)
                .body("revision", equalTo(2));
        given().when().get("/api/topics/draft-topic").then().statusCode(200)
                .body("cards[0].ko.back", containsString("초안 답."));
    }

    @Test
    @TestSecurity(user = "mentor-conflict", roles = "mentor")
    void shouldRefuseAStaleSaveWith409AndTheirRevisionLosingNothing() {
        create(TopicDocuments.small("conflict-topic", "conflict-card", "처음."));
        given().contentType("application/json").body(edit(TopicDocuments.small("conflict-topic", "conflict-card",
                "그들의 답."), "theirs", 1)).when().put("/api/mentor/topics/conflict-topic").then().statusCode(200);

        String mine = TopicDocuments.small("conflict-topic", "conflict-card", "나의 답.");
        given().contentType("application/json").body(edit(mine, "mine", 1))
                .when().put("/api/mentor/topics/conflict-topic").then().statusCode(409)
                .contentType("application/problem+json")
                .body("status", equalTo(409))
                .body("baseRevision", equalTo(1))
                .body("theirs.number", equalTo(2))
                .body("theirs.author", equalTo("mentor-conflict"))
                .body("theirs.markdown", containsString("그들의 답."))
                .body("yours", containsString("나의 답."))
                .body("diff.findAll { it.op == 'REMOVED' }.text", hasItem("A: 그들의 답."))
                .body("diff.findAll { it.op == 'ADDED' }.text", hasItem("A: 나의 답."));

        given().when().get("/api/mentor/topics/conflict-topic").then().statusCode(200)
                .body("headRevision", equalTo(2)).body("markdown", containsString("그들의 답."));
        // saving on top of their revision is accepted
        given().contentType("application/json").body(edit(mine, "merged", 2))
                .when().put("/api/mentor/topics/conflict-topic").then().statusCode(200).body("revision", equalTo(3));
    }

    @Test
    @TestSecurity(user = "mentor-restore", roles = "mentor")
    void shouldRestoreAnEarlierRevisionAsANewRevisionAndDiffAnyTwo() {
        create(TopicDocuments.small("restore-topic", "restore-card", "첫 답."));
        given().contentType("application/json").body(edit(TopicDocuments.small("restore-topic", "restore-card",
                "바뀐 답."), "reworded", 1)).when().put("/api/mentor/topics/restore-topic").then().statusCode(200);

        given().when().get("/api/mentor/topics/restore-topic/diff?from=1&to=2").then().statusCode(200)
                .body("lines.findAll { it.op == 'REMOVED' }.text", equalTo(List.of("A: 첫 답.")))
                .body("lines.findAll { it.op == 'ADDED' }.text", equalTo(List.of("A: 바뀐 답.")));

        given().contentType("application/json").body(Map.of("baseRevision", 2))
                .when().post("/api/mentor/topics/restore-topic/revisions/1/restore").then().statusCode(200)
                .body("revision", equalTo(3));
        given().when().get("/api/mentor/topics/restore-topic/revisions").then().statusCode(200)
                .body("number", equalTo(List.of(3, 2, 1)))
                .body("[0].message", equalTo("Restored revision 1"))
                .body("[0].author", equalTo("mentor-restore"));
        given().when().get("/api/mentor/topics/restore-topic/revisions/3").then().statusCode(200)
                .body("markdown", containsString("첫 답."));
        given().when().get("/api/mentor/topics/restore-topic/diff?from=1&to=3").then().statusCode(200)
                .body("lines.op", not(hasItem("ADDED")));
    }

    @Test
    @TestSecurity(user = "mentor-ids", roles = "mentor")
    void shouldGiveCardsWithoutAnIdOneWhenSaved() {
        String noIds = TopicDocuments.small("ids-topic", "ids-card", "답.") + """

                ### cloze
                Text: {{c1::빈칸}} 채우기.

                ## Quick cards

                앞::뒤
                """;
        given().contentType("application/json").body(edit(noIds, "no ids", null))
                .when().post("/api/mentor/topics").then().statusCode(201)
                .body("idsAdded", equalTo(2))
                .body("markdown", matchesPattern("(?s).*### cloze ids-topic-[a-z0-9]{6}\n.*앞::뒤 \\^ids-topic-[a-z0-9]{6}.*"));
        given().contentType("application/json").body(Map.of("file", "ids.md", "markdown",
                given().when().get("/api/mentor/topics/ids-topic").then().extract().path("markdown")))
                .when().post("/api/mentor/content/preview").then().statusCode(200)
                .body("problems", equalTo(List.of()));
    }

    @Test
    @TestSecurity(user = "mentor-publish", roles = "mentor")
    void shouldRefuseToPublishARevisionTheImportFindsProblemsIn() {
        String broken = TopicDocuments.small("broken-topic", "broken-card", "답.") + """

                ### choice broken-choice
                Q: 고르시오

                Options:
                - [ ] a
                - [ ] b
                """;
        create(broken);
        given().contentType("application/json").body(Map.of("revision", 1))
                .when().post("/api/mentor/topics/broken-topic/publish").then().statusCode(422)
                .contentType("application/problem+json")
                .body("detail", containsString("no correct option"));
        given().when().get("/api/topics/broken-topic").then().statusCode(404);
        given().when().get("/api/mentor/topics/broken-topic").then().body("publishedRevision", equalTo(null));
    }

    @Test
    @TestSecurity(user = "mentor-folder", roles = "mentor")
    void shouldKeepFolderTopicsReadOnlyUntilTakenOverThenIgnoreTheirFileWithANote() throws Exception {
        String file = Files.readString(AuthoringProfile.CONTENT.resolve("dns-answer-ip.md"));
        given().when().get("/api/mentor/topics").then().statusCode(200)
                .body("find { it.id == 'dns-answer-ip' }.origin", equalTo("folder"))
                .body("find { it.id == 'dns-answer-ip' }.siteOwned", equalTo(false));
        given().when().get("/api/mentor/topics/dns-answer-ip").then().statusCode(200)
                .body("readOnly", equalTo(true)).body("markdown", equalTo(file));
        given().contentType("application/json").body(edit(file, "edit", 0))
                .when().put("/api/mentor/topics/dns-answer-ip").then().statusCode(409)
                .body("detail", containsString("take it over"));
        String before = given().when().get("/api/topics/dns-answer-ip").then().statusCode(200).extract().asString();

        given().contentType("application/json").body("{}").when().post("/api/mentor/topics/dns-answer-ip/take-over").then().log().ifValidationFails().statusCode(200);
        assertEquals(before, given().when().get("/api/topics/dns-answer-ip").then().extract().asString(),
                "taking over changes nothing candidates see");
        given().when().get("/api/mentor/topics/dns-answer-ip").then()
                .body("readOnly", equalTo(false)).body("headRevision", equalTo(1)).body("publishedRevision", equalTo(1));

        // the folder file changes after the take-over: the import skips it and notes why, without a problem
        Files.writeString(AuthoringProfile.CONTENT.resolve("dns-answer-ip.md"), file.replace("title:", "title:\n  x: y"));
        try {
            importer.importFolder();
            assertEquals(before, given().when().get("/api/topics/dns-answer-ip").then().extract().asString());
            given().when().get("/api/content/problems").then().statusCode(200)
                    .body(not(containsString("dns-answer-ip.md")));
            assertTrue(AuthoringTestData.notes().stream().anyMatch(n -> n.file.equals("dns-answer-ip.md")
                    && n.message.contains("The site owns topic 'dns-answer-ip'")));

            // releasing needs the topic back in the folder; it is, so the folder is the source again
            Files.writeString(AuthoringProfile.CONTENT.resolve("dns-answer-ip.md"), file);
            given().contentType("application/json").body("{}").when().post("/api/mentor/topics/dns-answer-ip/release").then().log().ifValidationFails().statusCode(200);
            given().when().get("/api/mentor/topics/dns-answer-ip").then().body("readOnly", equalTo(true));
            assertEquals(before, given().when().get("/api/topics/dns-answer-ip").then().extract().asString());
        } finally {
            Files.writeString(AuthoringProfile.CONTENT.resolve("dns-answer-ip.md"), file);
        }
    }

    @Test
    @TestSecurity(user = "mentor-create", roles = "mentor")
    void shouldRefuseADocumentWhoseIdIsTakenOrMissingOrChanged() {
        given().contentType("application/json").body(edit(TopicDocuments.small("tcp-time-wait", "x-card", "답."), "m",
                null)).when().post("/api/mentor/topics").then().statusCode(409)
                .body("detail", containsString("take it over"));
        given().contentType("application/json").body(edit("# no front matter", "m", null))
                .when().post("/api/mentor/topics").then().statusCode(400)
                .contentType("application/problem+json").body("detail", containsString("front matter"));
        create(TopicDocuments.small("fixed-id", "fixed-card", "답."));
        given().contentType("application/json").body(edit(TopicDocuments.small("other-id", "fixed-card", "답."), "m", 1))
                .when().put("/api/mentor/topics/fixed-id").then().statusCode(400)
                .body("detail", containsString("id: fixed-id"));
        given().contentType("application/json").body(edit(TopicDocuments.small("fixed-id", "fixed-card", "답."), "m",
                null)).when().put("/api/mentor/topics/fixed-id").then().statusCode(400)
                .body("detail", containsString("baseRevision"));
    }
}
