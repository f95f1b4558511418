package dev.prepdeck.study.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.prepdeck.account.AppUser;
import dev.prepdeck.account.Role;
import dev.prepdeck.study.Learners;
import dev.prepdeck.study.LoggedInClient;
import dev.prepdeck.study.StudyPreferences;
import dev.prepdeck.support.PostgresProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Grading under real concurrency on PostgreSQL: many simultaneous HTTP requests with one idempotency key record one
 * review, and simultaneous grades of one card are either all applied one after another or cleanly refused.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@Tag("postgresql")
class StudyPostgresTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int THREADS = 16;
    private static ExecutorService pool;

    @TestHTTPResource("/")
    URL root;

    @Inject
    Learners learners;

    @Inject
    ReviewService service;

    @Inject
    EntityManager em;

    @BeforeAll
    static void startPool() {
        pool = Executors.newFixedThreadPool(THREADS);
    }

    @AfterAll
    static void stopPool() {
        pool.shutdownNow();
    }

    private record Learner(long id, LoggedInClient client) {
    }

    private Learner learner() throws Exception {
        AppUser user = learners.create(Role.CANDIDATE);
        return new Learner(user.id, LoggedInClient.login(root.toURI(), user.username, Learners.PASSWORD));
    }

    /** Runs all calls at the same moment (as far as threads allow) and returns their responses. */
    private static List<HttpResponse<String>> together(List<Callable<HttpResponse<String>>> calls) throws Exception {
        CountDownLatch ready = new CountDownLatch(calls.size());
        CountDownLatch go = new CountDownLatch(1);
        List<Future<HttpResponse<String>>> futures = new ArrayList<>();
        for (Callable<HttpResponse<String>> call : calls) {
            futures.add(pool.submit(() -> {
                ready.countDown();
                go.await();
                return call.call();
            }));
        }
        assertTrue(ready.await(30, TimeUnit.SECONDS));
        go.countDown();
        List<HttpResponse<String>> responses = new ArrayList<>();
        for (Future<HttpResponse<String>> f : futures) {
            responses.add(f.get(60, TimeUnit.SECONDS));
        }
        return responses;
    }

    private static String grade(int rating, String key, Integer version) {
        return "{\"rating\":" + rating + ",\"idempotencyKey\":\"" + key + "\",\"answerMs\":1200"
                + (version == null ? "" : ",\"expectedVersion\":" + version) + "}";
    }

    private long logRows(long userId, String cardId) {
        return QuarkusTransaction.requiringNew().call(() -> ReviewLog.count("userId = ?1 and cardId = ?2", userId,
                cardId));
    }

    private CardProgress progress(long userId, String cardId) {
        return QuarkusTransaction.requiringNew().call(() -> CardProgress.find(userId, cardId));
    }

    @Test
    void shouldRunOnPostgresql() {
        String version = QuarkusTransaction.requiringNew()
                .call(() -> (String) em.createNativeQuery("select version()").getSingleResult());
        assertTrue(version.startsWith("PostgreSQL"), version);
    }

    @Test
    void shouldRecordOneReviewWhenTheSameKeyArrivesFromManyThreadsAtOnce() throws Exception {
        Learner learner = learner();
        for (String card : List.of("tw-why", "tw-who")) {
            String key = UUID.randomUUID().toString();
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < THREADS; i++) {
                calls.add(() -> learner.client().postJson("/api/study/cards/" + card + "/grade", grade(3, key, 0)));
            }
            List<HttpResponse<String>> responses = together(calls);
            Set<Integer> statuses = responses.stream().map(HttpResponse::statusCode).collect(Collectors.toSet());
            assertEquals(Set.of(200), statuses, responses.stream().map(HttpResponse::body).toList().toString());
            Set<Long> reviewIds = new java.util.HashSet<>();
            for (HttpResponse<String> response : responses) {
                reviewIds.add(JSON.readTree(response.body()).get("reviewId").asLong());
            }
            assertEquals(1, reviewIds.size(), "every request answers with the same review");
            long replayed = responses.stream().filter(r -> r.headers().firstValue("Idempotent-Replayed").isPresent())
                    .count();
            assertEquals(THREADS - 1, replayed);
            assertEquals(1, logRows(learner.id(), card));
            assertEquals(1, progress(learner.id(), card).reps);
        }
    }

    @Test
    void shouldApplyEveryConcurrentGradeOfOneCardOnTopOfTheOtherWithoutAVersion() throws Exception {
        Learner learner = learner();
        String card = "tw-last-ack";
        for (int round = 0; round < 3; round++) {
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                int rating = 1 + (i % 4);
                calls.add(() -> learner.client().postJson("/api/study/cards/" + card + "/grade",
                        grade(rating, UUID.randomUUID().toString(), null)));
            }
            List<HttpResponse<String>> responses = together(calls);
            assertEquals(Set.of(200), responses.stream().map(HttpResponse::statusCode).collect(Collectors.toSet()),
                    responses.stream().map(HttpResponse::body).toList().toString());
            Map<Integer, Long> versions = new TreeMap<>();
            for (HttpResponse<String> response : responses) {
                versions.merge(JSON.readTree(response.body()).get("version").asInt(), 1L, Long::sum);
            }
            assertEquals(8, versions.size(), "each grade built on the one before: versions " + versions);
        }
        CardProgress stored = progress(learner.id(), card);
        assertEquals(24, stored.reps, "no grade was lost");
        assertEquals(24, stored.version);
        assertEquals(24, logRows(learner.id(), card));
        assertEquals(stored.memory(), service.replay(learner.id(), StudyPreferences.defaults(), card),
                "replaying the log gives the stored state");
    }

    @Test
    void shouldAcceptOneOfSeveralConcurrentGradesOfTheSameShownCardAndRefuseTheRest() throws Exception {
        Learner learner = learner();
        String card = "tw-old-segments";
        int version = 0;
        for (int round = 0; round < 3; round++) {
            int shown = version;
            List<Callable<HttpResponse<String>>> calls = new ArrayList<>();
            for (int i = 0; i < 8; i++) {
                calls.add(() -> learner.client().postJson("/api/study/cards/" + card + "/grade",
                        grade(3, UUID.randomUUID().toString(), shown)));
            }
            List<HttpResponse<String>> responses = together(calls);
            List<HttpResponse<String>> accepted = responses.stream().filter(r -> r.statusCode() == 200).toList();
            List<HttpResponse<String>> refused = responses.stream().filter(r -> r.statusCode() == 409).toList();
            assertEquals(1, accepted.size(), responses.stream().map(HttpResponse::body).toList().toString());
            assertEquals(7, refused.size());
            refused.forEach(r -> assertEquals("application/problem+json",
                    r.headers().firstValue("Content-Type").orElse("")));
            JsonNode ok = JSON.readTree(accepted.get(0).body());
            version = ok.get("version").asInt();
            assertEquals(shown + 1, version);
        }
        assertEquals(3, logRows(learner.id(), card), "refused grades left no trace");
        assertEquals(3, progress(learner.id(), card).reps);
    }

    @Test
    void shouldKeepEachLearnersProgressApart() throws Exception {
        Learner first = learner();
        Learner second = learner();
        String key = UUID.randomUUID().toString();
        assertEquals(200, first.client().postJson("/api/study/cards/tw-reuse/grade", grade(4, key, 0)).statusCode());
        // The same key is a different review for another learner.
        assertEquals(200, second.client().postJson("/api/study/cards/tw-reuse/grade", grade(1, key, 0)).statusCode());
        assertEquals("review", progress(first.id(), "tw-reuse").cardState().name().toLowerCase());
        assertEquals("learning", progress(second.id(), "tw-reuse").cardState().name().toLowerCase());
    }
}
