package dev.prepdeck.demo.dns;

import static dev.prepdeck.demo.dns.TestHierarchy.CDN;
import static dev.prepdeck.demo.dns.TestHierarchy.DEAD;
import static dev.prepdeck.demo.dns.TestHierarchy.EXAMPLE;
import static dev.prepdeck.demo.dns.TestHierarchy.LAME;
import static dev.prepdeck.demo.dns.TestHierarchy.MIXED;
import static dev.prepdeck.demo.dns.TestHierarchy.ROOT;
import static dev.prepdeck.demo.dns.TestHierarchy.TLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.DatagramSocket;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Record;
import org.xbill.DNS.Section;
import org.xbill.DNS.Type;

import dev.prepdeck.demo.dns.DnsTrace.Outcome;
import dev.prepdeck.demo.dns.DnsTrace.Status;
import dev.prepdeck.demo.dns.DnsTrace.Step;
import dev.prepdeck.demo.dns.IterativeResolver.Limits;

/** The resolver over real sockets against real NSD servers on loopback. */
@Tag("nsd")
class IterativeResolverNsdTest {

    private static final Limits LIMITS = new Limits(Duration.ofSeconds(2), 40, 8, Duration.ofSeconds(10), 4, 4);

    private static NsdHierarchy nsd;

    @BeforeAll
    static void startNsd() {
        nsd = NsdHierarchy.start();
    }

    @AfterAll
    static void stopNsd() {
        if (nsd != null) {
            nsd.close();
        }
    }

    @Test
    void shouldTraceWwwExampleTestHopByHopThroughTheCnameChain() throws IOException {
        DnsTrace trace = trace("www.example.test", "A");

        assertEquals(Status.ANSWER, trace.status(), trace.message());
        assertEquals("NOERROR", trace.rcode());
        List<String> hops = trace.steps().stream().filter(s -> !s.purpose().equals("ptr"))
                .map(s -> s.serverAddress() + " " + s.zone() + " " + s.outcome()).toList();
        assertEquals(List.of(
                ROOT + " . REFERRAL",
                TLD + " test. REFERRAL",
                EXAMPLE + " example.test. CNAME",
                TLD + " test. REFERRAL",
                EXAMPLE + " example.test. ANSWER",
                CDN + " cdn.test. CNAME"), hops);
        assertEquals(List.of(
                new DnsTrace.CnameLink("www.example.test.", "www.cdn.test.", TestHierarchy.TTL_WWW_CNAME),
                new DnsTrace.CnameLink("www.cdn.test.", "edge.cdn.test.", TestHierarchy.TTL_CDN_CNAME)),
                trace.cnameChain());
        assertEquals(TestHierarchy.EDGE_ADDRESSES, trace.answers().stream().map(DnsTrace.Rr::data).sorted().toList());
        trace.answers().forEach(a -> assertEquals(TestHierarchy.TTL_EDGE_A, a.ttl()));
        assertEquals(List.of("edge-10.fra.cdn.test."), trace.addresses().stream()
                .filter(a -> a.address().equals("192.0.2.10")).findFirst().orElseThrow().ptr());
        assertStepsMatchWhatTheServersServe(trace);
    }

    @Test
    void shouldReportTheReferralsWithTheirGlueAndTtls() {
        DnsTrace trace = trace("www.example.test", "A");

        DnsTrace.NameServer tldServer = trace.steps().get(0).referral().nameServers().get(0);
        assertEquals("ns1.nic.test.", tldServer.name());
        assertEquals(TestHierarchy.TTL_TLD_NS, tldServer.ttl());
        assertEquals(TLD, tldServer.glue().get(0).data());
        DnsTrace.NameServer exampleServer = trace.steps().get(1).referral().nameServers().get(0);
        assertEquals(TestHierarchy.TTL_EXAMPLE_NS, exampleServer.ttl());
        assertEquals(EXAMPLE, exampleServer.glue().get(0).data());
        DnsTrace.NameServer cdnServer = trace.steps().get(3).referral().nameServers().get(0);
        assertEquals("ns1.hosting.example.test.", cdnServer.name());
        assertEquals(TestHierarchy.TTL_CDN_NS, cdnServer.ttl());
        assertTrue(cdnServer.glue().isEmpty(), "cdn.test. is a glueless delegation");
        assertTrue(trace.steps().get(2).flags().aa());
        assertTrue(trace.steps().get(5).flags().aa());
    }

    @Test
    void shouldFallBackToTcpWhenNsdTruncatesTheUdpReply() throws IOException {
        DnsTrace trace = trace("big.example.test", "TXT");

        assertEquals(Status.ANSWER, trace.status(), trace.message());
        Step udp = trace.steps().get(trace.steps().size() - 2);
        Step tcp = trace.steps().get(trace.steps().size() - 1);
        assertEquals(Outcome.TRUNCATED, udp.outcome());
        assertTrue(udp.flags().tc());
        assertEquals("tcp", tcp.transport());
        assertEquals(Outcome.ANSWER, tcp.outcome());
        assertTrue(tcp.size() > IterativeResolver.EDNS_PAYLOAD, "the TCP reply is bigger than the UDP buffer");
        TestHierarchy.bigTxtStrings().forEach(s -> assertTrue(trace.answers().get(0).data().contains(s)));
        assertStepsMatchWhatTheServersServe(trace);
    }

    @Test
    void shouldReportNxdomainAndNodataWithNegativeTtls() {
        DnsTrace missing = trace("missing.example.test", "A");
        assertEquals(Status.NXDOMAIN, missing.status());
        assertEquals("NXDOMAIN", missing.rcode());
        assertEquals(TestHierarchy.NEGATIVE_TTL_EXAMPLE, missing.negativeTtl());

        DnsTrace nodata = trace("mail.example.test", "AAAA");
        assertEquals(Status.NODATA, nodata.status());
        assertEquals("NOERROR", nodata.rcode());
        assertEquals(TestHierarchy.NEGATIVE_TTL_EXAMPLE, nodata.negativeTtl());
    }

    @Test
    void shouldRecogniseALameDelegation() {
        DnsTrace lame = trace("www.lame.example.test", "A");
        assertEquals(Status.FAILED, lame.status());
        Step last = lame.steps().get(lame.steps().size() - 1);
        assertEquals(LAME, last.serverAddress());
        assertEquals(Outcome.LAME, last.outcome());
        assertEquals("REFUSED", last.rcode());
    }

    @Test
    void shouldGetPastADeadAndALameServerToTheWorkingOne() {
        DnsTrace trace = trace("www.mixed.example.test", "A");

        assertEquals(Status.ANSWER, trace.status(), trace.message());
        List<Step> zoneSteps = trace.steps().stream().filter(s -> s.zone().equals("mixed.example.test.")).toList();
        assertEquals(List.of(DEAD, LAME, MIXED), zoneSteps.stream().map(Step::serverAddress).toList());
        assertEquals(List.of(Outcome.UNREACHABLE, Outcome.LAME, Outcome.ANSWER),
                zoneSteps.stream().map(Step::outcome).toList());
        assertEquals("192.0.2.40", trace.answers().get(0).data());
    }

    @Test
    void shouldResolveAKoreanName() {
        DnsTrace trace = trace("한국.example.test", "A");
        assertEquals(Status.ANSWER, trace.status());
        assertEquals("xn--3e0b707e.example.test", trace.name());
        assertEquals("한국.example.test", trace.unicodeName());
        assertEquals("192.0.2.30", trace.answers().get(0).data());
    }

    @Test
    void shouldWaitOnlyTheQueryTimeoutForASilentRootAndMoveOn() throws IOException {
        try (DatagramSocket silent = new DatagramSocket(new InetSocketAddress("127.0.0.10", nsd.port()))) {
            Limits limits = new Limits(Duration.ofMillis(300), 40, 8, Duration.ofSeconds(10), 4, 4);
            IterativeResolver resolver = new IterativeResolver(List.of(address("127.0.0.10"), address(ROOT)),
                    nsd.port(), limits, new SocketDnsTransport(), System::nanoTime, count -> 0);

            DnsTrace trace = resolver.trace(DnsNames.parseName("mail.example.test"), "A");

            assertEquals(Status.ANSWER, trace.status(), trace.message());
            Step timedOut = trace.steps().get(0);
            assertEquals(Outcome.TIMEOUT, timedOut.outcome());
            assertTrue(timedOut.rttMs() >= 290 && timedOut.rttMs() < 1500, "waited " + timedOut.rttMs() + " ms");
            assertEquals(ROOT, trace.steps().get(1).serverAddress());
            assertTrue(silent.isBound());
        }
    }

    @Test
    void shouldEndWithinItsTimeLimitWhenEveryRootIsSilent() throws IOException {
        try (DatagramSocket a = new DatagramSocket(new InetSocketAddress("127.0.0.11", nsd.port()));
                DatagramSocket b = new DatagramSocket(new InetSocketAddress("127.0.0.12", nsd.port()))) {
            Limits limits = new Limits(Duration.ofMillis(400), 40, 8, Duration.ofMillis(600), 4, 4);
            IterativeResolver resolver = new IterativeResolver(List.of(address("127.0.0.11"), address("127.0.0.12")),
                    nsd.port(), limits, new SocketDnsTransport());
            long start = System.nanoTime();

            DnsTrace trace = resolver.trace(DnsNames.parseName("www.example.test"), "A");

            long tookMs = (System.nanoTime() - start) / 1_000_000;
            assertEquals(Status.LIMIT, trace.status());
            assertTrue(tookMs < 1600, "took " + tookMs + " ms");
            assertTrue(a.isBound() && b.isBound());
        }
    }

    /** Asks each server again, directly, and checks the trace reported exactly what it serves. */
    private static void assertStepsMatchWhatTheServersServe(DnsTrace trace) throws IOException {
        SocketDnsTransport transport = new SocketDnsTransport();
        for (Step step : trace.steps()) {
            if (step.flags() == null) {
                continue;
            }
            Message query = Message.newQuery(Record.newRecord(Name.fromString(step.qname()), Type.value(step.qtype()),
                    DClass.IN));
            query.getHeader().unsetFlag(Flags.RD);
            Message direct = transport.exchange(new InetSocketAddress(step.serverAddress(), nsd.port()), query, true,
                    Duration.ofSeconds(2));
            assertEquals(step.rcode(), Rcode.string(direct.getRcode()), "rcode of step " + step.seq());
            assertEquals(step.flags().aa(), direct.getHeader().getFlag(Flags.AA), "AA of step " + step.seq());
            if (step.outcome() != Outcome.TRUNCATED) {
                assertEquals(IterativeResolver.rrs(direct.getSection(Section.ANSWER)), step.answers(),
                        "answers of step " + step.seq());
            }
            if (step.referral() != null) {
                List<String> ns = direct.getSection(Section.AUTHORITY).stream()
                        .filter(r -> r.getType() == Type.NS).map(r -> r.rdataToString()).toList();
                assertEquals(ns, step.referral().nameServers().stream().map(DnsTrace.NameServer::name).toList(),
                        "referral of step " + step.seq());
            }
        }
    }

    private static DnsTrace trace(String name, String type) {
        IterativeResolver resolver = new IterativeResolver(List.of(address(ROOT)), nsd.port(), LIMITS,
                new SocketDnsTransport());
        return resolver.trace(DnsNames.parseName(name), type);
    }

    private static InetAddress address(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
