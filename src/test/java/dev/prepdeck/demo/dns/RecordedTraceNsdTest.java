package dev.prepdeck.demo.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * Keeps the shipped recorded trace honest: it must show exactly the hops, answers and TTLs the test
 * hierarchy serves today. Run with {@code -Ddns.record=src/main/resources/dns/recorded-trace.json}
 * to record it anew.
 */
@Tag("nsd")
class RecordedTraceNsdTest {

    static final String NOTE = "Recorded from PrepDeck's own test hierarchy (NSD servers on loopback addresses"
            + " 127.0.0.2-127.0.0.7, zones ., test., example.test., cdn.test. and arpa.), not from the Internet."
            + " Shown because this server cannot reach the real root servers; it is not a live lookup.";

    @Test
    void shouldMatchWhatTheHierarchyServesToday() throws IOException {
        DnsTrace fresh;
        try (NsdHierarchy nsd = NsdHierarchy.start()) {
            IterativeResolver resolver = new IterativeResolver(List.of(InetAddress.getByName(TestHierarchy.ROOT)),
                    nsd.port(), new IterativeResolver.Limits(Duration.ofSeconds(2), 60, 10, Duration.ofSeconds(15), 4, 4),
                    new SocketDnsTransport());
            fresh = resolver.trace(DnsNames.parseName("www.example.test"), "A");
        }
        ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
        String target = System.getProperty("dns.record");
        if (target != null && !target.isBlank()) {
            DnsTrace recorded = new DnsTrace(fresh.name(), fresh.unicodeName(), fresh.type(), fresh.status(),
                    fresh.rcode(), fresh.message(), fresh.answers(), fresh.cnameChain(), fresh.negativeTtl(),
                    fresh.addresses(), new DnsTrace.Stub("off", null, "OFF", null, null, null,
                            "No stub resolver comparison in a recording."),
                    fresh.steps(), fresh.queries(), fresh.elapsedMs(), fresh.startedAt(), fresh.limits(), true,
                    "Recorded " + LocalDate.now() + ". " + NOTE, null);
            Files.writeString(Path.of(target), mapper.writeValueAsString(recorded) + "\n");
        }
        DnsTrace shipped;
        try (InputStream in = getClass().getClassLoader().getResourceAsStream(DnsTraceService.RECORDED_RESOURCE)) {
            shipped = mapper.readValue(in, DnsTrace.class);
        }
        assertTrue(shipped.recorded());
        assertEquals(fresh.status(), shipped.status());
        assertEquals(fresh.answers().stream().sorted(java.util.Comparator.comparing(DnsTrace.Rr::data)).toList(),
                shipped.answers().stream().sorted(java.util.Comparator.comparing(DnsTrace.Rr::data)).toList());
        assertEquals(fresh.cnameChain(), shipped.cnameChain());
        assertEquals(hops(fresh), hops(shipped));
    }

    private static List<String> hops(DnsTrace trace) {
        return trace.steps().stream().map(s -> String.join(" ", s.purpose(), s.serverAddress(), s.zone(), s.qname(),
                s.qtype(), s.outcome().name(), String.valueOf(s.rcode()), String.valueOf(s.flags()),
                String.valueOf(s.referral()), String.valueOf(s.answers() == null ? null
                        : s.answers().stream().map(DnsTrace.Rr::toString).sorted().toList())))
                .toList();
    }
}
