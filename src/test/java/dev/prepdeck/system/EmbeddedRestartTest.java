package dev.prepdeck.system;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import dev.prepdeck.support.AppProcess;
import dev.prepdeck.support.StudyCalls;
import dev.prepdeck.support.TestContent;
import dev.prepdeck.support.WebSession;

/**
 * The embedded (H2-flavour) jar as a self-hoster runs it: started on a data folder, used, stopped with SIGTERM and
 * started again on the same folder. Accounts and progress are still there and the content is not imported twice.
 */
@Tag("packaged")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedRestartTest {

    private static final String PASSWORD = "embedded restart password";

    private AppProcess first;
    private AppProcess second;
    private String username;
    private String card;
    private long reviewId;
    private int firstExitCode;

    @BeforeAll
    void gradeThenRestartOnTheSameDataFolder() throws Exception {
        Path app = AppProcess.builtH2App();
        Path workDir = AppProcess.freshWorkDir("embedded-restart");
        Map<String, String> env = Map.of(
                "PREPDECK_DATA_DIR", workDir.resolve("data").toString(),
                "PREPDECK_CONTENT_PATH", TestContent.FOLDER.toString(),
                "PREPDECK_SESSION_KEY", "embedded-restart-test-session-key-" + UUID.randomUUID());

        first = AppProcess.start("first-start", app, AppProcess.freePort(), env, workDir);
        first.awaitReady(Duration.ofSeconds(150));
        username = "learner-" + UUID.randomUUID().toString().substring(0, 8);
        WebSession learner = StudyCalls.newLearner(first.baseUrl(), username, PASSWORD);
        card = StudyCalls.nextDueCard(learner, first.baseUrl());
        HttpResponse<String> graded = StudyCalls.grade(learner, first.baseUrl(), card, UUID.randomUUID().toString());
        assertEquals(200, graded.statusCode(), graded::body);
        reviewId = StudyCalls.JSON.readTree(graded.body()).get("reviewId").asLong();

        first.terminate();
        firstExitCode = first.awaitExit(Duration.ofSeconds(30));

        second = AppProcess.start("second-start", app, AppProcess.freePort(), env, workDir);
        second.awaitReady(Duration.ofSeconds(150));
    }

    @AfterAll
    void stopBoth() throws Exception {
        AppProcess.closeInOrder(first, second);
    }

    @Test
    void shouldStopCleanlyOnSigterm() {
        assertAll(
                () -> assertEquals(143, firstExitCode, "the JVM's exit code after SIGTERM and its shutdown hooks"),
                () -> assertTrue(first.log().contains("prepdeck stopped in"), first::logTail));
    }

    @Test
    void shouldLetTheLearnerLogInAgainAfterARestart() {
        WebSession browser = new WebSession();
        HttpResponse<String> login = browser.login(second.baseUrl(), username, PASSWORD);
        assertEquals(303, login.statusCode(), login::body);
        HttpResponse<String> me = browser.get(second.baseUrl() + "/api/me");
        assertAll(
                () -> assertEquals(200, me.statusCode(), me::body),
                () -> assertTrue(me.body().contains("\"username\":\"" + username + "\""), me::body));
    }

    @Test
    void shouldKeepTheGradeAfterARestart() throws Exception {
        WebSession learner = new WebSession();
        assertEquals(303, learner.login(second.baseUrl(), username, PASSWORD).statusCode());
        JsonNode reviews = StudyCalls.reviews(learner, second.baseUrl(), card);
        assertAll(
                () -> assertEquals(1, reviews.size(), reviews::toString),
                () -> assertEquals(reviewId, reviews.get(0).get("id").asLong()),
                () -> assertEquals(3, reviews.get(0).get("rating").asInt()),
                () -> assertNotEquals(card, StudyCalls.nextDueCard(learner, second.baseUrl()),
                        "the graded card is not shown again as if new"));
    }

    @Test
    void shouldNotImportTheCardsAgainOnTheSecondStart() throws Exception {
        AppProcess.ImportReport before = first.importReport().orElseThrow(
                () -> new AssertionError("the first start on an empty folder must import:\n" + first.logTail()));
        Optional<AppProcess.ImportReport> after = second.importReport();
        JsonNode topics = StudyCalls.JSON.readTree(new WebSession().get(second.baseUrl() + "/api/topics").body());
        long cards = 0;
        for (JsonNode topic : topics) {
            cards += topic.get("cardCount").asLong();
        }
        long shown = cards;
        assertAll(
                () -> assertTrue(before.added() > 0, first::logTail),
                () -> assertTrue(after.isEmpty(), () -> "the unchanged folder was parsed again:\n" + second.logTail()),
                () -> assertEquals(before.added(), shown, "cards listed after the restart"));
    }
}
