package dev.prepdeck.demo.dns;

import static dev.prepdeck.demo.dns.TestHierarchy.CDN;
import static dev.prepdeck.demo.dns.TestHierarchy.DEAD;
import static dev.prepdeck.demo.dns.TestHierarchy.EXAMPLE;
import static dev.prepdeck.demo.dns.TestHierarchy.LAME;
import static dev.prepdeck.demo.dns.TestHierarchy.MIXED;
import static dev.prepdeck.demo.dns.TestHierarchy.ROOT;
import static dev.prepdeck.demo.dns.TestHierarchy.TLD;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.xbill.DNS.ARecord;
import org.xbill.DNS.DClass;
import org.xbill.DNS.Flags;
import org.xbill.DNS.Message;
import org.xbill.DNS.NSRecord;
import org.xbill.DNS.Name;
import org.xbill.DNS.Rcode;
import org.xbill.DNS.Section;

import dev.prepdeck.demo.dns.DnsTrace.Outcome;
import dev.prepdeck.demo.dns.DnsTrace.Status;
import dev.prepdeck.demo.dns.DnsTrace.Step;
import dev.prepdeck.demo.dns.IterativeResolver.Limits;

/** The resolver's walk through the test hierarchy, served by the in-JVM fake. */
class IterativeResolverTest {

    private static final Limits LIMITS = new Limits(Duration.ofSeconds(2), 40, 8, Duration.ofSeconds(10), 4, 4);

    private final FakeDnsNetwork network = FakeDnsNetwork.ofTestHierarchy();

    @Test
    void shouldWalkFromTheRootThroughTheTldToTheAuthoritativeServer() {
        DnsTrace trace = trace("mail.example.test", "A");

        assertEquals(Status.ANSWER, trace.status());
        assertEquals("NOERROR", trace.rcode());
        List<Step> steps = trace.steps().stream().filter(s -> s.purpose().equals("main")).toList();
        assertEquals(3, steps.size());

        Step root = steps.get(0);
        assertEquals(".", root.zone());
        assertEquals(ROOT, root.serverAddress());
        assertEquals(Outcome.REFERRAL, root.outcome());
        assertFalse(root.flags().aa());
        assertEquals("test.", root.referral().zone());
        assertEquals("ns1.nic.test.", root.referral().nameServers().get(0).name());
        assertEquals(TestHierarchy.TTL_TLD_NS, root.referral().nameServers().get(0).ttl());
        assertEquals(TLD, root.referral().nameServers().get(0).glue().get(0).data());

        Step tld = steps.get(1);
        assertEquals("test.", tld.zone());
        assertEquals("ns1.nic.test.", tld.server());
        assertEquals(TLD, tld.serverAddress());
        assertEquals("example.test.", tld.referral().zone());
        assertEquals(TestHierarchy.TTL_EXAMPLE_NS, tld.referral().nameServers().get(0).ttl());

        Step auth = steps.get(2);
        assertEquals("example.test.", auth.zone());
        assertEquals(EXAMPLE, auth.serverAddress());
        assertEquals(Outcome.ANSWER, auth.outcome());
        assertTrue(auth.flags().aa());
        assertEquals("udp", auth.transport());
        assertEquals(List.of(new DnsTrace.Rr("mail.example.test.", null, "A", 3600, "192.0.2.25")), trace.answers());
        assertTrue(auth.rttMs() > 0);
    }

    @Test
    void shouldFollowTheCnameChainIntoAnotherZoneWhoseServerHasNoGlue() {
        DnsTrace trace = trace("www.example.test", "A");

        assertEquals(Status.ANSWER, trace.status());
        assertEquals(List.of(
                new DnsTrace.CnameLink("www.example.test.", "www.cdn.test.", TestHierarchy.TTL_WWW_CNAME),
                new DnsTrace.CnameLink("www.cdn.test.", "edge.cdn.test.", TestHierarchy.TTL_CDN_CNAME)),
                trace.cnameChain());
        assertEquals(TestHierarchy.EDGE_ADDRESSES, trace.answers().stream().map(DnsTrace.Rr::data).sorted().toList());
        trace.answers().forEach(a -> assertEquals(TestHierarchy.TTL_EDGE_A, a.ttl()));

        List<String> walk = trace.steps().stream().filter(s -> !s.purpose().equals("ptr"))
                .map(s -> s.purpose() + " " + s.zone() + " " + s.outcome()).toList();
        assertEquals(List.of(
                "main . REFERRAL",
                "main test. REFERRAL",
                "main example.test. CNAME",
                "cname test. REFERRAL",
                "ns-address example.test. ANSWER",
                "cname cdn.test. CNAME"), walk);

        Step glueless = trace.steps().get(3);
        assertEquals("cdn.test.", glueless.referral().zone());
        assertEquals("ns1.hosting.example.test.", glueless.referral().nameServers().get(0).name());
        assertTrue(glueless.referral().nameServers().get(0).glue().isEmpty(), "cdn.test. is delegated without glue");
        Step cdn = trace.steps().get(5);
        assertEquals(CDN, cdn.serverAddress());
        assertEquals("ns1.hosting.example.test.", cdn.server());
    }

    @Test
    void shouldStartFromTheClosestZoneItAlreadyKnows() {
        DnsTrace trace = trace("www.example.test", "A");

        Step afterCname = trace.steps().get(3);
        assertEquals("test.", afterCname.zone());
        assertTrue(afterCname.fromCache(), "the test. servers were learned from the root's referral");
        assertFalse(trace.steps().get(0).fromCache());
        assertEquals(1, trace.steps().stream().filter(s -> !s.purpose().equals("ptr") && s.zone().equals(".")).count(),
                "the root is asked only once");
    }

    @Test
    void shouldLookUpTheReverseNameOfEachAnswerAddress() {
        DnsTrace trace = trace("www.example.test", "A");

        assertEquals(2, trace.addresses().size());
        DnsTrace.Address first = trace.addresses().stream().filter(a -> a.address().equals("192.0.2.10"))
                .findFirst().orElseThrow();
        assertEquals("10.2.0.192.in-addr.arpa.", first.reverseName());
        assertEquals(List.of("edge-10.fra.cdn.test."), first.ptr());
        assertEquals(TestHierarchy.TTL_PTR, first.ptrTtl());
        assertTrue(trace.steps().stream().anyMatch(s -> s.purpose().equals("ptr") && s.zone().equals("arpa.")));
    }

    @Test
    void shouldReportNxdomainWithTheNegativeTtlFromTheSoa() {
        DnsTrace trace = trace("missing.example.test", "A");

        assertEquals(Status.NXDOMAIN, trace.status());
        assertEquals("NXDOMAIN", trace.rcode());
        assertEquals(TestHierarchy.NEGATIVE_TTL_EXAMPLE, trace.negativeTtl());
        Step last = trace.steps().get(trace.steps().size() - 1);
        assertEquals(Outcome.NXDOMAIN, last.outcome());
        assertTrue(last.flags().aa());
        assertEquals("SOA", last.authority().get(0).type());
        assertTrue(trace.addresses().isEmpty());
    }

    @Test
    void shouldReportNodataWhenTheNameHasNoRecordsOfTheAskedType() {
        DnsTrace trace = trace("mail.example.test", "AAAA");

        assertEquals(Status.NODATA, trace.status());
        assertEquals("NOERROR", trace.rcode());
        assertEquals(TestHierarchy.NEGATIVE_TTL_EXAMPLE, trace.negativeTtl());
        assertTrue(trace.answers().isEmpty());
    }

    @Test
    void shouldRetryOverTcpWhenTheUdpReplyIsTruncated() {
        DnsTrace trace = trace("big.example.test", "TXT");

        assertEquals(Status.ANSWER, trace.status());
        List<Step> steps = trace.steps();
        Step udp = steps.get(steps.size() - 2);
        Step tcp = steps.get(steps.size() - 1);
        assertEquals(Outcome.TRUNCATED, udp.outcome());
        assertEquals("udp", udp.transport());
        assertTrue(udp.flags().tc());
        assertEquals(Outcome.ANSWER, tcp.outcome());
        assertEquals("tcp", tcp.transport());
        assertEquals(udp.serverAddress(), tcp.serverAddress());
        String text = trace.answers().get(0).data();
        TestHierarchy.bigTxtStrings().forEach(s -> assertTrue(text.contains(s)));
        assertTrue(network.sent().get(network.sent().size() - 1).tcp());
    }

    @Test
    void shouldTryTheNextServerOfTheZoneWhenOneIsDeadAndOneIsLame() {
        DnsTrace trace = trace("www.mixed.example.test", "A");

        assertEquals(Status.ANSWER, trace.status());
        List<Step> zoneSteps = trace.steps().stream().filter(s -> s.zone().equals("mixed.example.test.")).toList();
        assertEquals(List.of(DEAD, LAME, MIXED), zoneSteps.stream().map(Step::serverAddress).toList());
        assertEquals(Outcome.UNREACHABLE, zoneSteps.get(0).outcome());
        assertNull(zoneSteps.get(0).flags());
        assertEquals(Outcome.LAME, zoneSteps.get(1).outcome());
        assertEquals("REFUSED", zoneSteps.get(1).rcode());
        assertEquals(Outcome.ANSWER, zoneSteps.get(2).outcome());
        assertEquals(600, trace.answers().get(0).ttl());
    }

    @Test
    void shouldFailClearlyWhenEveryServerOfADelegationIsLame() {
        DnsTrace trace = trace("www.lame.example.test", "A");

        assertEquals(Status.FAILED, trace.status());
        assertEquals("SERVFAIL", trace.rcode());
        assertTrue(trace.message().contains("lame"), trace.message());
        assertTrue(trace.message().contains("lame.example.test."), trace.message());
    }

    @Test
    void shouldMoveToAnotherRootAfterATimeout() {
        network.silence("127.0.0.8");
        IterativeResolver resolver = resolver(LIMITS, "127.0.0.8", ROOT);

        DnsTrace trace = resolver.trace(DnsNames.parseName("mail.example.test"), "A");

        assertEquals(Status.ANSWER, trace.status());
        Step timedOut = trace.steps().get(0);
        assertEquals(Outcome.TIMEOUT, timedOut.outcome());
        assertEquals("127.0.0.8", timedOut.serverAddress());
        assertTrue(timedOut.rttMs() >= 2000, "waited the query timeout");
        assertEquals(Outcome.REFERRAL, trace.steps().get(1).outcome());
        assertEquals(ROOT, trace.steps().get(1).serverAddress());
    }

    @Test
    void shouldSayPlainlyWhenNoRootServerCanBeReached() {
        IterativeResolver resolver = resolver(LIMITS, "127.0.0.1");

        DnsTrace trace = resolver.trace(DnsNames.parseName("www.example.test"), "A");

        assertEquals(Status.UNREACHABLE, trace.status());
        assertTrue(trace.message().contains("root servers could be reached"), trace.message());
        assertEquals(1, trace.steps().size());
        assertEquals(Outcome.UNREACHABLE, trace.steps().get(0).outcome());
    }

    @Test
    void shouldGiveUpOnAZoneAfterTryingItsServerLimit() {
        List<String> silentRoots = List.of("127.0.1.1", "127.0.1.2", "127.0.1.3", "127.0.1.4", "127.0.1.5", "127.0.1.6");
        silentRoots.forEach(network::silence);
        IterativeResolver resolver = resolver(LIMITS, silentRoots.toArray(String[]::new));

        DnsTrace trace = resolver.trace(DnsNames.parseName("www.example.test"), "A");

        assertEquals(Status.UNREACHABLE, trace.status());
        assertEquals(4, trace.steps().size());
        assertTrue(trace.steps().stream().allMatch(s -> s.outcome() == Outcome.TIMEOUT));
    }

    @Test
    void shouldStopAtTheQueryLimit() {
        IterativeResolver resolver = resolver(new Limits(Duration.ofSeconds(2), 3, 8, Duration.ofSeconds(10), 4, 4), ROOT);

        DnsTrace trace = resolver.trace(DnsNames.parseName("www.example.test"), "A");

        assertEquals(Status.LIMIT, trace.status());
        assertEquals(3, trace.queries());
        assertEquals(3, network.sent().size());
        assertTrue(trace.message().contains("3 queries"), trace.message());
    }

    @Test
    void shouldStopAtTheWallClockLimit() {
        network.latency(Duration.ofMillis(400));
        IterativeResolver resolver = resolver(new Limits(Duration.ofSeconds(2), 40, 8, Duration.ofSeconds(1), 4, 4), ROOT);

        DnsTrace trace = resolver.trace(DnsNames.parseName("www.example.test"), "A");

        assertEquals(Status.LIMIT, trace.status());
        assertTrue(trace.message().contains("time limit"), trace.message());
        assertTrue(trace.elapsedMs() <= 1000, "elapsed " + trace.elapsedMs());
        assertEquals(Outcome.TIMEOUT, trace.steps().get(trace.steps().size() - 1).outcome(),
                "the last query only got what was left of the second");
    }

    @Test
    void shouldStopWhenCnamesFormALoop() {
        DnsTrace trace = trace("loop1.example.test", "A");

        assertEquals(Status.FAILED, trace.status());
        assertTrue(trace.message().contains("CNAME loop"), trace.message());
    }

    @Test
    void shouldStopWhenTheCnameChainIsLongerThanTheDepthLimit() {
        network.serve(EXAMPLE, "chain.example.test.", """
                $TTL 60
                chain.example.test. 60 IN SOA ns1.example.test. h.example.test. 1 1 1 1 60
                chain.example.test. 60 IN NS ns1.example.test.
                a.chain.example.test. 60 IN CNAME b.chain.example.test.
                b.chain.example.test. 60 IN CNAME c.chain.example.test.
                c.chain.example.test. 60 IN CNAME d.chain.example.test.
                d.chain.example.test. 60 IN CNAME e.chain.example.test.
                e.chain.example.test. 60 IN A 192.0.2.99
                """);
        IterativeResolver resolver = resolver(new Limits(Duration.ofSeconds(2), 40, 3, Duration.ofSeconds(10), 4, 4), ROOT);

        DnsTrace trace = resolver.trace(DnsNames.parseName("a.chain.example.test"), "A");

        assertEquals(Status.LIMIT, trace.status());
        assertTrue(trace.message().contains("CNAME chain longer than 3"), trace.message());
    }

    @Test
    void shouldNeverAskAServerToRecurse() {
        trace("www.example.test", "A");

        assertFalse(network.sent().isEmpty());
        for (FakeDnsNetwork.Sent sent : network.sent()) {
            assertFalse(sent.query().getHeader().getFlag(Flags.RD));
            assertEquals(IterativeResolver.EDNS_PAYLOAD, sent.query().getOPT().getPayloadSize());
            assertEquals(53, sent.port());
        }
    }

    @Test
    void shouldReportEachStepToTheListenerAsItHappens() {
        List<Step> seen = new ArrayList<>();
        IterativeResolver resolver = resolver(LIMITS, ROOT);

        DnsTrace trace = resolver.trace(DnsNames.parseName("www.example.test"), "A", step -> {
            assertEquals(seen.size() + 1, network.sent().size(), "reported right after its own query");
            seen.add(step);
        }, () -> false);

        assertEquals(trace.steps(), seen);
        for (int i = 0; i < seen.size(); i++) {
            assertEquals(i + 1, seen.get(i).seq());
        }
    }

    @Test
    void shouldStopWhenCancelled() {
        List<Step> seen = new ArrayList<>();
        IterativeResolver resolver = resolver(LIMITS, ROOT);

        DnsTrace trace = resolver.trace(DnsNames.parseName("www.example.test"), "A", seen::add, () -> seen.size() >= 2);

        assertEquals(Status.LIMIT, trace.status());
        assertEquals(2, network.sent().size());
    }

    @Test
    void shouldIgnoreGlueForNamesOutsideTheReferringZone() {
        network.rewrite(TLD, reply -> {
            if (reply.getSection(Section.AUTHORITY).stream().noneMatch(r -> r.getName().toString().equals("example.test."))) {
                return reply;
            }
            Message poisoned = new Message(reply.getHeader().getID());
            poisoned.getHeader().setFlag(Flags.QR);
            poisoned.addRecord(reply.getQuestion(), Section.QUESTION);
            Name evil = Name.fromConstantString("ns.evil.invalid.");
            poisoned.addRecord(new NSRecord(Name.fromConstantString("example.test."), DClass.IN, 3600, evil),
                    Section.AUTHORITY);
            poisoned.addRecord(new ARecord(evil, DClass.IN, 3600, address("127.0.0.66")), Section.ADDITIONAL);
            return poisoned;
        });

        DnsTrace trace = trace("mail.example.test", "A");

        assertEquals(Status.FAILED, trace.status());
        assertTrue(network.sent().stream().noneMatch(s -> s.server().equals("127.0.0.66")),
                "glue from test. for a name under invalid. must not be trusted");
        assertTrue(trace.steps().get(1).referral().nameServers().get(0).glue().isEmpty());
    }

    @Test
    void shouldTreatServfailAsUnusableAndSaySo() {
        network.rewrite(ROOT, reply -> {
            Message failed = new Message(reply.getHeader().getID());
            failed.getHeader().setFlag(Flags.QR);
            failed.getHeader().setRcode(Rcode.SERVFAIL);
            failed.addRecord(reply.getQuestion(), Section.QUESTION);
            return failed;
        });

        DnsTrace trace = trace("www.example.test", "A");

        assertEquals(Status.FAILED, trace.status());
        assertEquals(Outcome.SERVFAIL, trace.steps().get(0).outcome());
        assertTrue(trace.message().contains("SERVFAIL"), trace.message());
    }

    @Test
    void shouldCallARootThatOffersRecursionAndAnswersNxdomainWithoutSoaAnInterception() {
        network.rewrite(ROOT, reply -> {
            Message forged = new Message(reply.getHeader().getID());
            forged.getHeader().setFlag(Flags.QR);
            forged.getHeader().setFlag(Flags.RA);
            forged.getHeader().setRcode(Rcode.NXDOMAIN);
            forged.addRecord(reply.getQuestion(), Section.QUESTION);
            return forged;
        });

        DnsTrace trace = trace("www.example.test", "A");

        assertEquals(Status.INTERCEPTED, trace.status());
        assertEquals(Outcome.INTERCEPTED, trace.steps().get(0).outcome());
        assertTrue(trace.message().startsWith("Your network is intercepting DNS"), trace.message());
        assertTrue(trace.message().contains("showing a recorded trace"), trace.message());
        assertTrue(trace.message().contains("recursion available (RA) from a root server"), trace.message());
        assertTrue(trace.message().contains("no SOA, so no negative-cache time"), trace.message());
        assertFalse(trace.message().contains("?"), trace.message());
        assertNull(trace.negativeTtl());
    }

    @Test
    void shouldCallANonAuthoritativeNameErrorFromAnyServerAnInterception() {
        network.rewrite(EXAMPLE, reply -> {
            reply.getHeader().unsetFlag(Flags.AA);
            reply.getHeader().setRcode(Rcode.NXDOMAIN);
            reply.removeAllRecords(Section.ANSWER);
            reply.removeAllRecords(Section.AUTHORITY);
            return reply;
        });

        DnsTrace trace = trace("mail.example.test", "A");

        assertEquals(Status.INTERCEPTED, trace.status(), trace.message());
        assertTrue(trace.message().contains("without the authoritative flag (AA)"), trace.message());
    }

    @Test
    void shouldCallAnAnswerForANameOutsideTheServersZoneAnInterception() {
        network.rewrite(TLD, reply -> {
            Message forged = new Message(reply.getHeader().getID());
            forged.getHeader().setFlag(Flags.QR);
            forged.getHeader().setFlag(Flags.AA);
            forged.addRecord(reply.getQuestion(), Section.QUESTION);
            forged.addRecord(new ARecord(Name.fromConstantString("login.bank.invalid."), DClass.IN, 60,
                    address("203.0.113.66")), Section.ANSWER);
            return forged;
        });

        DnsTrace trace = trace("mail.example.test", "A");

        assertEquals(Status.INTERCEPTED, trace.status(), trace.message());
        assertTrue(trace.message().contains("an answer for login.bank.invalid., outside zone test."), trace.message());
    }

    @Test
    void shouldTrustTheRealHierarchysAnswersNameErrorsAndReferrals() {
        assertEquals(Status.ANSWER, trace("www.example.test", "A").status());
        assertEquals(Status.NXDOMAIN, trace("nope.example.test", "A").status());
        assertEquals(Status.NODATA, trace("mail.example.test", "AAAA").status());
    }

    @Test
    void shouldShowInternationalNamesInBothSpellings() {
        DnsTrace trace = trace("한국.example.test", "A");

        assertEquals("xn--3e0b707e.example.test", trace.name());
        assertEquals("한국.example.test", trace.unicodeName());
        assertEquals(Status.ANSWER, trace.status());
        assertEquals("192.0.2.30", trace.answers().get(0).data());
        assertEquals("한국.example.test.", trace.answers().get(0).unicodeName());
        assertEquals("한국.example.test.", trace.steps().get(0).unicodeQname());
    }

    @Test
    void shouldAnswerMxAndNsQuestions() {
        DnsTrace mx = trace("example.test", "MX");
        assertEquals("10 mail.example.test.", mx.answers().get(0).data());
        assertTrue(mx.addresses().isEmpty(), "only A and AAAA answers get reverse look-ups");

        DnsTrace ns = trace("example.test", "NS");
        assertEquals(Status.ANSWER, ns.status());
        assertEquals("ns1.example.test.", ns.answers().get(0).data());
        assertTrue(ns.steps().get(ns.steps().size() - 1).flags().aa(), "the NS answer comes from the child zone");
    }

    private DnsTrace trace(String name, String type) {
        return resolver(LIMITS, ROOT).trace(DnsNames.parseName(name), type);
    }

    private IterativeResolver resolver(Limits limits, String... roots) {
        List<InetAddress> addresses = java.util.Arrays.stream(roots).map(IterativeResolverTest::address).toList();
        return new IterativeResolver(addresses, 53, limits, network, network::nanoTime, count -> 0);
    }

    private static InetAddress address(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
