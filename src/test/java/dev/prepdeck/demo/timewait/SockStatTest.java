package dev.prepdeck.demo.timewait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Reading /proc/net/sockstat and the /proc/sys settings shown as host facts. */
class SockStatTest {

    @Test
    void shouldReadTheTimeWaitCountFromCapturedSockstat() {
        SockStat stat = SockStat.parse(ProcNetTcpParserTest.fixture("sockstat.txt"));

        assertEquals(11, stat.inUse());
        assertEquals(0, stat.orphan());
        assertEquals(10, stat.timeWait());
        assertEquals(14, stat.allocated());
        assertEquals(219, stat.memoryPages());
    }

    @Test
    void shouldRejectSockstatWithoutATcpLine() {
        assertThrows(IllegalArgumentException.class, () -> SockStat.parse(List.of("sockets: used 32")));
        assertThrows(IllegalArgumentException.class, () -> SockStat.parse(List.of("TCP: inuse 1 orphan 0")));
    }

    @Test
    void shouldReadHostFactsFromAProcTree(@TempDir Path proc) throws IOException {
        Path ipv4 = Files.createDirectories(proc.resolve("sys/net/ipv4"));
        Files.writeString(ipv4.resolve("tcp_fin_timeout"), "30\n");
        Files.writeString(ipv4.resolve("tcp_tw_reuse"), "2\n");
        Files.writeString(ipv4.resolve("tcp_max_tw_buckets"), "262144\n");
        Files.createDirectories(proc.resolve("net"));
        Files.write(proc.resolve("net/sockstat"), ProcNetTcpParserTest.fixture("sockstat.txt"));

        HostFacts facts = HostFacts.read(proc, 100);

        assertEquals(new HostFacts(30, 2, 262144, 10, 100), facts);
    }

    @Test
    void shouldLeaveOutWhatTheHostDoesNotExpose(@TempDir Path emptyProc) {
        HostFacts facts = HostFacts.read(emptyProc, 100);

        assertNull(facts.tcpFinTimeout());
        assertNull(facts.tcpTwReuse());
        assertNull(facts.tcpMaxTwBuckets());
        assertNull(facts.timeWaitNow());
    }

    @Test
    void shouldReadThisHostsRealSettingsWhole() {
        assumeTrue(Files.isReadable(Path.of("/proc/sys/net/ipv4/tcp_max_tw_buckets")), "Linux procfs");

        HostFacts facts = HostFacts.read(Path.of("/proc"), HostFacts.detectClockTicks());

        assertNotNull(facts.tcpMaxTwBuckets());
        assertNotNull(facts.timeWaitNow());
        // Files.readString returned a single byte here; a multi-digit value proves the whole line was read.
        assertEquals(true, facts.tcpMaxTwBuckets() >= 10, "tcp_max_tw_buckets = " + facts.tcpMaxTwBuckets());
        assertEquals(true, facts.clockTicksPerSecond() > 0);
    }
}
