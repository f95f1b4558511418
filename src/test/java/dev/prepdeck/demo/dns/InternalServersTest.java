package dev.prepdeck.demo.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.prepdeck.demo.dns.DnsTrace.Status;
import dev.prepdeck.demo.dns.IterativeResolver.Limits;

/**
 * A zone on the Internet can hand out glue pointing anywhere; a trace from the public roots never sends a query
 * to this server's own network (loopback, private, link-local, the cloud metadata address) or to broadcast and
 * multicast, and says which name servers it skipped.
 */
class InternalServersTest {

    private static final String ROOT = "198.41.0.4";
    private static final String PUBLIC_NS = "93.184.216.34";
    private static final Set<String> INTERNAL = Set.of("127.0.0.1", "10.0.0.1", "169.254.169.254", "255.255.255.255",
            "224.0.0.1", "192.168.1.1", "172.16.0.1", "100.64.0.1", "0.0.0.0", "240.0.0.1");

    private static final String ROOT_ZONE = """
            $ORIGIN .
            $TTL 86400
            @ IN SOA a.root-servers.net. nstld.verisign-grs.com. 1 1800 900 604800 86400
            @ IN NS a.root-servers.net.
            a.root-servers.net. IN A 198.41.0.4
            evil. IN NS ns1.evil.
            evil. IN NS ns2.evil.
            evil. IN NS ns3.evil.
            evil. IN NS ns4.evil.
            evil. IN NS ns5.evil.
            ns1.evil. IN A 127.0.0.1
            ns2.evil. IN A 10.0.0.1
            ns3.evil. IN A 169.254.169.254
            ns4.evil. IN A 255.255.255.255
            ns5.evil. IN A 224.0.0.1
            sneaky. IN NS ns.helper.
            helper. IN NS ns.helper.
            ns.helper. IN A 93.184.216.34
            mixed. IN NS ns1.mixed.
            ns1.mixed. IN A 192.168.1.1
            ns1.mixed. IN A 93.184.216.34
            """;

    private static final String HELPER_ZONE = """
            $ORIGIN helper.
            $TTL 3600
            @ IN SOA ns.helper. admin.helper. 1 3600 600 86400 300
            @ IN NS ns.helper.
            ns IN A 93.184.216.34
            internal IN A 172.16.0.1
            """;

    private static final String SNEAKY_ZONE = """
            $ORIGIN sneaky.
            $TTL 3600
            @ IN SOA ns.helper. admin.helper. 1 3600 600 86400 300
            @ IN NS ns.helper.
            deeper IN NS internal.helper.
            www IN A 93.184.216.80
            """;

    private static final String MIXED_ZONE = """
            $ORIGIN mixed.
            $TTL 3600
            @ IN SOA ns1.mixed. admin.mixed. 1 3600 600 86400 300
            @ IN NS ns1.mixed.
            ns1 IN A 93.184.216.34
            www IN A 93.184.216.81
            """;

    private final FakeDnsNetwork network = new FakeDnsNetwork()
            .serve(ROOT, ".", ROOT_ZONE)
            .serve(PUBLIC_NS, "helper.", HELPER_ZONE)
            .serve(PUBLIC_NS, "sneaky.", SNEAKY_ZONE)
            .serve(PUBLIC_NS, "mixed.", MIXED_ZONE);

    @Test
    void shouldSkipAndReportNameServersWhoseGlueIsInternal() {
        DnsTrace trace = trace("www.evil", "A");

        assertEquals(Status.FAILED, trace.status());
        assertNoQueryToInternalAddresses();
        String detail = trace.steps().get(0).detail();
        for (String skipped : List.of("ns1.evil. 127.0.0.1 is loopback", "ns2.evil. 10.0.0.1 is private",
                "ns3.evil. 169.254.169.254 is link-local", "ns4.evil. 255.255.255.255 is broadcast",
                "ns5.evil. 224.0.0.1 is multicast")) {
            assertTrue(detail.contains(skipped), detail);
        }
        assertTrue(trace.message().contains("not queried"), trace.message());
    }

    @Test
    void shouldNotQueryANameServerWhoseLookedUpAddressIsInternal() {
        DnsTrace trace = trace("www.deeper.sneaky", "A");

        assertEquals(Status.FAILED, trace.status());
        assertNoQueryToInternalAddresses();
        assertTrue(trace.message().contains("internal.helper.: not queried: its address 172.16.0.1 is private"),
                trace.message());
    }

    @Test
    void shouldUseThePublicAddressOfANameServerWithBoth() {
        DnsTrace trace = trace("www.mixed", "A");

        assertEquals(Status.ANSWER, trace.status(), trace.message());
        assertEquals("93.184.216.81", trace.answers().get(0).data());
        assertNoQueryToInternalAddresses();
        assertTrue(trace.steps().get(0).detail().contains("ns1.mixed. 192.168.1.1 is private"));
    }

    @Test
    void shouldFollowLocalServersWhenTheRootsAreLocalThemselves() {
        FakeDnsNetwork lab = FakeDnsNetwork.ofTestHierarchy();
        IterativeResolver resolver = new IterativeResolver(List.of(address(TestHierarchy.ROOT)), 53, limits(), lab,
                lab::nanoTime, count -> 0);

        DnsTrace trace = resolver.trace(DnsNames.parseName("mail.example.test"), "A");

        assertEquals(Status.ANSWER, trace.status(), trace.message());
    }

    @Test
    void shouldNameTheKindOfEveryNonPublicAddress() {
        assertEquals("loopback", ServerAddresses.nonPublic(address("127.1.2.3")));
        assertEquals("private", ServerAddresses.nonPublic(address("10.20.30.40")));
        assertEquals("private", ServerAddresses.nonPublic(address("172.31.255.1")));
        assertEquals("link-local", ServerAddresses.nonPublic(address("169.254.169.254")));
        assertEquals("broadcast", ServerAddresses.nonPublic(address("255.255.255.255")));
        assertEquals("multicast", ServerAddresses.nonPublic(address("239.1.1.1")));
        assertEquals("reserved", ServerAddresses.nonPublic(address("0.0.0.0")));
        assertEquals("reserved", ServerAddresses.nonPublic(address("198.18.0.1")));
        assertEquals("loopback", ServerAddresses.nonPublic(address("::1")));
        assertEquals("private", ServerAddresses.nonPublic(address("fd00::1")));
        assertNull(ServerAddresses.nonPublic(address("172.32.0.1")));
        assertNull(ServerAddresses.nonPublic(address("198.41.0.4")));
        assertNull(ServerAddresses.nonPublic(address("2001:500:2f::f")));
    }

    private void assertNoQueryToInternalAddresses() {
        List<String> asked = network.sent().stream().map(FakeDnsNetwork.Sent::server).toList();
        assertTrue(asked.stream().noneMatch(INTERNAL::contains), asked::toString);
    }

    private DnsTrace trace(String name, String type) {
        return new IterativeResolver(List.of(address(ROOT)), 53, limits(), network, network::nanoTime, count -> 0)
                .trace(DnsNames.parseName(name), type);
    }

    private static Limits limits() {
        return new Limits(Duration.ofSeconds(2), 40, 8, Duration.ofSeconds(10), 8, 4);
    }

    private static InetAddress address(String ip) {
        try {
            return InetAddress.getByName(ip);
        } catch (UnknownHostException e) {
            throw new IllegalArgumentException(e);
        }
    }
}
