package dev.prepdeck.system;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.prepdeck.support.AppProcess;
import dev.prepdeck.support.EmbeddedDataFolder;
import dev.prepdeck.support.GradeLoad;
import dev.prepdeck.support.StudyCalls;
import dev.prepdeck.support.TestContent;
import dev.prepdeck.support.WebSession;

/**
 * The embedded jar killed with SIGKILL (a crash, the OOM killer, a pulled plug of the container) while learners grade:
 * every grade the server had acknowledged is in the database it left behind, and it starts again on that data.
 */
@Tag("packaged")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedCrashTest {

    private static final String PASSWORD = "embedded crash password";
    private static final int LEARNERS = 3;
    private static final int ACKNOWLEDGED_BEFORE_CRASH = 60;

    private AppProcess crashed;
    private AppProcess restarted;
    private List<String> acknowledged;
    private List<String> lost;
    private WebSession learner;

    @BeforeAll
    void crashWhileGrading() throws Exception {
        Path workDir = AppProcess.freshWorkDir("embedded-crash");
        EmbeddedDataFolder data = new EmbeddedDataFolder(workDir.resolve("data"));
        Map<String, String> env = Map.of(
                "PREPDECK_DATA_DIR", data.path(),
                "PREPDECK_CONTENT_PATH", TestContent.FOLDER.toString(),
                "PREPDECK_SESSION_KEY", "embedded-crash-test-session-key-" + UUID.randomUUID());
        crashed = AppProcess.start("crashed", AppProcess.builtH2App(), AppProcess.freePort(), env, workDir);
        crashed.awaitReady(Duration.ofSeconds(150));
        List<WebSession> learners = StudyCalls.newLearners(crashed.baseUrl(), "crash", LEARNERS, PASSWORD);
        learner = learners.get(0);
        try (GradeLoad load = GradeLoad.start(crashed.baseUrl(), learners, 2_000)) {
            load.awaitAcknowledged(ACKNOWLEDGED_BEFORE_CRASH, Duration.ofSeconds(90));
            crashed.kill();
            load.awaitEnd(Duration.ofSeconds(60));
            acknowledged = load.acknowledged();
        }
        lost = data.missingReviews(acknowledged);

        restarted = AppProcess.start("restarted", AppProcess.builtH2App(), AppProcess.freePort(), env, workDir);
        restarted.awaitReady(Duration.ofSeconds(150));
    }

    @AfterAll
    void stop() throws Exception {
        AppProcess.closeInOrder(crashed, restarted);
    }

    @Test
    void shouldKeepEveryAcknowledgedGradeThroughACrash() {
        assertAll(
                () -> assertTrue(acknowledged.size() >= ACKNOWLEDGED_BEFORE_CRASH, () -> "only " + acknowledged.size()),
                () -> assertEquals(List.of(), lost, () -> lost.size() + " of " + acknowledged.size()
                        + " acknowledged grades were lost"));
    }

    @Test
    void shouldServeTheSameLearnerAfterStartingAgainOnTheCrashedData() throws Exception {
        // the session cookie stays valid: the key is the same, and the account survived
        HttpResponse<String> due = learner.get(restarted.baseUrl() + "/api/study/due?limit=1");
        assertEquals(200, due.statusCode(), due::body);
        String card = StudyCalls.nextDueCard(learner, restarted.baseUrl());
        assertEquals(200, StudyCalls.grade(learner, restarted.baseUrl(), card, UUID.randomUUID().toString())
                .statusCode());
    }
}
