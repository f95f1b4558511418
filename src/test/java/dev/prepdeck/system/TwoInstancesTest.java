package dev.prepdeck.system;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import dev.prepdeck.content.parse.ContentFolder;
import dev.prepdeck.support.AppProcess;
import dev.prepdeck.support.ScratchDatabase;
import dev.prepdeck.support.StudyCalls;
import dev.prepdeck.support.TestContent;
import dev.prepdeck.support.WebSession;

/**
 * Two PrepDeck processes built from the PostgreSQL-flavour jar, on two ports, sharing one new database and one
 * session key, started at the same moment against the empty database: both migrate and import the content folder
 * at once. Shows that nothing a user relies on lives in one instance's memory: logins, grades and idempotency keys
 * work across instances, and the database locks make the simultaneous migration and content import safe.
 */
@Tag("postgresql")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TwoInstancesTest {

    private static final String SESSION_KEY = "two-instances-test-session-key-" + UUID.randomUUID();
    private static final String ADMIN = "admin";
    private static final String ADMIN_PASSWORD = "two-instances-operator";

    private ScratchDatabase db;
    private Path workDir;
    private Path content;
    private AppProcess a;
    private AppProcess b;

    @BeforeAll
    void startTwoInstancesTogether() throws Exception {
        Path app = AppProcess.builtApp();
        db = ScratchDatabase.create("prepdeck_two");
        workDir = AppProcess.freshWorkDir("two-instances");
        content = copyContentWithOneBrokenFile(workDir.resolve("content"));
        Map<String, String> env = Map.of(
                "PREPDECK_DB_URL", db.jdbcUrl(),
                "PREPDECK_DB_USER", db.user(),
                "PREPDECK_DB_POOL", "8",
                "PREPDECK_SESSION_KEY", SESSION_KEY,
                "PREPDECK_CONTENT_PATH", content.toString(),
                "PREPDECK_ADMIN_USERNAME", ADMIN,
                "PREPDECK_ADMIN_PASSWORD", ADMIN_PASSWORD);
        // Both processes are launched before either is waited for, so they migrate and import side by side.
        a = AppProcess.start("instance-a", app, AppProcess.freePort(), env, workDir);
        b = AppProcess.start("instance-b", app, AppProcess.freePort(), env, workDir);
        a.awaitReady(Duration.ofSeconds(150));
        b.awaitReady(Duration.ofSeconds(150));
    }

    @AfterAll
    void stopEverything() throws Exception {
        AppProcess.closeInOrder(a, b, db);
    }

    @Test
    void shouldApplyEveryMigrationExactlyOnceWhenBothStartOnAnEmptyDatabase() throws Exception {
        List<String> versions = db.column(
                "SELECT version FROM flyway_schema_history WHERE version IS NOT NULL ORDER BY installed_rank");
        assertEquals(versions.stream().distinct().toList(), versions, "a migration was applied twice");
        assertTrue(versions.containsAll(List.of("1", "10", "20", "40")), versions::toString);
        assertEquals(0, db.count("SELECT count(*) FROM flyway_schema_history WHERE NOT success"));
    }

    @Test
    void shouldImportEveryCardOnceWhenBothImportTogether() throws Exception {
        ContentFolder.Snapshot expected = ContentFolder.read(content);
        long expectedCards = expected.topics().stream().mapToLong(t -> t.cards().size()).sum();
        assertTrue(expectedCards > 0);
        assertCardsAsInTheFolder(expected, expectedCards);

        // One instance added every card; the other waited for the import lock and then found them all in place, or
        // started after that import had stored the folder's fingerprint and did not parse the folder at all.
        List<Optional<AppProcess.ImportReport>> reports = Stream.of(a, b).map(AppProcess::importReport).toList();
        long added = reports.stream().flatMap(Optional::stream).mapToLong(AppProcess.ImportReport::added).sum();
        assertEquals(expectedCards, added, "cards added by both instances together");
        assertTrue(reports.stream().anyMatch(r -> r.isEmpty() || r.get().added() == 0
                && r.get().unchanged() == expectedCards),
                "one instance should find every card already imported");
    }

    @Test
    void shouldKeepOneCopyOfEachCardWhenAdminsReimportOnBothAtOnce() throws Exception {
        WebSession admin = new WebSession();
        assertEquals(303, admin.login(a.baseUrl(), ADMIN, ADMIN_PASSWORD).statusCode());
        ExecutorService pool = Executors.newFixedThreadPool(4);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            for (int i = 0; i < 6; i++) {
                String base = (i % 2 == 0 ? a : b).baseUrl();
                calls.add(() -> admin.postJson(base + "/api/admin/content/import", "{}").statusCode());
            }
            List<Future<Integer>> results = pool.invokeAll(calls, 120, TimeUnit.SECONDS);
            for (Future<Integer> result : results) {
                assertEquals(200, result.get());
            }
        } finally {
            pool.shutdownNow();
        }
        ContentFolder.Snapshot expected = ContentFolder.read(content);
        assertCardsAsInTheFolder(expected, expected.topics().stream().mapToLong(t -> t.cards().size()).sum());
    }

    @Test
    void shouldCreateTheFirstAdminOnceThoughBothInstancesTried() throws Exception {
        // other tests sign up candidates; admins come only from the start-up bootstrap
        assertEquals(List.of(ADMIN), db.column("SELECT username FROM app_user WHERE role = 'admin'"));
        for (AppProcess instance : List.of(a, b)) {
            // an operator reading either start-up log sees no error from the race
            String log = instance.log();
            int started = log.indexOf("Listening on");
            String startUp = started < 0 ? log : log.substring(0, started);
            assertFalse(startUp.contains(" ERROR "), () -> instance.name() + " logged an error at start-up:\n"
                    + startUp);
        }
    }

    @Test
    void shouldAcceptALoginFromOneInstanceOnTheOther() {
        WebSession person = new WebSession();
        String name = "cand-" + UUID.randomUUID().toString().substring(0, 8);
        assertEquals(303, person.signup(b.baseUrl(), name, "two instances password").statusCode());

        WebSession browser = new WebSession();
        HttpResponse<String> login = browser.login(a.baseUrl(), name, "two instances password");
        assertEquals(303, login.statusCode(), login::body);
        HttpResponse<String> me = browser.get(b.baseUrl() + "/api/me");
        assertAll(
                () -> assertEquals(200, me.statusCode(), me::body),
                () -> assertTrue(me.body().contains("\"username\":\"" + name + "\""), me::body));
        HttpResponse<String> page = browser.get(b.baseUrl() + "/settings");
        assertEquals(200, page.statusCode(), "settings page on the other instance");

        HttpResponse<String> stranger = new WebSession().get(b.baseUrl() + "/api/me");
        assertEquals(401, stranger.statusCode(), "without the cookie there is no session");
    }

    @Test
    void shouldShowAGradeMadeOnOneInstanceOnTheOther() throws Exception {
        WebSession learner = newLearner();
        String card = nextDueCard(learner, a);
        HttpResponse<String> graded = grade(learner, a, card, UUID.randomUUID().toString());
        assertEquals(200, graded.statusCode(), graded::body);

        JsonNode reviews = StudyCalls.reviews(learner, b.baseUrl(), card);
        assertEquals(1, reviews.size(), reviews::toString);
        assertEquals(3, reviews.get(0).get("rating").asInt());
        assertNotEquals(card, nextDueCard(learner, b), "the graded card is no longer next on the other instance");
    }

    @Test
    void shouldRecordOneReviewWhenTheSameGradeReachesBothInstancesAtOnce() throws Exception {
        WebSession learner = newLearner();
        String card = nextDueCard(learner, a);
        String key = UUID.randomUUID().toString();
        CyclicBarrier together = new CyclicBarrier(2);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<HttpResponse<String>>> answers = new ArrayList<>();
            for (AppProcess instance : List.of(a, b)) {
                answers.add(pool.submit(() -> {
                    together.await(30, TimeUnit.SECONDS);
                    return grade(learner, instance, card, key);
                }));
            }
            List<HttpResponse<String>> responses = new ArrayList<>();
            for (Future<HttpResponse<String>> answer : answers) {
                responses.add(answer.get(60, TimeUnit.SECONDS));
            }
            for (HttpResponse<String> response : responses) {
                assertEquals(200, response.statusCode(), response::body);
            }
            assertEquals(StudyCalls.JSON.readTree(responses.get(0).body()).get("reviewId"),
                    StudyCalls.JSON.readTree(responses.get(1).body()).get("reviewId"), "both answers name the same review");
            assertEquals(1, responses.stream()
                    .filter(r -> r.headers().firstValue("Idempotent-Replayed").isPresent()).count(),
                    "one of the two answers is the replay");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1, db.count("SELECT count(*) FROM review_log WHERE idempotency_key = ?", key));
        // and a retry later, on either instance, still records nothing new
        assertEquals(200, grade(learner, b, card, key).statusCode());
        assertEquals(1, db.count("SELECT count(*) FROM review_log WHERE idempotency_key = ?", key));
    }

    private WebSession newLearner() {
        String name = "learner-" + UUID.randomUUID().toString().substring(0, 8);
        return StudyCalls.newLearner(a.baseUrl(), name, "two instances password");
    }

    private static String nextDueCard(WebSession learner, AppProcess instance) throws IOException {
        return StudyCalls.nextDueCard(learner, instance.baseUrl());
    }

    private static HttpResponse<String> grade(WebSession learner, AppProcess instance, String card, String key) {
        return StudyCalls.grade(learner, instance.baseUrl(), card, key);
    }

    private void assertCardsAsInTheFolder(ContentFolder.Snapshot expected, long expectedCards) throws Exception {
        assertAll(
                () -> assertEquals(expectedCards, db.count("SELECT count(*) FROM card WHERE NOT retired")),
                () -> assertEquals(expectedCards, db.count("SELECT count(*) FROM card")),
                () -> assertEquals(expected.topics().size(), db.count("SELECT count(*) FROM topic")),
                () -> assertEquals(expected.problems().size(), db.count("SELECT count(*) FROM content_problem"),
                        "content problems listed once, not once per instance"));
    }

    /** The test topics plus a file without front matter, so the content-problem list is exercised too. */
    private static Path copyContentWithOneBrokenFile(Path target) throws IOException {
        dev.prepdeck.support.ContentCopies.copyTestContent(target);
        Files.writeString(target.resolve("zz-broken.md"), "This topic forgot its front matter.\n");
        return target;
    }
}
