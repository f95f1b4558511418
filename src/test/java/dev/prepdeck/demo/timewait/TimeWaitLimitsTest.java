package dev.prepdeck.demo.timewait;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A burst of start requests against small limits: the cap and the per-client rate hold, refused
 * requests say when to retry, and once the runs end every socket and thread is given back.
 */
@QuarkusTest
@TestHTTPEndpoint(TimeWaitResource.class)
@TestProfile(TimeWaitLimitsTest.SmallLimits.class)
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class TimeWaitLimitsTest {

    static final int CAP = 3;
    static final int PER_CLIENT = 6;
    static final int BURST = 12;

    /** Tight limits and short runs so that runs end by themselves within seconds. */
    public static class SmallLimits implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("prepdeck.timewait.max-concurrent-runs", String.valueOf(CAP),
                    "prepdeck.timewait.runs-per-client", String.valueOf(PER_CLIENT),
                    "prepdeck.timewait.rate-window", "1m",
                    "prepdeck.timewait.step-pause", "100ms",
                    "prepdeck.timewait.poll-interval", "50ms",
                    "prepdeck.timewait.max-run-duration", "2s");
        }
    }

    @Inject
    TimeWaitService service;

    @BeforeEach
    void onlyOnLinux() {
        assumeTrue(Files.exists(Path.of("/proc/net/tcp")), "needs the Linux socket table");
    }

    @Test
    @Order(1)
    void shouldHoldTheCapUnderABurstAndGiveEverySocketAndThreadBack() throws Exception {
        // One full run first, so that classes and jars the run needs are loaded before counting.
        assertEquals(201, post().statusCode());
        awaitIdle();
        long baseline = TimeWaitRunKernelTest.openFileDescriptors();

        ExecutorService pool = Executors.newFixedThreadPool(BURST);
        CountDownLatch go = new CountDownLatch(1);
        List<Future<Response>> answers = new ArrayList<>();
        try {
            for (int i = 0; i < BURST; i++) {
                answers.add(pool.submit(() -> {
                    go.await(5, TimeUnit.SECONDS);
                    return post();
                }));
            }
            go.countDown();
            int created = 0;
            int limited = 0;
            for (Future<Response> answer : answers) {
                Response response = answer.get(30, TimeUnit.SECONDS);
                if (response.statusCode() == 201) {
                    created++;
                } else {
                    assertEquals(429, response.statusCode(), response.asString());
                    assertEquals("application/problem+json", response.contentType());
                    assertTrue(response.jsonPath().getString("detail").contains("too many runs"));
                    int retryAfter = Integer.parseInt(response.header("Retry-After"));
                    assertTrue(retryAfter >= 1 && retryAfter <= 2, "runs end within 2 s: " + retryAfter);
                    limited++;
                }
            }
            assertEquals(CAP, created, "exactly as many runs as the cap allows");
            assertEquals(BURST - CAP, limited);
            assertTrue(service.runningCount() <= CAP);
        } finally {
            pool.shutdownNow();
        }

        awaitIdle();
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> TimeWaitRunKernelTest.openFileDescriptors() <= baseline);
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(200))
                .until(() -> Thread.getAllStackTraces().keySet().stream()
                        .noneMatch(t -> t.getName().startsWith(TimeWaitService.THREAD_NAME)));
    }

    @Test
    @Order(2)
    void shouldLimitHowManyRunsOneClientStartsPerWindow() {
        awaitIdle();
        // The first test used 1 + CAP of this client's permits.
        for (int i = 1 + CAP; i < PER_CLIENT; i++) {
            assertEquals(201, post().statusCode());
        }

        post().then().statusCode(429)
                .contentType("application/problem+json")
                .body("detail", containsString("rate limit"))
                .header("Retry-After", org.hamcrest.Matchers.matchesPattern("[1-9][0-9]?"));
    }

    private static Response post() {
        // Connection: close, so no idle keep-alive connection is left to blur the descriptor count.
        return given().contentType(ContentType.JSON).body("{}").header("Connection", "close")
                .queryParam("closer", "client").post();
    }

    private void awaitIdle() {
        await().atMost(Duration.ofSeconds(10)).pollInterval(Duration.ofMillis(100))
                .until(() -> service.runningCount() == 0);
    }
}
