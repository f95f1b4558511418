package dev.prepdeck.demo.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

/** The stub comparison: its setting, and what it reports from a resolver it asks. */
class StubResolverTest {

    private final FakeDnsNetwork network = FakeDnsNetwork.ofTestHierarchy();

    @Test
    void shouldReadEveryFormOfTheSetting() {
        assertEquals(StubResolver.Mode.OFF, StubResolver.fromSetting("off", network, Runnable::run).mode());
        assertEquals(StubResolver.Mode.SYSTEM, StubResolver.fromSetting("system", network, Runnable::run).mode());
        assertEquals(new InetSocketAddress("192.0.2.53", 53), StubResolver.parseServer("192.0.2.53"));
        assertEquals(new InetSocketAddress("127.0.0.1", 5353), StubResolver.parseServer("127.0.0.1:5353"));
        assertEquals(new InetSocketAddress("2001:db8::53", 53), StubResolver.parseServer("2001:db8::53"));
        assertEquals(new InetSocketAddress("2001:db8::53", 5300), StubResolver.parseServer("[2001:db8::53]:5300"));
        assertThrows(IllegalArgumentException.class, () -> StubResolver.parseServer("resolver.example"));
        assertThrows(IllegalArgumentException.class, () -> StubResolver.parseServer("127.0.0.1:0"));
    }

    @Test
    void shouldSayWhenTheComparisonIsOff() {
        DnsTrace.Stub stub = StubResolver.fromSetting("off", network, Runnable::run)
                .lookup(DnsNames.parseName("www.example.test"), "A", Duration.ofSeconds(1));
        assertEquals("OFF", stub.status());
    }

    @Test
    void shouldReportTheRecordsAndTtlsTheConfiguredResolverGives() {
        StubResolver stub = StubResolver.fromSetting(TestHierarchy.EXAMPLE, network, Runnable::run);

        DnsTrace.Stub answer = stub.lookup(DnsNames.parseName("mail.example.test"), "A", Duration.ofSeconds(1));
        assertEquals("server", answer.mode());
        assertEquals(TestHierarchy.EXAMPLE, answer.server());
        assertEquals("ANSWER", answer.status());
        assertEquals(List.of(new DnsTrace.Rr("mail.example.test.", null, "A", 3600, "192.0.2.25")), answer.answers());

        DnsTrace.Stub alias = stub.lookup(DnsNames.parseName("www.example.test"), "A", Duration.ofSeconds(1));
        assertEquals("CNAME", alias.status());

        DnsTrace.Stub missing = stub.lookup(DnsNames.parseName("missing.example.test"), "A", Duration.ofSeconds(1));
        assertEquals("NXDOMAIN", missing.status());
    }

    @Test
    void shouldReportATimeoutInsteadOfWaiting() {
        network.silence(TestHierarchy.EXAMPLE);
        DnsTrace.Stub stub = StubResolver.fromSetting(TestHierarchy.EXAMPLE, network, Runnable::run)
                .lookup(DnsNames.parseName("mail.example.test"), "A", Duration.ofMillis(300));
        assertEquals("TIMEOUT", stub.status());
    }
}
