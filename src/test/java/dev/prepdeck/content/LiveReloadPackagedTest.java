package dev.prepdeck.content;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import dev.prepdeck.support.AppProcess;
import dev.prepdeck.support.StudyCalls;
import dev.prepdeck.support.WebSession;

/**
 * The embedded jar running on a content folder that a mentor edits on disk: the edit shows on the site within
 * seconds without a restart; a broken edit leaves the earlier version live and shows up as a content problem; and a
 * learner's review of the card survives both.
 */
@Tag("packaged")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class LiveReloadPackagedTest {

    static final Duration WITHIN_SECONDS = Duration.ofSeconds(10);
    static final String TOPIC = "---\nid: live-topic\ntitle:\n  ko: 라이브\n  en: Live\ncategory: test\n---\n"
            + "Model answer.\n\n## Cards\n\n### basic live-card\nQ: %s\n\nA: 답\n";

    private Path content;
    private AppProcess app;
    private WebSession learner;

    @BeforeAll
    void startOnAFolderOfOneTopic() throws IOException {
        Path workDir = AppProcess.freshWorkDir("live-reload");
        content = Files.createDirectories(workDir.resolve("content"));
        Files.writeString(content.resolve("live.md"), TOPIC.formatted("처음 질문?"));
        app = AppProcess.start("live-reload", AppProcess.builtH2App(), AppProcess.freePort(), Map.of(
                "PREPDECK_DATA_DIR", workDir.resolve("data").toString(),
                "PREPDECK_CONTENT_PATH", content.toString(),
                "PREPDECK_SESSION_KEY", "live-reload-test-session-key-" + UUID.randomUUID()), workDir);
        app.awaitReady(Duration.ofSeconds(150));
        learner = StudyCalls.newLearner(app.baseUrl(), "live-" + UUID.randomUUID().toString().substring(0, 8),
                "live reload password");
    }

    @AfterAll
    void stop() {
        if (app != null) {
            app.close();
        }
    }

    @Test
    void shouldShowAnEditWithinSecondsAndKeepTheLastGoodVersionOfABrokenFile() throws IOException {
        assertEquals("live-card", StudyCalls.nextDueCard(learner, app.baseUrl()));
        HttpResponse<String> graded = StudyCalls.grade(learner, app.baseUrl(), "live-card", UUID.randomUUID().toString());
        assertEquals(200, graded.statusCode(), graded::body);
        long reviewId = StudyCalls.JSON.readTree(graded.body()).get("reviewId").asLong();

        Files.writeString(content.resolve("live.md"), TOPIC.formatted("고친 질문?"));
        await("the edited question on the site").atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(200))
                .until(() -> card().contains("고친 질문?"));
        assertEquals("[]", get("/api/content/problems").body());

        Files.writeString(content.resolve("live.md"), TOPIC.formatted("깨진 질문?").replace("category: test\n", ""));
        await("the broken file reported").atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(200))
                .until(() -> get("/api/content/problems").body().contains("live.md"));
        String problems = get("/api/content/problems").body();
        assertTrue(problems.contains("category"), problems);
        assertTrue(problems.contains("stays live"), problems);
        assertTrue(card().contains("고친 질문?"), "the last good version stays live");
        assertEquals(200, get("/api/topics/live-topic").statusCode());
        assertTrue(get("/content/problems").body().contains("live.md"), "the content-problems page lists it");

        Files.writeString(content.resolve("live.md"), TOPIC.formatted("다시 고친 질문?"));
        await("the repaired file on the site").atMost(WITHIN_SECONDS).pollInterval(Duration.ofMillis(200))
                .until(() -> card().contains("다시 고친 질문?"));
        assertEquals("[]", get("/api/content/problems").body());

        JsonNode reviews = StudyCalls.reviews(learner, app.baseUrl(), "live-card");
        assertEquals(1, reviews.size(), reviews::toString);
        assertEquals(reviewId, reviews.get(0).get("id").asLong(), reviews::toString);
    }

    private String card() {
        HttpResponse<String> card = get("/api/cards/live-card");
        assertEquals(200, card.statusCode(), card::body);
        return card.body();
    }

    private HttpResponse<String> get(String path) {
        return learner.get(app.baseUrl() + path);
    }
}
