package dev.prepdeck.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.prepdeck.content.parse.BadTopics;
import dev.prepdeck.content.parse.MalformedTopics;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.path.json.JsonPath;

/** An instance whose content folder holds one file per unstorable value still starts and serves the good topics. */
@QuarkusTest
@TestProfile(BadContentStartupTest.BadFolder.class)
class BadContentStartupTest {

    /** Starts on a content folder with the eight bad files beside a good one. */
    public static class BadFolder implements QuarkusTestProfile {
        static final Path FOLDER = write();

        private static Path write() {
            try {
                Path dir = Files.createTempDirectory("prepdeck-bad-content");
                Files.writeString(dir.resolve("good.md"), BadTopics.good());
                for (BadTopics.Bad bad : BadTopics.all()) {
                    Files.writeString(dir.resolve(bad.file()), bad.text());
                }
                return dir;
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }

        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("prepdeck.content.path", FOLDER.toString(),
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:prepdeck-bad-content;MODE=PostgreSQL;"
                            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
    }

    @Inject
    ContentImportService importer;

    @Test
    void shouldStartAndServeTheGoodTopicsBesideEightBadFiles() {
        List<String> topics = given().when().get("/api/topics").then().statusCode(200)
                .extract().jsonPath().getList("id");
        assertTrue(topics.containsAll(List.of("good-topic", "bad-card-id", "bad-private-use", "bad-cloze-number")),
                topics::toString);
        assertTrue(topics.stream().noneMatch(id -> id.startsWith("iiii") || id.equals("bad-category")), topics::toString);
        given().when().get("/api/cards/bd-1").then().statusCode(200);
        given().when().get("/api/cards/bp-1").then().statusCode(200);
        given().when().get("/api/cards/bp-2-c1").then().statusCode(404);
    }

    @Test
    void shouldListEachBadValueAsAContentProblemWithItsLine() {
        JsonPath problems = given().when().get("/api/content/problems").then().statusCode(200).extract().jsonPath();
        for (BadTopics.Bad bad : BadTopics.all()) {
            Map<String, Object> problem = problems.getMap("find { it.file == '" + bad.file() + "' }");
            assertTrue(problem != null, () -> "no problem listed for " + bad.file());
            assertTrue(problem.get("line").equals(bad.line()), () -> bad.file() + ": " + problem);
            assertTrue(String.valueOf(problem.get("message")).contains(bad.fragment()), () -> problem.toString());
        }
        given().when().get("/content/problems").then().statusCode(200).body(containsString("bad-cloze-number.md"));
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void shouldAnswerAnAdminReimportWithTheProblemCountInsteadOf500() {
        given().contentType("application/json").when().post("/api/admin/content/import").then().statusCode(200)
                .body("problems", equalTo(BadTopics.all().size()))
                .body("topics", equalTo(4))
                .body(not(containsString("Exception")));
        given().when().get("/api/topics").then().statusCode(200).body("id", hasItem("good-topic"));
    }

    @Test
    void shouldImportGeneratedMalformedFoldersWithoutEverFailing() throws IOException {
        long seed = 424242L;
        MalformedTopics generator = new MalformedTopics(seed);
        try {
            for (int round = 0; round < 4; round++) {
                Path dir = Files.createTempDirectory("prepdeck-fuzz");
                Files.writeString(dir.resolve("good.md"), BadTopics.good());
                for (int i = 0; i < 30; i++) {
                    // getBytes, not writeString: a cut surrogate pair becomes '?' instead of failing the write
                    Files.write(dir.resolve("fuzz-" + i + ".md"),
                            generator.next("fz" + round + "-" + i).getBytes(StandardCharsets.UTF_8));
                }
                int r = round;
                ImportReport report = assertDoesNotThrow(() -> importer.importFolder(dir),
                        () -> "round " + r + " of seed " + seed + " in " + dir);
                assertTrue(report.topics() >= 1, () -> "round " + r + ": " + report);
                given().when().get("/api/cards/good-1").then().statusCode(200);
            }
        } finally {
            importer.importFolder();
        }
    }
}
