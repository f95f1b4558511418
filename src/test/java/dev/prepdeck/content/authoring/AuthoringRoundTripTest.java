package dev.prepdeck.content.authoring;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.prepdeck.content.ContentImportService;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/**
 * Every card kind through the editor: a topic from the folder, taken over, saved in the editor and published, reads
 * exactly as the folder import made it (same cards, same ids, same rendering); so does a topic created on the site.
 */
@QuarkusTest
@TestProfile(AuthoringProfile.class)
class AuthoringRoundTripTest {

    @Inject
    ContentImportService importer;

    @Test
    @TestSecurity(user = "mentor-round-trip", roles = "mentor")
    void shouldGiveIdenticalCardsAndIdsThroughEditorSaveAndPublishAsThroughTheFolder() throws Exception {
        Path file = AuthoringProfile.CONTENT.resolve("round-trip/every-kind.md");
        Files.createDirectories(file.getParent());
        String text = TopicDocuments.everyKind("rt-every-kind", "rtk");
        Files.writeString(file, text);
        try {
            importer.importFolder();
            String fromFolder = given().when().get("/api/topics/rt-every-kind").then().statusCode(200)
                    .extract().asString();
            List<String> ids = JsonPath.from(fromFolder).getList("cards.id");
            assertEquals(List.of("rtk-basic", "rtk-cloze-c1", "rtk-cloze-c2", "rtk-choice", "rtk-order", "rtk-follow",
                    "rtk-quick", "rtk-both", "rtk-both-rev"), ids);
            assertEquals(List.of("basic", "cloze", "cloze", "choice", "order", "followup", "basic", "basic", "basic"),
                    JsonPath.from(fromFolder).getList("cards.kind"));

            given().contentType("application/json").body("{}").when()
                    .post("/api/mentor/topics/rt-every-kind/take-over").then().statusCode(200);
            String opened = given().when().get("/api/mentor/topics/rt-every-kind").then().statusCode(200)
                    .body("markdown", equalTo(text)).extract().path("markdown");
            given().contentType("application/json").body(Map.of("markdown", opened, "message", "saved unchanged",
                    "baseRevision", 1)).when().put("/api/mentor/topics/rt-every-kind").then().statusCode(200)
                    .body("revision", equalTo(2)).body("idsAdded", equalTo(0));
            given().contentType("application/json").body(Map.of("revision", 2))
                    .when().post("/api/mentor/topics/rt-every-kind/publish").then().statusCode(200);
            assertEquals(fromFolder, given().when().get("/api/topics/rt-every-kind").then().extract().asString());

            given().contentType("application/json").body("{}").when()
                    .post("/api/mentor/topics/rt-every-kind/release").then().statusCode(200);
            assertEquals(fromFolder, given().when().get("/api/topics/rt-every-kind").then().extract().asString());
        } finally {
            Files.delete(file);
            importer.importFolder();
        }
    }

    @Test
    @TestSecurity(user = "mentor-round-trip", roles = "mentor")
    void shouldPublishASiteTopicWithTheCardsTheFolderParserMakesOfItsText() {
        String text = TopicDocuments.everyKind("site-every-kind", "sek").replace("### order sek-order", "### order");
        String saved = given().contentType("application/json").body(Map.of("markdown", text, "message", "new"))
                .when().post("/api/mentor/topics").then().statusCode(201).body("idsAdded", equalTo(1))
                .extract().path("markdown");
        given().contentType("application/json").body(Map.of("revision", 1))
                .when().post("/api/mentor/topics/site-every-kind/publish").then().statusCode(200);

        JsonPath live = given().when().get("/api/topics/site-every-kind").then().statusCode(200).extract().jsonPath();
        JsonPath parsed = given().contentType("application/json").body(Map.of("file", "x.md", "markdown", saved))
                .when().post("/api/mentor/content/preview").then().statusCode(200).extract().jsonPath();
        assertEquals(parsed.getList("cards.id"), live.getList("cards.id"));
        assertEquals(9, live.getList("cards.id").size());
        assertEquals(parsed.getList("cards.ko"), live.getList("cards.ko"));
        assertEquals(parsed.getList("cards.en"), live.getList("cards.en"));
        assertEquals(parsed.getString("modelAnswerHtml"), live.getString("modelAnswerHtml"));
        assertEquals("@site/site-every-kind.md", live.getString("sourceFile"));
    }
}
