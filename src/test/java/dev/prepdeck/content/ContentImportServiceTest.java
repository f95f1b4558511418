package dev.prepdeck.content;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItems;
import static org.hamcrest.Matchers.hasSize;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.prepdeck.content.parse.ContentLimits;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

@QuarkusTest
class ContentImportServiceTest {

    @Inject
    ContentImportService importer;

    @Inject
    ContentCache cache;

    private static final String TOPIC = """
            ---
            id: %1$s-topic
            title:
              ko: 가져오기 확인
              en: Import check
            category: test
            ---
            Body.

            ## Cards

            ### basic %1$s-one
            Q: %2$s

            A: 하나

            ### cloze %1$s-gaps
            Text: {{c1::가}} 그리고 {{c2::나}}

            ### basic %1$s-two
            Q: 둘?

            A: 둘
            """;

    /** A fresh id prefix per test, so tests never see each other's cards. */
    private String P;

    @org.junit.jupiter.api.BeforeEach
    void freshIds(org.junit.jupiter.api.TestInfo info) {
        P = "ic" + Integer.toHexString(info.getDisplayName().hashCode() & 0xffffff);
    }

    @AfterEach
    void restoreTestContent() {
        importer.importFolder();
    }

    private static Path folderWith(String... files) throws IOException {
        Path dir = Files.createTempDirectory("prepdeck-content");
        for (int i = 0; i < files.length; i += 2) {
            Files.writeString(dir.resolve(files[i]), files[i + 1]);
        }
        return dir;
    }

    private static Card card(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Card.<Card>findById(id));
    }

    private static long rows(String id) {
        return QuarkusTransaction.requiringNew().call(() -> Card.count("id", id));
    }

    @Test
    void shouldLeaveUnchangedCardsUntouchedWhenImportingTwice() throws IOException {
        Path dir = folderWith("t.md", TOPIC.formatted(P, "하나?"));
        ImportReport first = importer.importFolder(dir);
        Instant stamped = card(P + "-one").updatedAt;

        ImportReport second = importer.importFolder(dir);

        assertEquals(4, first.added());
        assertEquals(0, second.added());
        assertEquals(0, second.updated());
        assertEquals(4, second.unchanged());
        assertEquals(stamped, card(P + "-one").updatedAt);
        assertEquals(1, rows(P + "-gaps-c2"));
    }

    @Test
    void shouldUpdateAnEditedCardInPlaceUnderTheSameId() throws IOException {
        importer.importFolder(folderWith("t.md", TOPIC.formatted(P, "하나?")));
        Card before = card(P + "-one");

        ImportReport edited = importer.importFolder(folderWith("t.md", TOPIC.formatted(P, "고쳐 쓴 질문?")));

        Card after = card(P + "-one");
        assertEquals(1, edited.updated());
        assertEquals(3, edited.unchanged());
        assertEquals(before.createdAt, after.createdAt);
        assertTrue(after.view().ko().front().contains("고쳐 쓴 질문?"));
        assertEquals(1, rows(P + "-one"));
    }

    @Test
    void shouldRetireRemovedCardsAndRestoreThemWhenTheyReturn() throws IOException {
        importer.importFolder(folderWith("t.md", TOPIC.formatted(P, "하나?")));
        String without = TOPIC.formatted(P, "하나?").replace("### basic " + P + "-two\nQ: 둘?\n\nA: 둘\n", "");

        ImportReport removed = importer.importFolder(folderWith("t.md", without));
        assertEquals(1, removed.retired());
        assertTrue(card(P + "-two").retired);
        given().when().get("/api/cards/" + P + "-two").then().statusCode(404);

        importer.importFolder(folderWith("t.md", TOPIC.formatted(P, "하나?")));
        assertFalse(card(P + "-two").retired);
        given().when().get("/api/cards/" + P + "-two").then().statusCode(200).body("id", equalTo(P + "-two"));
        assertEquals(1, rows(P + "-two"));
    }

    @Test
    void shouldListOneProblemPerDefectWhileEveryGoodTopicStillLoads() throws IOException {
        Path dir = Files.createTempDirectory("prepdeck-content");
        try (Stream<Path> tests = Files.list(importer.folder())) {
            for (Path p : tests.filter(p -> p.toString().endsWith(".md")).toList()) {
                Files.copy(p, dir.resolve(p.getFileName()));
            }
        }
        int goodTopics = importer.importFolder(dir).topics();
        String head = "---\nid: %s\ntitle:\n  ko: 가\n  en: A\ncategory: test\n---\n## Cards\n";
        Files.writeString(dir.resolve("zz-front.md"), "---\nid: [broken\n---\n");
        Files.writeString(dir.resolve("zz-dup.md"), head.formatted("zz-dup") + "### basic ic-dup\nQ: q\n\nA: a\n\n### basic ic-dup\nQ: q\n\nA: a\n");
        Files.writeString(dir.resolve("zz-cloze.md"), head.formatted("zz-cloze") + "### cloze zz-c\nText: 빈칸이 없다\n");
        Files.writeString(dir.resolve("zz-choice.md"), head.formatted("zz-choice") + "### choice zz-ch\nQ: q\n\nOptions:\n- [ ] a\n- [ ] b\n");
        Files.writeString(dir.resolve("zz-kind.md"), head.formatted("zz-kind") + "### essay zz-k\nQ: q\n\nA: a\n");

        importer.importFolder(dir);

        given().when().get("/api/content/problems").then().statusCode(200)
                .body("$", hasSize(5))
                .body("file", hasItems("zz-front.md", "zz-dup.md", "zz-cloze.md", "zz-choice.md", "zz-kind.md"))
                .body("find { it.file == 'zz-cloze.md' }.line", equalTo(10))
                .body("find { it.file == 'zz-choice.md' }.message", org.hamcrest.Matchers.containsString("no correct option"));
        List<String> ids = given().when().get("/api/topics").then().statusCode(200).extract().jsonPath().getList("id");
        assertEquals(goodTopics + 4, ids.size(), "good topics plus the four broken files' topics that still parse");
        given().when().get("/content/problems").then().statusCode(200)
                .body(org.hamcrest.Matchers.containsString("zz-kind.md"));
    }

    @Test
    void shouldCheckContentAgainstTheColumnSizesOfTheSchema() {
        Map<String, Integer> expected = Map.of("topic.id", ContentLimits.TOPIC_ID, "topic.title_ko", ContentLimits.TITLE,
                "topic.title_en", ContentLimits.TITLE, "topic.category", ContentLimits.CATEGORY,
                "topic.tags", ContentLimits.TAGS, "topic.source_file", ContentLimits.FILE,
                "card.id", ContentLimits.CARD_ID, "card.note_id", ContentLimits.CARD_ID,
                "content_problem.file", ContentLimits.FILE);
        expected.forEach((column, size) -> {
            String[] parts = column.split("\\.");
            Number actual = QuarkusTransaction.requiringNew().call(() -> (Number) Card.getEntityManager()
                    .createNativeQuery("SELECT character_maximum_length FROM information_schema.columns"
                            + " WHERE LOWER(table_name) = ?1 AND LOWER(column_name) = ?2")
                    .setParameter(1, parts[0]).setParameter(2, parts[1]).getSingleResult());
            assertEquals(size, actual.intValue(), column);
        });
    }

    @Test
    void shouldSkipTheStartupImportOfAnUnchangedFolderButNotOfAChangedOne() {
        importer.importFolder();
        // a change the folder does not explain; only a real import would undo it
        QuarkusTransaction.requiringNew().run(() -> Card.update("retired = true where id = ?1", "tw-why"));

        importer.importIfChanged();
        assertTrue(card("tw-why").retired, "same folder, same release: not parsed again");

        QuarkusTransaction.requiringNew().run(() -> Card.getEntityManager()
                .createNativeQuery("UPDATE content_import_lock SET folder_fingerprint = 'another folder' WHERE id = 1")
                .executeUpdate());
        importer.importIfChanged();
        assertFalse(card("tw-why").retired, "another folder was imported last: imported again");
    }

    @Test
    void shouldShowAnImportOfThisInstanceAtOnce() throws IOException {
        importer.importFolder(folderWith("t.md", TOPIC.formatted(P, "하나?")));
        assertTrue(cached(P + "-one").contains("하나?"));

        importer.importFolder(folderWith("t.md", TOPIC.formatted(P, "고쳐 쓴 질문?")));

        assertTrue(cached(P + "-one").contains("고쳐 쓴 질문?"));
    }

    @Test
    void shouldShowAnotherInstancesImportWithinSeconds() throws IOException {
        importer.importFolder(folderWith("t.md", TOPIC.formatted(P, "하나?")));
        assertTrue(cached(P + "-one").contains("하나?"));
        Card other = card(P + "-two");

        // what another instance's import leaves in the database: new rendering, the next content version
        QuarkusTransaction.requiringNew().run(() -> {
            Card.update("viewJson = ?1 where id = ?2", other.viewJson, P + "-one");
            Card.getEntityManager().createNativeQuery(
                    "UPDATE content_import_lock SET content_version = content_version + 1 WHERE id = 1").executeUpdate();
        });

        await("the other instance's rendering is shown").atMost(ContentCache.RECHECK.multipliedBy(5))
                .pollInterval(Duration.ofMillis(50)).until(() -> cached(P + "-one").contains("둘?"));
    }

    private String cached(String id) {
        return QuarkusTransaction.requiringNew().call(() -> cache.card(id).view().ko().front());
    }
}
