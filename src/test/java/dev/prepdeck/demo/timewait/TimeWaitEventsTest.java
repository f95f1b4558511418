package dev.prepdeck.demo.timewait;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.net.URI;
import java.net.URL;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The event stream as a browser's EventSource would read it, over a real HTTP connection. */
@QuarkusTest
@TestHTTPEndpoint(TimeWaitResource.class)
class TimeWaitEventsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL base;

    @BeforeEach
    void onlyOnLinux() {
        assumeTrue(Files.exists(Path.of("/proc/net/tcp")), "needs the Linux socket table");
    }

    @Test
    void shouldStreamStatesAndAFallingKernelTimerThenStopWhenTheViewerLeaves() throws Exception {
        String location = TimeWaitResourceTest.json().queryParam("closer", "client")
                .when().post()
                .then().statusCode(201).extract().header("Location");

        CountDownLatch snapshot = new CountDownLatch(1);
        CountDownLatch clientInTimeWait = new CountDownLatch(1);
        CountDownLatch timerFell = new CountDownLatch(1);
        List<String> clientStates = new CopyOnWriteArrayList<>();
        List<Long> timer = new CopyOnWriteArrayList<>();

        HttpClient http = HttpClient.newHttpClient();
        HttpRequest request = HttpRequest.newBuilder(URI.create(base.toString()).resolve(location + "/events"))
                .header("Accept", "text/event-stream").build();
        HttpResponse<Stream<String>> response = http.send(request, HttpResponse.BodyHandlers.ofLines());
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("text/event-stream"));

        ExecutorService reader = Executors.newSingleThreadExecutor();
        Stream<String> lines = response.body();
        reader.submit(() -> {
            String event = null;
            for (String line : (Iterable<String>) lines::iterator) {
                if (line.startsWith("event:")) {
                    event = line.substring(6).strip();
                } else if (line.startsWith("data:") && event != null) {
                    JsonNode data = read(line.substring(5).strip());
                    switch (event) {
                        case "snapshot" -> snapshot.countDown();
                        case "state" -> {
                            if ("client".equals(data.get("end").asText())) {
                                clientStates.add(data.get("state").asText());
                                if ("TIME_WAIT".equals(data.get("state").asText())) {
                                    clientInTimeWait.countDown();
                                }
                            }
                        }
                        case "timer" -> {
                            timer.add(data.get("remainingMs").asLong());
                            if (timer.size() > 1 && timer.get(timer.size() - 1) < timer.get(0)) {
                                timerFell.countDown();
                            }
                        }
                        default -> {
                        }
                    }
                }
            }
            return null;
        });

        try {
            assertTrue(snapshot.await(5, TimeUnit.SECONDS), "a snapshot first");
            assertTrue(clientInTimeWait.await(20, TimeUnit.SECONDS), "client reached TIME_WAIT: " + clientStates);
            assertTrue(timerFell.await(5, TimeUnit.SECONDS), "kernel timer went down: " + timer);
            assertEquals(List.of("FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT"),
                    clientStates.subList(clientStates.indexOf("FIN_WAIT1"), clientStates.size()));
            assertTrue(timer.stream().allMatch(ms -> ms > 0 && ms <= 60_000), "within Linux's 60 s: " + timer);
        } finally {
            // The viewer goes away mid-run, as a closed browser tab would.
            lines.close();
            reader.shutdownNow();
        }

        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> "stopped".equals(given().basePath("").get(location).then().extract().path("status")));
        assertEquals(TimeWaitRun.END_VIEWER_LEFT, given().basePath("").get(location).then().extract().path("endReason"));
    }

    @Test
    void shouldSendTheSnapshotAndEndOfAFinishedRunThenClose() throws Exception {
        String location = TimeWaitResourceTest.json().queryParam("closer", "server")
                .when().post()
                .then().statusCode(201).extract().header("Location");
        CountDownLatch opened = new CountDownLatch(1);
        HttpClient http = HttpClient.newHttpClient();
        URI events = URI.create(base.toString()).resolve(location + "/events");
        // A viewer that connects and leaves at once ends the run after the grace period.
        HttpResponse<Stream<String>> first = http.send(HttpRequest.newBuilder(events).build(),
                HttpResponse.BodyHandlers.ofLines());
        first.body().filter(l -> l.startsWith("event:")).findFirst().ifPresent(l -> opened.countDown());
        first.body().close();
        assertTrue(opened.await(1, TimeUnit.SECONDS));
        await().atMost(Duration.ofSeconds(15)).pollInterval(Duration.ofMillis(200))
                .until(() -> !"running".equals(given().basePath("").get(location).then().extract().path("status")));

        HttpResponse<Stream<String>> late = http.send(HttpRequest.newBuilder(events).build(),
                HttpResponse.BodyHandlers.ofLines());
        List<String> names;
        try (Stream<String> lines = late.body()) {
            // The server closes the stream after "end", so reading to the end finishes by itself.
            names = lines.filter(l -> l.startsWith("event:")).map(l -> l.substring(6).strip()).toList();
        }

        assertEquals(List.of("snapshot", "end"), names);
    }

    private static JsonNode read(String json) {
        try {
            return JSON.readTree(json);
        } catch (java.io.IOException e) {
            throw new IllegalStateException(json, e);
        }
    }
}
