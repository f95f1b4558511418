package dev.prepdeck.demo.dns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.prepdeck.support.MetricsScrape;
import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The trace API in the default test profile, whose only "root server" is 127.0.0.1:1 where nothing
 * listens: exactly what an offline server sees.
 */
@QuarkusTest
@TestHTTPEndpoint(DnsTraceResource.class)
class DnsTraceResourceTest {

    private static final Pattern RUNS = Pattern.compile("(?m)^prepdeck_demo_runs_total\\{[^}]*demo=\"dns\"[^}]*\\} ([0-9.]+)");

    @TestHTTPEndpoint(DnsTraceResource.class)
    @TestHTTPResource("trace")
    URL traceUrl;

    @Test
    void shouldRejectAnIpAddressWithAProblemResponse() {
        given().accept("application/json").header("Accept-Language", "en").queryParam("name", "192.0.2.1")
                .when().get("/trace")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("status", equalTo(400))
                .body("title", equalTo("Bad Request"))
                .body("detail", containsString("IP addresses are not accepted"));
    }

    @Test
    void shouldRejectABadNameWithProblemJsonEvenWhenAStreamIsAsked() {
        given().accept("text/event-stream").queryParam("name", "exa mple..com")
                .when().get("/trace")
                .then().statusCode(400)
                .contentType(startsWith("application/problem+json"))
                .body("detail", containsString("domain name"));
    }

    @Test
    void shouldRejectAMissingNameAndAnUnsupportedType() {
        given().accept("application/json")
                .when().get("/trace")
                .then().statusCode(400).body("detail", containsString("Enter a domain name"));
        given().accept("application/json").queryParam("name", "example.com").queryParam("type", "ANY")
                .when().get("/trace")
                .then().statusCode(400).body("detail", containsString("Supported: A, AAAA, CNAME, MX, NS, TXT"));
    }

    @Test
    void shouldSayPlainlyThatTheRootsCannotBeReachedAndPointToTheRecording() {
        long start = System.nanoTime();
        DnsTrace trace = given().accept("application/json").queryParam("name", "www.github.com")
                .when().get("/trace")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .extract().as(DnsTrace.class);
        long tookMs = (System.nanoTime() - start) / 1_000_000;

        assertEquals(DnsTrace.Status.UNREACHABLE, trace.status());
        assertTrue(trace.message().contains("None of the root servers could be reached"), trace.message());
        assertEquals("/api/demos/dns/recorded", trace.recordedTraceUrl());
        assertFalse(trace.recorded(), "a live result is never marked recorded");
        assertEquals(DnsTrace.Outcome.UNREACHABLE, trace.steps().get(0).outcome());
        assertEquals("127.0.0.1", trace.steps().get(0).serverAddress());
        assertEquals("OFF", trace.stub().status());
        assertTrue(tookMs < trace.limits().traceTimeoutMs(), "answered in " + tookMs + " ms");
    }

    @Test
    void shouldStreamTheStepsAndTheResultAsServerSentEvents() throws Exception {
        SseClient stream = SseClient.open(URI.create(traceUrl + "?name=www.github.com&type=AAAA"), "result");

        assertTrue(stream.awaitEvent(Duration.ofSeconds(10)), "the result event arrived");
        assertEquals(200, stream.response().statusCode());
        assertTrue(stream.response().headers().firstValue("content-type").orElse("").startsWith("text/event-stream"));
        List<String> names = stream.events().stream().map(SseClient.Event::name).toList();
        assertEquals(List.of("start", "step", "result"), names);
        DnsTrace result = new ObjectMapper().readValue(stream.events().get(2).data(), DnsTrace.class);
        assertEquals(DnsTrace.Status.UNREACHABLE, result.status());
        assertEquals("AAAA", result.type());
        assertTrue(stream.events().get(0).data().contains("\"name\":\"www.github.com\""));
    }

    @Test
    void shouldServeTheRecordedTraceClearlyMarkedAsRecorded() {
        DnsTrace recorded = given().accept("application/json")
                .when().get("/recorded")
                .then().statusCode(200)
                .extract().as(DnsTrace.class);

        assertTrue(recorded.recorded());
        assertTrue(recorded.recordedNote().contains("Recorded"), recorded.recordedNote());
        assertEquals("www.example.test", recorded.name());
        assertEquals(DnsTrace.Status.ANSWER, recorded.status());
        List<String> zones = recorded.steps().stream().map(DnsTrace.Step::zone).distinct().toList();
        assertEquals(List.of(".", "test.", "example.test.", "cdn.test.", "arpa."), zones);
        assertEquals(2, recorded.cnameChain().size());
    }

    @Test
    void shouldCountEveryTraceInTheMetrics() {
        double before = runs();
        given().accept("application/json").queryParam("name", "example.org")
                .when().get("/trace")
                .then().statusCode(200);
        assertEquals(before + 1, runs());
    }

    private static double runs() {
        String metrics = MetricsScrape.text();
        Matcher m = RUNS.matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
