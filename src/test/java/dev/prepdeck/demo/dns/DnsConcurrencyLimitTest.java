package dev.prepdeck.demo.dns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;

import org.awaitility.Awaitility;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * With room for one trace at a time, a second visitor is turned away (503, Retry-After) while the
 * first trace waits on a silent root, and a trace never outlives its time limit.
 */
@QuarkusTest
@TestProfile(SilentRootProfile.class)
@TestHTTPEndpoint(DnsTraceResource.class)
class DnsConcurrencyLimitTest {

    @TestHTTPEndpoint(DnsTraceResource.class)
    @TestHTTPResource("trace")
    URL traceUrl;

    @Test
    void shouldTurnAwayASecondTraceWhileOneIsRunningAndStopTheFirstAtItsLimit() throws Exception {
        long start = System.nanoTime();
        SseClient first = SseClient.open(URI.create(traceUrl + "?name=www.example.org"), "result");
        Awaitility.await().atMost(Duration.ofSeconds(5))
                .until(() -> first.events().stream().anyMatch(e -> e.name().equals("start")));

        given().accept("application/json").queryParam("name", "www.example.net")
                .when().get("/trace")
                .then().statusCode(503)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(503));

        assertTrue(first.awaitEvent(Duration.ofSeconds(15)), "the running trace finished");
        long tookMs = (System.nanoTime() - start) / 1_000_000;
        DnsTrace result = new ObjectMapper().readValue(
                first.events().get(first.events().size() - 1).data(), DnsTrace.class);
        assertEquals(DnsTrace.Status.LIMIT, result.status());
        assertTrue(result.message().contains("time limit"), result.message());
        assertEquals(DnsTrace.Outcome.TIMEOUT, result.steps().get(0).outcome());
        assertTrue(tookMs >= 5000 && tookMs < 10000, "ended at its 5 s limit, took " + tookMs + " ms");

        Awaitility.await().atMost(Duration.ofSeconds(15)).untilAsserted(() ->
                given().accept("application/json").queryParam("name", "www.example.net")
                        .when().get("/trace")
                        .then().statusCode(200).body("status", equalTo("LIMIT")));
    }
}
