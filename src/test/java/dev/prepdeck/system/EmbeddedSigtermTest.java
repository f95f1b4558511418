package dev.prepdeck.system;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
 * The embedded jar stopped with SIGTERM while learners grade: grades in flight are finished and saved, none is
 * answered with a server error, and the database closes only after the last one.
 */
@Tag("packaged")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedSigtermTest {

    private static final String PASSWORD = "embedded sigterm password";
    private static final int LEARNERS = 4;

    private AppProcess app;
    private List<GradeLoad.Outcome> outcomes;
    private List<String> acknowledged;
    private List<String> lost;
    private int exitCode;

    @BeforeAll
    void stopWhileGrading() throws Exception {
        Path workDir = AppProcess.freshWorkDir("embedded-sigterm");
        EmbeddedDataFolder data = new EmbeddedDataFolder(workDir.resolve("data"));
        // the shipped shutdown settings: no PREPDECK_SHUTDOWN_* variables
        Map<String, String> env = Map.of(
                "PREPDECK_DATA_DIR", data.path(),
                "PREPDECK_CONTENT_PATH", TestContent.FOLDER.toString(),
                "PREPDECK_SESSION_KEY", "embedded-sigterm-test-session-key-" + UUID.randomUUID());
        app = AppProcess.start("stopped", AppProcess.builtH2App(), AppProcess.freePort(), env, workDir);
        app.awaitReady(Duration.ofSeconds(150));
        List<WebSession> learners = StudyCalls.newLearners(app.baseUrl(), "term", LEARNERS, PASSWORD);
        try (GradeLoad load = GradeLoad.start(app.baseUrl(), learners, 2_000)) {
            load.awaitAcknowledged(20, Duration.ofSeconds(60));
            app.terminate();
            exitCode = app.awaitExit(Duration.ofSeconds(60));
            load.awaitEnd(Duration.ofSeconds(60));
            outcomes = load.outcomes();
            acknowledged = load.acknowledged();
        }
        lost = data.missingReviews(acknowledged);
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void shouldAnswerNoGradeWithAServerErrorWhileStopping() {
        List<GradeLoad.Outcome> failed = outcomes.stream().filter(o -> o.status() >= 500).toList();
        assertEquals(List.of(), failed, "grades sent while the server stopped");
    }

    @Test
    void shouldStoreEveryGradeAcknowledgedWhileStopping() {
        assertAll(
                () -> assertTrue(acknowledged.size() >= 20),
                () -> assertEquals(List.of(), lost, () -> lost.size() + " of " + acknowledged.size()
                        + " acknowledged grades were lost"));
    }

    @Test
    void shouldCloseTheDatabaseOnlyAfterTheLastRequest() {
        // Quarkus still hands a request that arrived in the last moment of the stop to a worker, which finds the
        // persistence context closed and logs "[Error Occurred After Shutdown]"; no answer reaches the client (the
        // test above sees no 5xx) and nothing was acknowledged. Any other error is a failure.
        String log = app.log().lines().filter(line -> !line.contains("[Error Occurred After Shutdown]"))
                .reduce("", (a, b) -> a + b + "\n");
        assertAll(
                () -> assertEquals(143, exitCode, "the JVM's exit code after SIGTERM and its shutdown hooks"),
                () -> assertTrue(log.contains("prepdeck stopped in"), app::logTail),
                () -> assertFalse(log.contains("already closed"), app::logTail),
                () -> assertFalse(log.contains(" ERROR "), app::logTail));
    }
}
