package dev.prepdeck.system;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
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

import dev.prepdeck.support.AppProcess;
import dev.prepdeck.support.StudyCalls;
import dev.prepdeck.support.TestContent;
import dev.prepdeck.support.WebSession;

/**
 * The embedded jar left idle until its connection pool has closed every connection, as a quiet self-hosted server
 * does after a few minutes (here within seconds: the pool's idle and lifetime limits are shortened), then used: new
 * accounts, settings, invites, role changes and grades are all saved.
 */
@Tag("packaged")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class EmbeddedIdleDatabaseTest {

    private static final String PASSWORD = "idle database password";
    private static final String ADMIN_PASSWORD = "idle database admin password";
    /** Longer than the shortened idle-removal interval and connection lifetime below, several times over. */
    private static final Duration IDLE = Duration.ofSeconds(6);
    private static final Duration PROBE_INTERVAL = Duration.ofMillis(100);
    private static final int PROBES = 3;

    private AppProcess app;

    @BeforeAll
    void startWithShortPoolLimits() throws Exception {
        Path workDir = AppProcess.freshWorkDir("embedded-idle");
        Map<String, String> env = new LinkedHashMap<>();
        env.put("PREPDECK_DATA_DIR", workDir.resolve("data").toString());
        env.put("PREPDECK_CONTENT_PATH", TestContent.FOLDER.toString());
        env.put("PREPDECK_SESSION_KEY", "embedded-idle-test-session-key-" + UUID.randomUUID());
        env.put("PREPDECK_ADMIN_USERNAME", "owner");
        env.put("PREPDECK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // the pool keeps one connection (as shipped), drops others idle for a second and retires every connection
        // after two, so the connection that migrated the schema is closed while another one stays open
        env.put("QUARKUS_DATASOURCE_JDBC_MIN_SIZE", "1");
        env.put("QUARKUS_DATASOURCE_JDBC_IDLE_REMOVAL_INTERVAL", "1S");
        env.put("QUARKUS_DATASOURCE_JDBC_MAX_LIFETIME", "2S");
        app = AppProcess.start("idle", AppProcess.builtH2App(), AppProcess.freePort(), env, workDir);
        app.awaitReady(Duration.ofSeconds(150));
    }

    @AfterAll
    void stop() {
        app.close();
    }

    @Test
    void shouldSignUpAfterTheDatabaseWasIdle() throws Exception {
        idle();
        String name = "idle-" + UUID.randomUUID().toString().substring(0, 8);
        WebSession visitor = new WebSession();
        HttpResponse<String> signup = visitor.signup(app.baseUrl(), name, PASSWORD);
        assertAll(
                () -> assertEquals(303, signup.statusCode(), () -> "sign-up refused: " + signup.body()),
                () -> assertFalse(signup.body().contains("username is taken"), signup::body));
        idle();
        String second = "idle-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(303, new WebSession().signup(app.baseUrl(), second, PASSWORD).statusCode(),
                "a second idle period, a second new account");
    }

    @Test
    void shouldSaveSettingsAndGradesAfterTheDatabaseWasIdle() throws Exception {
        WebSession learner = StudyCalls.newLearner(app.baseUrl(), "idle-" + UUID.randomUUID().toString().substring(0, 8),
                PASSWORD);
        idle();
        HttpResponse<String> settings = learner.putJson(app.baseUrl() + "/api/me/settings", """
                {"desiredRetention":0.85,"newCardsPerDay":15,"reviewsPerDay":150,"learningSteps":"1m 10m",
                 "relearningSteps":"10m","timeZone":"Asia/Seoul","dayRolloverHour":4,"uiLanguage":"en"}""");
        assertEquals(200, settings.statusCode(), settings::body);
        assertTrue(learner.get(app.baseUrl() + "/api/me").body().contains("0.85"), "the new retention was stored");
        idle();
        String card = StudyCalls.nextDueCard(learner, app.baseUrl());
        HttpResponse<String> graded = StudyCalls.grade(learner, app.baseUrl(), card, UUID.randomUUID().toString());
        assertEquals(200, graded.statusCode(), graded::body);
        assertEquals(1, StudyCalls.reviews(learner, app.baseUrl(), card).size());
    }

    @Test
    void shouldCreateInvitesAndChangeRolesAfterTheDatabaseWasIdle() throws Exception {
        String name = "idle-" + UUID.randomUUID().toString().substring(0, 8);
        StudyCalls.newLearner(app.baseUrl(), name, PASSWORD);
        WebSession admin = new WebSession();
        assertEquals(303, admin.login(app.baseUrl(), "owner", ADMIN_PASSWORD).statusCode());
        idle();
        HttpResponse<String> invite = admin.submit(app.baseUrl(), "/admin/users", "/admin/users/invites",
                Map.of("role", "mentor"));
        assertAll(
                () -> assertEquals(303, invite.statusCode(), invite::body),
                () -> assertTrue(invite.headers().firstValue("Location").orElse("").contains("done=invite")));
        idle();
        HttpResponse<String> users = admin.get(app.baseUrl() + "/api/admin/users?q=" + name);
        long id = StudyCalls.JSON.readTree(users.body()).get("users").get(0).get("id").asLong();
        HttpResponse<String> role = admin.putJson(app.baseUrl() + "/api/admin/users/" + id + "/role",
                "{\"role\":\"mentor\"}");
        assertAll(
                () -> assertEquals(200, role.statusCode(), role::body),
                () -> assertTrue(role.body().contains("mentor"), role::body));
    }

    @Test
    void shouldLogNoDatabaseErrorAfterIdlePeriods() throws Exception {
        idle();
        assertEquals(303, new WebSession().signup(app.baseUrl(), "idle-" + UUID.randomUUID().toString().substring(0, 8),
                PASSWORD).statusCode());
        String log = app.log();
        assertAll(
                () -> assertFalse(log.contains("Check constraint invalid"), app::logTail),
                () -> assertFalse(log.contains("has been closed"), app::logTail),
                () -> assertFalse(log.contains(" ERROR "), app::logTail));
    }

    /**
     * No user touches the server while the pool's shortened limits retire its connections, among them the one that
     * migrated the schema while others stay open; only load balancers' readiness probes come by, several at a
     * time, as on an idle production server.
     */
    private void idle() throws Exception {
        ExecutorService probes = Executors.newFixedThreadPool(PROBES);
        try {
            long end = System.nanoTime() + IDLE.toNanos();
            List<Future<?>> running = new ArrayList<>();
            for (int i = 0; i < PROBES; i++) {
                running.add(probes.submit(() -> {
                    WebSession probe = new WebSession();
                    while (System.nanoTime() < end) {
                        probe.get(app.baseUrl() + "/q/health/ready");
                        Thread.sleep(PROBE_INTERVAL.toMillis());
                    }
                    return null;
                }));
            }
            for (Future<?> probe : running) {
                probe.get(IDLE.toSeconds() + 30, TimeUnit.SECONDS);
            }
        } finally {
            probes.shutdownNow();
        }
    }
}
