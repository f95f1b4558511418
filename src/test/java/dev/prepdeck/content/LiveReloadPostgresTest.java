package dev.prepdeck.content;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import dev.prepdeck.support.AppProcess;
import dev.prepdeck.support.ScratchDatabase;
import dev.prepdeck.support.StudyCalls;
import dev.prepdeck.support.WebSession;

/**
 * Two PostgreSQL-flavour instances behind one database, each watching its own copy of the content folder, as pods
 * with their own checkout would. A pull on one copy shows on both instances within seconds, and the instance whose
 * copy is still old never imports it back; a broken file on one keeps the last good version live on both; a
 * learner's review survives all of it.
 */
@Tag("postgresql")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveReloadPostgresTest {

    /** The one topic of both folders, the same as the embedded test's. */
    private static final String TOPIC = LiveReloadPackagedTest.TOPIC;

    private ScratchDatabase db;
    private Path contentA;
    private Path contentB;
    private AppProcess a;
    private AppProcess b;
    private WebSession learner;

    @BeforeAll
    void startTwoInstancesWithTheirOwnFolders() throws Exception {
        db = ScratchDatabase.create("prepdeck_live");
        Path workDir = AppProcess.freshWorkDir("live-reload-pg");
        contentA = Files.createDirectories(workDir.resolve("content-a"));
        contentB = Files.createDirectories(workDir.resolve("content-b"));
        Files.writeString(contentA.resolve("live.md"), TOPIC.formatted("처음 질문?"));
        Files.writeString(contentB.resolve("live.md"), TOPIC.formatted("처음 질문?"));
        String key = "live-reload-pg-session-key-" + UUID.randomUUID();
        a = AppProcess.start("instance-a", AppProcess.builtApp(), AppProcess.freePort(), env(contentA, key), workDir);
        a.awaitReady(Duration.ofSeconds(150));
        // b looks at its folder for the first time only after a has imported the pull below: b must start from the
        // copy its start-up took up, not compare that copy with the database and import it back
        Map<String, String> slowFirstLook = new HashMap<>(env(contentB, key));
        slowFirstLook.put("PREPDECK_CONTENT_RELOAD_INTERVAL", "6s");
        b = AppProcess.start("instance-b", AppProcess.builtApp(), AppProcess.freePort(), slowFirstLook, workDir);
        b.awaitReady(Duration.ofSeconds(150));
        learner = StudyCalls.newLearner(a.baseUrl(), "live-" + UUID.randomUUID().toString().substring(0, 8),
                "live reload password");
    }

    private Map<String, String> env(Path content, String key) {
        return Map.of("PREPDECK_DB_URL", db.jdbcUrl(), "PREPDECK_DB_USER", db.user(), "PREPDECK_DB_POOL", "6",
                "PREPDECK_SESSION_KEY", key, "PREPDECK_CONTENT_PATH", content.toString());
    }

    @AfterAll
    void stop() throws Exception {
        AppProcess.closeInOrder(a, b, db);
    }

    @Test
    void shouldShowAPullOnOneCopyOnBothInstancesAndNeverImportTheOldCopyBack() throws Exception {
        HttpResponse<String> graded = StudyCalls.grade(learner, a.baseUrl(), "live-card", UUID.randomUUID().toString());
        assertEquals(200, graded.statusCode(), graded::body);
        long reviewId = StudyCalls.JSON.readTree(graded.body()).get("reviewId").asLong();

        Files.writeString(contentA.resolve("live.md"), TOPIC.formatted("당겨 온 질문?"));
        await("the pulled question on both instances").atMost(LiveReloadPackagedTest.WITHIN_SECONDS).pollInterval(Duration.ofMillis(200))
                .until(() -> question(a).contains("당겨 온 질문?") && question(b).contains("당겨 온 질문?"));
        // b's own copy is still the old one; several of its looks later the site still shows the new text
        await("b not importing its older copy back").during(Duration.ofSeconds(6)).atMost(Duration.ofSeconds(9))
                .until(() -> question(a).contains("당겨 온 질문?") && question(b).contains("당겨 온 질문?"));

        Files.writeString(contentA.resolve("live.md"), TOPIC.formatted("깨진 질문?").replace("category: test\n", ""));
        await("the broken file reported on both").atMost(LiveReloadPackagedTest.WITHIN_SECONDS).pollInterval(Duration.ofMillis(200))
                .until(() -> learner.get(b.baseUrl() + "/api/content/problems").body().contains("stays live"));
        assertTrue(question(a).contains("당겨 온 질문?") && question(b).contains("당겨 온 질문?"),
                "the last good version stays live on both");

        JsonNode reviews = StudyCalls.reviews(learner, b.baseUrl(), "live-card");
        assertEquals(1, reviews.size(), reviews::toString);
        assertEquals(reviewId, reviews.get(0).get("id").asLong());
        assertEquals(1, db.count("SELECT count(*) FROM card WHERE id = 'live-card'"));
    }

    private String question(AppProcess app) {
        HttpResponse<String> card = new WebSession().get(app.baseUrl() + "/api/cards/live-card");
        assertEquals(200, card.statusCode(), card::body);
        return card.body();
    }
}
