package dev.prepdeck.content.csv;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.prepdeck.content.Topic;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** A mentor previews an Anki CSV as a topic file; bad files get a problem with lines; nothing is ever stored. */
@QuarkusTest
@TestHTTPEndpoint(CsvImportResource.class)
class CsvImportResourceTest {

    private static final String DECK = """
            #separator:Tab
            #html:true
            #notetype column:1
            #deck:Anki Network
            #tags column:4
            Basic\tWhy does <b>TIME_WAIT</b> exist?\tTo re-ACK a lost FIN<br>and let old segments die\ttcp
            Cloze\t"Linux keeps TIME_WAIT for {{c1::60 seconds}}"\t\ttcp
            Basic\tWhy does <b>TIME_WAIT</b> exist?\tsame again\ttcp
            Basic\t\tno front\ttcp
            """;

    @Test
    @TestSecurity(user = "csv-mentor", roles = "mentor")
    void shouldGiveAMentorAReportAndATopicFileTheContentParserAccepts() {
        long topicsBefore = QuarkusTransaction.requiringNew().call(() -> Topic.count());
        post(Map.of("topic", "anki-net", "csv", DECK)).then().statusCode(200)
                .body("dryRun", equalTo(true))
                .body("created", equalTo(2)).body("duplicates", equalTo(1)).body("skipped", equalTo(1))
                .body("rows.line", equalTo(List.of(6, 7, 8, 9)))
                .body("rows.status", equalTo(List.of("new", "new", "duplicate", "skipped")))
                .body("rows[2].reason", equalTo("Same text as line 6."))
                .body("problems", hasSize(0))
                .body("markdown", containsString("### basic anki-net-1\nQ: Why does <b>TIME_WAIT</b> exist?"))
                .body("markdown", containsString("### cloze anki-net-2\nText: Linux keeps TIME_WAIT for {{c1::60"))
                .body("markdown", containsString("en: \"Anki Network\""));
        long topicsAfter = QuarkusTransaction.requiringNew().call(() -> Topic.count());
        assertEquals(topicsBefore, topicsAfter, "a preview stores nothing");
    }

    @Test
    @TestSecurity(user = "csv-mentor", roles = "mentor")
    void shouldAnswerAMalformedFileWithAProblemNamingEveryBadLine() {
        post(Map.of("topic", "broken", "csv", "#separator:Comma\n#columns:Front,Back\nQ,A\nQ2,A2,extra\nQ3\n"))
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("detail", containsString("Nothing was imported"))
                .body("errors.line", equalTo(List.of("4", "5")))
                .body("errors[0].message", containsString("3 fields"));
        post(Map.of("topic", "broken", "csv", "#separator:Comma\nfine,row\n\"never closed,x\n"))
                .then().statusCode(400)
                .body("errors[0].line", equalTo("3"))
                .body("errors[0].message", containsString("never closed"));
        post(Map.of("topic", "broken", "csv", "#notetype:Image Occlusion\nQ\tA\n")).then().statusCode(400)
                .body("errors[0].message", containsString("Unknown notetype 'Image Occlusion'"));
        post(Map.of("topic", "Not An Id", "csv", "Q,A\n")).then()
                .statusCode(400).contentType("application/problem+json")
                .body("detail", containsString("topic id"));
    }

    @Test
    @TestSecurity(user = "csv-mentor", roles = "mentor")
    void shouldRefuseAFileOverTheLimit() {
        String big = "#separator:Comma\n" + "question,answer\n".repeat(CsvImportResource.MAX_BYTES / 16 + 1);
        post(Map.of("topic", "big", "csv", big)).then()
                .statusCode(413).contentType("application/problem+json");
    }

    private static io.restassured.response.Response post(Map<String, String> upload) {
        return given().contentType("application/json").body(upload).when().post();
    }

    @Test
    void shouldSendAVisitorAwayWith401() {
        post(Map.of("topic", "x", "csv", "Q,A\n")).then().statusCode(401);
    }

    @Test
    @TestSecurity(user = "csv-candidate", roles = "candidate")
    void shouldForbidACandidate() {
        post(Map.of("topic", "x", "csv", "Q,A\n")).then().statusCode(403);
    }

    @Test
    @TestSecurity(user = "csv-admin", roles = "admin")
    void shouldLetAnAdminPreviewToo() {
        post(Map.of("topic", "x", "csv", "Q,A\n")).then().statusCode(200)
                .body("created", equalTo(1));
    }
}
