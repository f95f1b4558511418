package dev.prepdeck.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.OutputStream;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import dev.prepdeck.support.AppProcess;
import dev.prepdeck.support.EmbeddedDataFolder;
import dev.prepdeck.support.StudyCalls;
import dev.prepdeck.support.TestContent;
import dev.prepdeck.support.WebSession;

/**
 * The embedded jar's data folder on a small file system that fills up while a learner grades: no grade is
 * acknowledged unless it was stored, the others get a 503 problem that is safe to retry, readiness goes DOWN, and
 * once space is freed the server recovers by itself and the retried grades are saved once each. Mounting a tmpfs
 * needs root, as CI runs; elsewhere the test is skipped.
 */
@Tag("packaged")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedDiskFullTest {

    private static final String PASSWORD = "embedded disk full password";
    private static final int MAX_GRADES_WHILE_FULL = 300;

    private Path mountPoint;
    private boolean mounted;
    private AppProcess app;
    private EmbeddedDataFolder data;
    private WebSession learner;
    private String card;

    private final List<String> acknowledged = new ArrayList<>();
    private final List<HttpResponse<String>> refused = new ArrayList<>();
    private final List<String> refusedKeys = new ArrayList<>();
    private final List<Integer> otherStatuses = new ArrayList<>();
    private HttpResponse<String> signupWhileFull;
    private int readinessWhileFull;
    private int readinessAfterFreeing;
    private final List<HttpResponse<String>> retries = new ArrayList<>();
    private HttpResponse<String> gradeAfterRecovery;
    private List<String> lost;

    @BeforeAll
    void fillTheDiskWhileGrading() throws Exception {
        assumeTrue("root".equals(System.getProperty("user.name")), "mounting a tmpfs needs root");
        Path workDir = AppProcess.freshWorkDir("embedded-disk-full");
        mountPoint = Files.createDirectories(workDir.resolve("data"));
        assertEquals(0, run("mount", "-t", "tmpfs", "-o", "size=64m", "tmpfs", mountPoint.toString()),
                "mount a 64 MiB tmpfs for the data folder");
        mounted = true;
        data = new EmbeddedDataFolder(mountPoint);
        Map<String, String> env = Map.of(
                "PREPDECK_DATA_DIR", data.path(),
                "PREPDECK_CONTENT_PATH", TestContent.FOLDER.toString(),
                "PREPDECK_SESSION_KEY", "embedded-disk-full-test-session-key-" + UUID.randomUUID());
        app = AppProcess.start("disk-full", AppProcess.builtH2App(), AppProcess.freePort(), env, workDir);
        app.awaitReady(Duration.ofSeconds(150));
        learner = StudyCalls.newLearner(app.baseUrl(), "full-" + UUID.randomUUID().toString().substring(0, 8),
                PASSWORD);
        card = StudyCalls.nextDueCard(learner, app.baseUrl());
        gradeOnce(UUID.randomUUID().toString());
        assertEquals(1, acknowledged.size(), "a grade before the disk fills");

        Path filler = mountPoint.resolve("filler");
        fill(filler);
        int consecutiveRefusals = 0;
        for (int i = 0; i < MAX_GRADES_WHILE_FULL && consecutiveRefusals < 3; i++) {
            int status = gradeOnce(UUID.randomUUID().toString());
            consecutiveRefusals = status == 503 ? consecutiveRefusals + 1 : 0;
        }
        signupWhileFull = new WebSession().signup(app.baseUrl(), "full-" + UUID.randomUUID().toString()
                .substring(0, 8), PASSWORD);
        readinessWhileFull = awaitReadiness(503);

        Files.delete(filler);
        readinessAfterFreeing = awaitReadiness(200);
        for (String key : refusedKeys) {
            retries.add(StudyCalls.grade(learner, app.baseUrl(), card, key));
        }
        String after = UUID.randomUUID().toString();
        gradeAfterRecovery = StudyCalls.grade(learner, app.baseUrl(), card, after);
        List<String> stored = new ArrayList<>(acknowledged);
        stored.addAll(refusedKeys);
        if (gradeAfterRecovery.statusCode() == 200) {
            stored.add(after);
        }
        app.terminate();
        app.awaitExit(Duration.ofSeconds(60));
        lost = data.missingReviews(stored);
    }

    @AfterAll
    void unmount() throws Exception {
        if (app != null) {
            app.close();
        }
        if (mounted) {
            run("umount", "-l", mountPoint.toString());
        }
    }

    @Test
    void shouldRefuseGradesWithARetryableProblemOnceTheDiskIsFull() {
        assertAll(
                () -> assertFalse(refused.isEmpty(), "the disk never filled up: no grade was refused"),
                () -> assertEquals(List.of(), otherStatuses, "every grade is either stored (200) or refused (503)"),
                () -> refused.forEach(r -> assertAll(
                        () -> assertTrue(r.headers().firstValue("Content-Type").orElse("")
                                .startsWith("application/problem+json"), r::body),
                        // in the learner's stored language, or the default one when the database cannot even be read
                        () -> assertTrue(r.body().contains("Nothing was saved")
                                || r.body().contains("저장된 것은 없습니다"), r::body),
                        () -> assertEquals("5", r.headers().firstValue("Retry-After").orElse(null)))));
    }

    @Test
    void shouldNeverCallAFullDiskATakenUsername() {
        assertAll(
                () -> assertEquals(503, signupWhileFull.statusCode(), signupWhileFull::body),
                () -> assertFalse(signupWhileFull.body().contains("username is taken"), signupWhileFull::body));
    }

    @Test
    void shouldReportNotReadyWhileTheDiskIsFullAndReadyOnceSpaceReturns() {
        assertAll(
                () -> assertEquals(503, readinessWhileFull),
                () -> assertEquals(200, readinessAfterFreeing));
    }

    @Test
    void shouldSaveRetriedGradesOnceEachAfterRecovering() {
        assertAll(
                () -> retries.forEach(r -> assertEquals(200, r.statusCode(), r::body)),
                () -> assertEquals(200, gradeAfterRecovery.statusCode(), gradeAfterRecovery::body),
                () -> assertEquals(List.of(), lost, "acknowledged or retried grades missing from the database"));
    }

    private int gradeOnce(String key) {
        HttpResponse<String> response = StudyCalls.grade(learner, app.baseUrl(), card, key);
        switch (response.statusCode()) {
            case 200 -> acknowledged.add(key);
            case 503 -> {
                refused.add(response);
                refusedKeys.add(key);
            }
            default -> otherStatuses.add(response.statusCode());
        }
        return response.statusCode();
    }

    private int awaitReadiness(int expected) {
        int[] last = {-1};
        try {
            await("readiness " + expected).atMost(Duration.ofSeconds(30)).pollInterval(Duration.ofMillis(250))
                    .until(() -> (last[0] = learner.get(app.baseUrl() + "/q/health/ready").statusCode()) == expected);
        } catch (org.awaitility.core.ConditionTimeoutException e) {
            // reported by the assertion on the status
        }
        return last[0];
    }

    private static void fill(Path filler) {
        byte[] block = new byte[1 << 20];
        try (OutputStream out = Files.newOutputStream(filler)) {
            while (true) {
                out.write(block);
            }
        } catch (IOException full) {
            // No space left on device: exactly what was wanted
        }
    }

    private static int run(String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).inheritIO().start();
        if (!process.waitFor(30, TimeUnit.SECONDS)) {
            process.destroyForcibly();
            return -1;
        }
        return process.exitValue();
    }
}
