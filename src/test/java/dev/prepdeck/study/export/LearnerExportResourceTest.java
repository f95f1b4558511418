package dev.prepdeck.study.export;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import dev.prepdeck.content.csv.AnkiCsv;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** A learner downloads their own cards and history as CSV that reads back; nobody else's, never cached. */
@QuarkusTest
class LearnerExportResourceTest {

    @Inject
    TestUsers users;

    private static void grade(String card, int rating) {
        given().contentType(ContentType.JSON).body(Map.of("rating", rating, "idempotencyKey",
                UUID.randomUUID().toString(), "answerMs", 4_000)).post("/api/study/cards/" + card + "/grade")
                .then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "csv-export-learner", roles = Role.CANDIDATE)
    void shouldExportTheLearnersCardsAsAnAnkiCsvThatReadsBack() {
        users.ensure("csv-export-learner", Role.CANDIDATE);
        grade("tw-why", 3);
        Response response = given().get("/api/study/export.csv");
        response.then().statusCode(200).header("Cache-Control", "no-store")
                .header("Content-Disposition", "attachment; filename=\"prepdeck-cards.csv\"");
        assertTrue(response.contentType().startsWith("text/csv"), response.contentType());

        AnkiCsv.Document doc = AnkiCsv.parse(response.asString());
        assertEquals(',', doc.header().separator());
        assertTrue(doc.header().html());
        assertEquals("Basic", doc.header().notetype());
        assertEquals(3, doc.header().tagsColumn());
        assertEquals(LearnerExport.CARD_COLUMNS, doc.header().columns());
        List<String> row = doc.rows().stream().filter(r -> r.fields().get(3).equals("tw-why")).findFirst()
                .orElseThrow().fields();
        assertTrue(row.get(0).contains("TIME_WAIT"), row.get(0));
        assertEquals("prepdeck tcp-time-wait", row.get(2));
        assertEquals("1", row.get(9), "one review so far");
    }

    @Test
    @TestSecurity(user = "csv-history-learner", roles = Role.CANDIDATE)
    void shouldExportEveryGradeOfTheLearnerOldestFirst() {
        users.ensure("csv-history-learner", Role.CANDIDATE);
        grade("tw-why", 1);
        grade("tw-linux-c1", 4);
        Response response = given().get("/api/study/history.csv");
        response.then().statusCode(200).header("Cache-Control", "no-store");
        AnkiCsv.Document doc = AnkiCsv.parse(response.asString());
        assertEquals(LearnerExport.HISTORY_COLUMNS, doc.header().columns());
        assertEquals(List.of("tw-why", "tw-linux-c1"), doc.rows().stream().map(r -> r.fields().get(1)).toList(),
                "only this learner's two grades, in order");
        assertEquals(List.of("1", "4"), doc.rows().stream().map(r -> r.fields().get(2)).toList());
        assertEquals("new", doc.rows().get(0).fields().get(4));
    }

    @Test
    @TestSecurity(user = "csv-export-empty", roles = Role.MENTOR)
    void shouldGiveALearnerWithoutReviewsOnlyTheHeader() {
        users.ensure("csv-export-empty", Role.MENTOR);
        AnkiCsv.Document doc = AnkiCsv.parse(given().get("/api/study/export.csv").then().statusCode(200)
                .extract().asString());
        assertEquals(List.of(), doc.rows());
    }

    @Test
    void shouldSendAVisitorAwayWith401() {
        given().get("/api/study/export.csv").then().statusCode(401);
        given().get("/api/study/history.csv").then().statusCode(401);
    }
}
