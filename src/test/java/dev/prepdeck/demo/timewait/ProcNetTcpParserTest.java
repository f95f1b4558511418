package dev.prepdeck.demo.timewait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

/**
 * The socket-table parser on text captured from this project's Linux machine (x86-64, USER_HZ 100):
 * loopback connections held in every state the kernel would keep long enough to capture.
 */
class ProcNetTcpParserTest {

    private final ProcNetTcpParser parser = new ProcNetTcpParser(ByteOrder.LITTLE_ENDIAN);

    @Test
    void shouldReadEveryCapturedIpv4StateWithItsAddresses() {
        List<KernelSocket> rows = parser.parse("tcp", fixture("proc-net-tcp.txt"));

        assertEquals(18, rows.size(), "every row but the header");
        Set<TcpState> states = rows.stream().map(KernelSocket::state).collect(Collectors.toSet());
        assertEquals(EnumSet.of(TcpState.ESTABLISHED, TcpState.SYN_SENT, TcpState.FIN_WAIT1, TcpState.FIN_WAIT2,
                TcpState.TIME_WAIT, TcpState.CLOSE_WAIT, TcpState.LAST_ACK, TcpState.LISTEN, TcpState.CLOSING), states);

        KernelSocket timeWait = only(rows, TcpState.TIME_WAIT);
        assertEquals(new InetSocketAddress("127.0.0.1", 0x8AD6), timeWait.local());
        assertEquals(new InetSocketAddress("127.0.0.1", 0xAA7F), timeWait.remote());
        assertEquals("127.0.0.1:35542", timeWait.kernelLocal());
        assertEquals("tcp", timeWait.table());
    }

    @Test
    void shouldReportTheTimeWaitTimerInClockTicks() {
        KernelSocket timeWait = only(parser.parse("tcp", fixture("proc-net-tcp.txt")), TcpState.TIME_WAIT);

        assertEquals(KernelSocket.Timer.TIME_WAIT, timeWait.timer(), "tr=03");
        assertEquals(0x16D4, timeWait.timerTicks());
        assertEquals(Duration.ofMillis(58_440), timeWait.timerRemaining(100), "5844 ticks at USER_HZ 100");
        assertEquals(0, timeWait.inode(), "no file descriptor refers to a TIME_WAIT socket");
    }

    @Test
    void shouldTellTheOtherTimersApart() {
        List<KernelSocket> rows = parser.parse("tcp", fixture("proc-net-tcp.txt"));

        KernelSocket finWait1 = only(rows, TcpState.FIN_WAIT1);
        assertEquals(KernelSocket.Timer.ZERO_WINDOW_PROBE, finWait1.timer(), "FIN waits behind unread data");
        assertEquals(Duration.ofMillis(160), finWait1.timerRemaining(100));

        KernelSocket synSent = rows.stream().filter(r -> r.state() == TcpState.SYN_SENT).findFirst().orElseThrow();
        assertEquals(KernelSocket.Timer.RETRANSMIT, synSent.timer());
        assertEquals(1, synSent.retransmits(), "the dropped SYN was sent again once");

        KernelSocket keepalive = rows.stream().filter(r -> r.timer() == KernelSocket.Timer.KEEPALIVE).findFirst()
                .orElseThrow();
        assertEquals(TcpState.ESTABLISHED, keepalive.state());
        assertEquals(Duration.ofMillis(7_198_380), keepalive.timerRemaining(100), "TCP_KEEPIDLE was 7200 s");

        KernelSocket listen = only(rows, TcpState.LISTEN, 0xAA7F);
        assertEquals(KernelSocket.Timer.NONE, listen.timer());
        assertEquals(Duration.ZERO, listen.timerRemaining(100));
        assertEquals(new InetSocketAddress("0.0.0.0", 0), listen.remote());
    }

    @Test
    void shouldNormaliseDualStackLoopbackFromTcp6() {
        List<KernelSocket> rows = parser.parse("tcp6", fixture("proc-net-tcp6-mapped.txt"));

        KernelSocket timeWait = only(rows, TcpState.TIME_WAIT);
        assertEquals(new InetSocketAddress("127.0.0.1", 0x943C), timeWait.local(),
                "::ffff:127.0.0.1 compares equal to what Java reports for the socket");
        assertEquals("[::ffff:127.0.0.1]:37948", timeWait.kernelLocal());
        assertEquals(Duration.ofMillis(58_420), timeWait.timerRemaining(100));

        KernelSocket lastAck = only(rows, TcpState.LAST_ACK);
        assertEquals(KernelSocket.Timer.ZERO_WINDOW_PROBE, lastAck.timer());
        assertEquals(0, lastAck.inode(), "the passive closer already closed its descriptor");

        KernelSocket wildcard = only(rows, TcpState.LISTEN, 0xB049);
        assertEquals("[::]:45129", wildcard.kernelLocal());
    }

    @Test
    void shouldReadNativeIpv6Loopback() {
        List<KernelSocket> rows = parser.parse("tcp6", fixture("proc-net-tcp6.txt"));

        KernelSocket closing = only(rows, TcpState.CLOSING);
        assertEquals(new InetSocketAddress("::1", 0x94C6), closing.local());
        assertEquals("[::1]:38086", closing.kernelLocal());
        KernelSocket closeWait = only(rows, TcpState.CLOSE_WAIT);
        assertEquals(new InetSocketAddress("::1", 0x8089), closeWait.local());
        assertEquals(new InetSocketAddress("::1", 0x94AC), closeWait.remote());
    }

    @Test
    void shouldFindAConnectionByItsAddresses() {
        List<KernelSocket> rows = parser.parse("tcp6", fixture("proc-net-tcp6-mapped.txt"));
        InetSocketAddress client = new InetSocketAddress("127.0.0.1", 0x9440);
        InetSocketAddress server = new InetSocketAddress("127.0.0.1", 0xB049);

        KernelSocket clientSide = rows.stream().filter(r -> r.is(client, server)).findFirst().orElseThrow();
        KernelSocket serverSide = rows.stream().filter(r -> r.is(server, client)).findFirst().orElseThrow();

        assertEquals(TcpState.FIN_WAIT2, clientSide.state(), "the client half-closed");
        assertEquals(TcpState.CLOSE_WAIT, serverSide.state(), "the server has not closed yet");
    }

    @Test
    void shouldDecodeAddressesOfABigEndianHost() {
        KernelSocket row = new ProcNetTcpParser(ByteOrder.BIG_ENDIAN).parseRow("tcp",
                "0: 7F000001:1F90 C0000202:0050 01 00000000:00000000 00:00000000 00000000  1000 0 42 1");

        assertEquals(new InetSocketAddress("127.0.0.1", 8080), row.local());
        assertEquals(new InetSocketAddress("192.0.2.2", 80), row.remote());
    }

    @Test
    void shouldMapEveryKernelStateCode() {
        for (TcpState state : TcpState.values()) {
            if (state != TcpState.UNKNOWN) {
                assertEquals(state, TcpState.fromCode(state.code()));
            }
        }
        assertEquals(TcpState.UNKNOWN, TcpState.fromCode(0x0D));
        KernelSocket synRecv = parser.parseRow("tcp",
                "5: 0100007F:1F90 0100007F:D2F4 03 00000000:00000000 01:00000064 00000002     0 0 0 1");
        assertEquals(TcpState.SYN_RECV, synRecv.state());
        assertEquals(Duration.ofSeconds(1), synRecv.timerRemaining(100));
        assertEquals(2, synRecv.retransmits());
    }

    @Test
    void shouldTreatAnExpiredTimerPrintedAsNegativeAsZero() {
        KernelSocket row = parser.parseRow("tcp",
                "3: 0100007F:8AD6 0100007F:AA7F 06 00000000:00000000 03:FFFFFFFFFFFFFFF6 00000000 0 0 0 3");

        assertEquals(Duration.ZERO, row.timerRemaining(100));
    }

    @Test
    void shouldRejectARowThatIsNotATableRow() {
        IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                () -> parser.parse("tcp", List.of("  0: 0100007F:ZZZZ 0100007F:AA7F 06 0:0 03:1 0 0 0 0")));
        assertTrue(e.getMessage().contains("/proc/net/tcp"), e.getMessage());
        assertThrows(IllegalArgumentException.class, () -> parser.parseRow("tcp", "garbage"));
        assertThrows(IllegalArgumentException.class,
                () -> parser.parseRow("tcp", "0: 0100:0050 0100007F:AA7F 06 0:0 03:1 0 0 0 0"));
    }

    private static KernelSocket only(List<KernelSocket> rows, TcpState state) {
        List<KernelSocket> found = rows.stream().filter(r -> r.state() == state).toList();
        assertEquals(1, found.size(), "one captured " + state);
        return found.get(0);
    }

    private static KernelSocket only(List<KernelSocket> rows, TcpState state, int localPort) {
        return rows.stream().filter(r -> r.state() == state && r.local().getPort() == localPort).findFirst()
                .orElseThrow();
    }

    static List<String> fixture(String name) {
        try (InputStream in = ProcNetTcpParserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().toList();
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }
}
