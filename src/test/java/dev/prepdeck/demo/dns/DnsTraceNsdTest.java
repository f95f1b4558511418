package dev.prepdeck.demo.dns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.startsWith;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

import dev.prepdeck.demo.dns.DnsTrace.Outcome;
import dev.prepdeck.demo.dns.DnsTrace.Step;

/** The trace API with its roots pointed at the real NSD hierarchy on loopback. */
@QuarkusTest
@TestProfile(NsdProfile.class)
@TestHTTPEndpoint(DnsTraceResource.class)
@Tag("nsd")
class DnsTraceNsdTest {

    @TestHTTPEndpoint(DnsTraceResource.class)
    @TestHTTPResource("trace")
    URL traceUrl;

    @Test
    void shouldReturnEveryHopFromTheRootToTheAnswerWithTheCnameChainRcodesAndTtls() {
        DnsTrace trace = json("www.example.test", "A");

        assertEquals(DnsTrace.Status.ANSWER, trace.status(), trace.message());
        assertEquals("NOERROR", trace.rcode());
        List<Step> walk = trace.steps().stream().filter(s -> !s.purpose().equals("ptr")).toList();
        assertEquals(6, walk.size());

        assertHop(walk.get(0), "main", TestHierarchy.ROOT, ".", "www.example.test.", Outcome.REFERRAL, false);
        assertEquals("test.", walk.get(0).referral().zone());
        assertEquals(TestHierarchy.TTL_TLD_NS, walk.get(0).referral().nameServers().get(0).ttl());
        assertEquals(TestHierarchy.TLD, walk.get(0).referral().nameServers().get(0).glue().get(0).data());

        assertHop(walk.get(1), "main", TestHierarchy.TLD, "test.", "www.example.test.", Outcome.REFERRAL, false);
        assertEquals("example.test.", walk.get(1).referral().zone());
        assertEquals(TestHierarchy.TTL_EXAMPLE_NS, walk.get(1).referral().nameServers().get(0).ttl());

        assertHop(walk.get(2), "main", TestHierarchy.EXAMPLE, "example.test.", "www.example.test.", Outcome.CNAME, true);
        assertEquals(List.of(new DnsTrace.Rr("www.example.test.", null, "CNAME", TestHierarchy.TTL_WWW_CNAME,
                "www.cdn.test.")), walk.get(2).answers());

        assertHop(walk.get(3), "cname", TestHierarchy.TLD, "test.", "www.cdn.test.", Outcome.REFERRAL, false);
        assertTrue(walk.get(3).fromCache());
        assertTrue(walk.get(3).referral().nameServers().get(0).glue().isEmpty());
        assertEquals(TestHierarchy.TTL_CDN_NS, walk.get(3).referral().nameServers().get(0).ttl());

        assertHop(walk.get(4), "ns-address", TestHierarchy.EXAMPLE, "example.test.", "ns1.hosting.example.test.",
                Outcome.ANSWER, true);
        assertEquals(TestHierarchy.CDN, walk.get(4).answers().get(0).data());

        assertHop(walk.get(5), "cname", TestHierarchy.CDN, "cdn.test.", "www.cdn.test.", Outcome.CNAME, true);

        assertEquals(List.of(
                new DnsTrace.CnameLink("www.example.test.", "www.cdn.test.", TestHierarchy.TTL_WWW_CNAME),
                new DnsTrace.CnameLink("www.cdn.test.", "edge.cdn.test.", TestHierarchy.TTL_CDN_CNAME)),
                trace.cnameChain());
        assertEquals(TestHierarchy.EDGE_ADDRESSES, trace.answers().stream().map(DnsTrace.Rr::data).sorted().toList());
        trace.answers().forEach(a -> {
            assertEquals("edge.cdn.test.", a.name());
            assertEquals(TestHierarchy.TTL_EDGE_A, a.ttl());
        });
        assertEquals(List.of("edge-10.fra.cdn.test.", "edge-11.fra.cdn.test."), trace.addresses().stream()
                .sorted(java.util.Comparator.comparing(DnsTrace.Address::address))
                .map(a -> a.ptr().get(0)).toList());
        assertNull(trace.recordedTraceUrl());
    }

    @Test
    void shouldStreamEachHopAsItHappensAndEndWithTheResult() throws Exception {
        SseClient stream = SseClient.open(URI.create(traceUrl + "?name=www.example.test&type=A"), "result");

        assertTrue(stream.awaitEvent(Duration.ofSeconds(15)), "the result event arrived");
        List<SseClient.Event> events = stream.events();
        assertTrue(!events.isEmpty(), stream::describe);
        assertEquals("start", events.get(0).name());
        assertEquals("result", events.get(events.size() - 1).name());
        ObjectMapper mapper = new ObjectMapper();
        DnsTrace result = mapper.readValue(events.get(events.size() - 1).data(), DnsTrace.class);
        List<Step> streamed = events.subList(1, events.size() - 1).stream()
                .map(e -> {
                    assertEquals("step", e.name());
                    try {
                        return mapper.readValue(e.data(), Step.class);
                    } catch (java.io.IOException ex) {
                        throw new IllegalStateException(ex);
                    }
                }).toList();
        assertEquals(result.steps(), streamed, "every step was streamed once, in order, before the result");
        assertEquals(Outcome.REFERRAL, streamed.get(0).outcome());
        assertEquals(DnsTrace.Status.ANSWER, result.status());
        assertEquals(2, result.cnameChain().size());
    }

    @Test
    void shouldDeliverEveryEventOfStreamsOpenedBackToBack() throws Exception {
        // Each stream's first event once raced the framework's own first write and could leave an empty stream.
        for (int i = 0; i < 30; i++) {
            int n = i;
            SseClient stream = SseClient.open(URI.create(traceUrl + "?name=www.example.test&type=A"), "result");
            assertTrue(stream.awaitEvent(Duration.ofSeconds(15)), "stream " + i + " finished");
            List<SseClient.Event> events = stream.events();
            assertTrue(events.size() > 2, () -> "stream " + n + ": " + stream.describe());
            assertEquals("start", events.get(0).name(), stream::describe);
            assertEquals("result", events.get(events.size() - 1).name(), stream::describe);
        }
    }

    @Test
    void shouldCompareWithTheConfiguredStubResolver() {
        DnsTrace trace = json("mail.example.test", "A");

        DnsTrace.Stub stub = trace.stub();
        assertNotNull(stub);
        assertEquals("server", stub.mode());
        assertTrue(stub.server().startsWith(TestHierarchy.EXAMPLE + ":"), stub.server());
        assertEquals("ANSWER", stub.status());
        assertEquals(List.of(new DnsTrace.Rr("mail.example.test.", null, "A", 3600, "192.0.2.25")), stub.answers());
    }

    @Test
    void shouldReportNxdomainNodataAndTcpFallbackThroughTheApi() {
        DnsTrace missing = json("missing.example.test", "A");
        assertEquals(DnsTrace.Status.NXDOMAIN, missing.status());
        assertEquals("NXDOMAIN", missing.rcode());
        assertEquals(TestHierarchy.NEGATIVE_TTL_EXAMPLE, missing.negativeTtl());

        DnsTrace nodata = json("mail.example.test", "AAAA");
        assertEquals(DnsTrace.Status.NODATA, nodata.status());

        DnsTrace big = json("big.example.test", "TXT");
        assertEquals(DnsTrace.Status.ANSWER, big.status());
        Step last = big.steps().get(big.steps().size() - 1);
        assertEquals("tcp", last.transport());
        assertEquals(Outcome.TRUNCATED, big.steps().get(big.steps().size() - 2).outcome());
    }

    @Test
    void shouldTraceAKoreanNameAndShowBothSpellings() {
        DnsTrace trace = json("한국.example.test", "A");
        assertEquals("xn--3e0b707e.example.test", trace.name());
        assertEquals("한국.example.test", trace.unicodeName());
        assertEquals("192.0.2.30", trace.answers().get(0).data());
    }

    private static DnsTrace json(String name, String type) {
        return given().accept("application/json").queryParam("name", name).queryParam("type", type)
                .when().get("/trace")
                .then().statusCode(200).contentType(startsWith("application/json"))
                .extract().as(DnsTrace.class);
    }

    private static void assertHop(Step step, String purpose, String server, String zone, String qname,
            Outcome outcome, boolean authoritative) {
        String where = "step " + step.seq();
        assertEquals(purpose, step.purpose(), where);
        assertEquals(server, step.serverAddress(), where);
        assertEquals(zone, step.zone(), where);
        assertEquals(qname, step.qname(), where);
        assertEquals(outcome, step.outcome(), where);
        assertEquals("NOERROR", step.rcode(), where);
        assertEquals(authoritative, step.flags().aa(), where);
        assertEquals(false, step.flags().rd(), where);
        assertEquals("udp", step.transport(), where);
        assertTrue(step.rttMs() != null && step.rttMs() >= 0, where);
    }
}
