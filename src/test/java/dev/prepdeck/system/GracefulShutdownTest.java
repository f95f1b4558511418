package dev.prepdeck.system;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import dev.prepdeck.support.AppProcess;
import dev.prepdeck.support.ScratchDatabase;
import dev.prepdeck.support.StudyCalls;
import dev.prepdeck.support.TestContent;
import dev.prepdeck.support.WebSession;

/**
 * The PostgreSQL-flavour jar as a process with the shipped shutdown settings, stopped with SIGTERM while a grade
 * waits for a row lock that the test holds: the server finishes that grade, and one sent while it drains, before
 * it exits by itself.
 */
@Tag("postgresql")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class GracefulShutdownTest {

    private static final String PASSWORD = "graceful shutdown password";
    private static final Duration STEP_LIMIT = Duration.ofSeconds(30);
    /** Logged by Quarkus once SIGTERM arrived and it waits for the requests in flight. */
    private static final String DRAINING = "Waiting for HTTP requests to complete";

    private ScratchDatabase db;
    private AppProcess app;

    private String inFlightKey;
    private String drainKey;
    private String card;
    private long userId;
    private HttpResponse<String> inFlight;
    private HttpResponse<String> readinessWhileDraining;
    private HttpResponse<String> gradeWhileDraining;
    private int exitCode;

    @BeforeAll
    void stopTheServerWhileAGradeIsInFlight() throws Exception {
        db = ScratchDatabase.create("prepdeck_shutdown");
        Path workDir = AppProcess.freshWorkDir("graceful-shutdown");
        // no PREPDECK_SHUTDOWN_* variables: the shipped defaults are what is tested
        Map<String, String> env = Map.of(
                "PREPDECK_DB_URL", db.jdbcUrl(),
                "PREPDECK_DB_USER", db.user(),
                "PREPDECK_DB_POOL", "4",
                "PREPDECK_SESSION_KEY", "graceful-shutdown-test-session-key-" + UUID.randomUUID(),
                "PREPDECK_CONTENT_PATH", TestContent.FOLDER.toString());
        app = AppProcess.start("app", AppProcess.builtApp(), AppProcess.freePort(), env, workDir);
        app.awaitReady(Duration.ofSeconds(150));

        String username = "learner-" + UUID.randomUUID().toString().substring(0, 8);
        WebSession learner = StudyCalls.newLearner(app.baseUrl(), username, PASSWORD);
        userId = Long.parseLong(db.column("SELECT id FROM app_user WHERE username = ?", username).get(0));
        // A first grade gives the card its card_state row, which every later grade locks first.
        card = StudyCalls.nextDueCard(learner, app.baseUrl());
        HttpResponse<String> first = StudyCalls.grade(learner, app.baseUrl(), card, UUID.randomUUID().toString());
        assertEquals(200, first.statusCode(), first::body);
        String otherCard = StudyCalls.nextDueCard(learner, app.baseUrl());

        inFlightKey = UUID.randomUUID().toString();
        drainKey = UUID.randomUUID().toString();
        ExecutorService client = Executors.newSingleThreadExecutor();
        try (Connection holder = db.connect()) {
            holder.setAutoCommit(false);
            lockCardState(holder);
            long holderPid = backendPid(holder);
            Future<HttpResponse<String>> pending = client.submit(
                    () -> StudyCalls.grade(learner, app.baseUrl(), card, inFlightKey));
            await("the grade waiting for the card's row lock").atMost(STEP_LIMIT).pollInterval(Duration.ofMillis(50))
                    .until(() -> db.count("SELECT count(*) FROM pg_stat_activity"
                            + " WHERE CAST(? AS integer) = ANY(pg_blocking_pids(pid))", holderPid) == 1);

            app.terminate();
            app.awaitLog(DRAINING, STEP_LIMIT);
            assertTrue(app.isAlive(), () -> "the server should wait for the grade in flight:\n" + app.logTail());
            assertFalse(pending.isDone(), "the grade was answered while its row was still locked, so it was cut short");
            readinessWhileDraining = learner.get(app.baseUrl() + "/q/health/ready");
            gradeWhileDraining = StudyCalls.grade(learner, app.baseUrl(), otherCard, drainKey);

            holder.rollback();
            inFlight = pending.get(STEP_LIMIT.toSeconds(), TimeUnit.SECONDS);
        } finally {
            client.shutdownNow();
        }
        exitCode = app.awaitExit(STEP_LIMIT);
    }

    @AfterAll
    void stopEverything() throws Exception {
        AppProcess.closeInOrder(app, db);
    }

    @Test
    void shouldFinishAGradeInFlightWhenTheServerIsStopped() throws Exception {
        assertEquals(200, inFlight.statusCode(), inFlight::body);
        JsonNode result = StudyCalls.JSON.readTree(inFlight.body());
        assertAll(
                () -> assertEquals(card, result.get("cardId").asText()),
                () -> assertEquals(2, result.get("version").asInt(), "the second grade of the card"),
                () -> assertEquals(List.of(result.get("reviewId").asText()),
                        db.column("SELECT id FROM review_log WHERE user_id = ? AND idempotency_key = ?", userId,
                                inFlightKey), "the answered review is recorded once"),
                () -> assertEquals(2, db.count("SELECT count(*) FROM review_log WHERE user_id = ? AND card_id = ?",
                        userId, card)),
                () -> assertEquals(2, db.count("SELECT version FROM card_state WHERE user_id = ? AND card_id = ?",
                        userId, card), "the card's state moved on with the grade"));
    }

    @Test
    void shouldServeAGradeSentWhileTheServerWaitsForOneInFlight() throws Exception {
        // Quarkus keeps serving during the wait (answering with Connection: close); what matters is that the
        // request is carried out whole, not cut off halfway.
        assertEquals(200, gradeWhileDraining.statusCode(), gradeWhileDraining::body);
        assertEquals(1, db.count("SELECT count(*) FROM review_log WHERE user_id = ? AND idempotency_key = ?", userId,
                drainKey));
    }

    @Test
    void shouldReportNotReadyOnceStopping() {
        assertEquals(503, readinessWhileDraining.statusCode(), readinessWhileDraining::body);
        assertTrue(readinessWhileDraining.body().contains("\"DOWN\""), readinessWhileDraining::body);
    }

    @Test
    void shouldExitByItselfAfterLoggingACleanShutdown() {
        String log = app.log();
        assertAll(
                () -> assertEquals(143, exitCode, "the JVM's exit code after SIGTERM and its shutdown hooks"),
                () -> assertTrue(log.contains("All HTTP requests complete"), app::logTail),
                () -> assertTrue(log.contains("prepdeck stopped in"), app::logTail),
                () -> assertFalse(log.contains("Timed out waiting for graceful shutdown"), app::logTail),
                () -> assertFalse(log.contains(" ERROR "), app::logTail));
    }

    private void lockCardState(Connection holder) throws Exception {
        try (PreparedStatement lock = holder.prepareStatement(
                "SELECT version FROM card_state WHERE user_id = ? AND card_id = ? FOR UPDATE")) {
            lock.setLong(1, userId);
            lock.setString(2, card);
            try (ResultSet row = lock.executeQuery()) {
                assertTrue(row.next(), "the first grade made the card's row");
                assertEquals(1, row.getInt(1));
            }
        }
    }

    private static long backendPid(Connection connection) throws Exception {
        try (PreparedStatement query = connection.prepareStatement("SELECT pg_backend_pid()");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }
}
