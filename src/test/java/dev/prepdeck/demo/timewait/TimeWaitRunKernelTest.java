package dev.prepdeck.demo.timewait;

import static org.awaitility.Awaitility.await;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Predicate;
import java.util.stream.Stream;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.prepdeck.demo.timewait.TimeWaitRun.Closer;
import dev.prepdeck.demo.timewait.TimeWaitRun.RebindAttempt;
import dev.prepdeck.demo.timewait.TimeWaitRun.Snapshot;
import dev.prepdeck.demo.timewait.TimeWaitRun.StateSeen;

/** Real loopback connections closed on this machine's kernel, watched through /proc/net/tcp6. */
class TimeWaitRunKernelTest {

    private static final Path PROC = Path.of("/proc");
    private static final Duration PAUSE = Duration.ofMillis(300);
    /** Linux's TCP_TIMEWAIT_LEN. */
    private static final long TIME_WAIT_MS = 60_000;

    private final KernelSocketTable table = new KernelSocketTable(PROC, new ProcNetTcpParser());
    private TimeWaitRun run;

    @BeforeEach
    void onlyOnLinux() {
        assumeTrue(Files.exists(PROC.resolve("net/tcp")), "needs the Linux socket table");
    }

    @AfterEach
    void stopRun() {
        if (run != null) {
            run.stop(TimeWaitRun.END_SHUTDOWN, System.nanoTime());
        }
    }

    @Test
    void shouldPutTheClientInTimeWaitWhenItClosesFirstButNotTheServer() throws IOException {
        run = start(Closer.CLIENT);

        Snapshot s = tickUntil(snap -> "TIME_WAIT".equals(snap.client().state())
                && "CLOSED".equals(snap.server().state()), Duration.ofSeconds(20));

        assertEquals(List.of("ESTABLISHED", "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT"), states(s.client().seen()));
        assertEquals(List.of("ESTABLISHED", "CLOSE_WAIT", "LAST_ACK", "CLOSED"), states(s.server().seen()));
        assertEquals("active", s.client().role());
        assertEquals("passive", s.server().role());
        assertEquals("tcp6", s.client().table(), "Java's dual-stack sockets are listed in tcp6");
        assertTrue(s.client().kernelLocal().startsWith("[::ffff:127.0.0.1]:"), s.client().kernelLocal());
        assertTrue(s.ladder().stream().allMatch(seg -> seg.atMs() != null), "FIN, ACK, FIN, ACK all proven");
        assertEquals(List.of("FIN client>server", "ACK server>client", "FIN server>client", "ACK client>server"),
                s.ladder().stream().map(seg -> seg.flags() + " " + seg.from() + ">" + seg.to()).toList());
        assertEquals(List.of("connect", "accept", "exchange", "shutdown-output", "read-to-eof", "close",
                "read-to-eof-and-close"), s.steps().stream().map(TimeWaitRun.Step::action).toList());
    }

    @Test
    void shouldPutTheServerInTimeWaitWhenItClosesFirstAndWatchUntilTheKernelDropsIt() throws IOException {
        run = start(Closer.SERVER);

        Snapshot s = tickUntil(snap -> !"running".equals(snap.status()), Duration.ofSeconds(80));

        assertEquals("finished", s.status());
        assertEquals(TimeWaitRun.END_SOCKET_GONE, s.endReason());
        assertEquals(List.of("ESTABLISHED", "FIN_WAIT1", "FIN_WAIT2", "TIME_WAIT", "CLOSED"),
                states(s.server().seen()));
        assertFalse(states(s.client().seen()).contains("TIME_WAIT"), "the passive closer skips TIME_WAIT");
        long firstRemaining = s.timeWaitFirst().remainingMs();
        assertTrue(firstRemaining > 0 && firstRemaining <= TIME_WAIT_MS, "first timer " + firstRemaining);
        long lived = s.timeWaitGoneMs() - s.timeWaitFirst().atMs();
        assertTrue(Math.abs(lived - firstRemaining) < 2_000,
                "the socket left when the kernel's timer said it would: lived " + lived + " ms, timer said "
                        + firstRemaining + " ms");
    }

    @Test
    void shouldCountTheKernelTimerDownWithinTheTimeWaitLength() throws IOException {
        run = start(Closer.CLIENT);
        Snapshot first = tickUntil(snap -> snap.timeWait() != null, Duration.ofSeconds(20));
        long initial = first.timeWait().remainingMs();
        assertTrue(initial > 0 && initial <= TIME_WAIT_MS, "starts within 60 s: " + initial);
        assertEquals(KernelSocket.Timer.TIME_WAIT.name(), first.timeWait().kind());

        Snapshot later = tickUntil(snap -> snap.timeWait().remainingMs() <= initial - 500, Duration.ofSeconds(5));

        assertTrue(later.timeWait().remainingMs() <= TIME_WAIT_MS);
        assertTrue(later.timeWait().ticks() < first.timeWait().ticks(), "tm->when went down");
    }

    @Test
    void shouldRefuseToRebindWithoutReuseAddrAndAllowItOnlyWhenBothSocketsSetIt() throws IOException {
        run = start(Closer.SERVER);

        Snapshot s = tickUntil(snap -> snap.rebind().size() == 3, Duration.ofSeconds(20));

        RebindAttempt without = s.rebind().get(0);
        RebindAttempt with = s.rebind().get(1);
        RebindAttempt control = s.rebind().get(2);
        assertEquals(s.server().local(), without.address(), "the TIME_WAIT socket's own address");
        assertTrue(without.oldReuseAddress(), "accepted sockets inherit SO_REUSEADDR from Java's listener");
        assertEquals("EADDRINUSE", without.outcome());
        assertEquals("BOUND", with.outcome());
        assertEquals("TIME_WAIT", with.oldState());
        assertFalse(control.oldReuseAddress(), "a Java client socket leaves SO_REUSEADDR off");
        assertEquals("TIME_WAIT", control.oldState());
        assertEquals("EADDRINUSE", control.outcome(), "the new socket's SO_REUSEADDR alone is not enough");
    }

    @Test
    void shouldShowThatAJavaClientInTimeWaitBlocksRebindingEvenWithReuseAddr() throws IOException {
        run = start(Closer.CLIENT);

        Snapshot s = tickUntil(snap -> snap.rebind().size() == 3, Duration.ofSeconds(20));

        assertFalse(s.client().reuseAddress());
        assertEquals("EADDRINUSE", s.rebind().get(0).outcome());
        assertEquals("EADDRINUSE", s.rebind().get(1).outcome());
        assertTrue(s.rebind().get(2).oldReuseAddress(), "the control client set SO_REUSEADDR before connecting");
        assertEquals("BOUND", s.rebind().get(2).outcome());
    }

    @Test
    void shouldGiveEveryFileDescriptorBack() throws IOException {
        long baseline = openFileDescriptors();
        run = start(Closer.CLIENT);
        Set<Long> sockets = socketInodes(run);
        assertEquals(2, sockets.size(), "both ends have a descriptor while open");
        assertTrue(openSocketInodes().containsAll(sockets));
        tickUntil(snap -> snap.rebind().size() == 3, Duration.ofSeconds(20));
        assertTrue(Collections.disjoint(openSocketInodes(), sockets), "in TIME_WAIT the kernel holds the socket, not us");
        run.stop(TimeWaitRun.END_SHUTDOWN, System.nanoTime());

        TimeWaitRun interrupted = start(Closer.SERVER);
        Set<Long> interruptedSockets = socketInodes(interrupted);
        tickUntil(interrupted, snap -> "FIN_WAIT1".equals(snap.server().state()), Duration.ofSeconds(10));
        interrupted.stop(TimeWaitRun.END_VIEWER_LEFT, System.nanoTime());

        assertTrue(Collections.disjoint(openSocketInodes(), interruptedSockets), "a run stopped halfway closes too");
        assertEquals("stopped", interrupted.snapshot(System.nanoTime()).status());
        await().atMost(Duration.ofSeconds(5)).pollInterval(Duration.ofMillis(100))
                .until(() -> openFileDescriptors() <= baseline);
    }

    /** Inodes of the run's two connected sockets, from the kernel's table. */
    private Set<Long> socketInodes(TimeWaitRun target) {
        Snapshot s = target.snapshot(System.nanoTime());
        Set<Long> inodes = new HashSet<>();
        for (KernelSocket row : table.read()) {
            String local = row.local().getAddress().getHostAddress() + ":" + row.local().getPort();
            String remote = row.remote().getAddress().getHostAddress() + ":" + row.remote().getPort();
            boolean client = local.equals(s.client().local()) && remote.equals(s.client().remote());
            boolean server = local.equals(s.server().local()) && remote.equals(s.server().remote());
            if ((client || server) && row.inode() != 0) {
                inodes.add(row.inode());
            }
        }
        return inodes;
    }

    /** Inodes of every socket this process has a descriptor for ({@code socket:[inode]} links). */
    private static Set<Long> openSocketInodes() throws IOException {
        Set<Long> inodes = new HashSet<>();
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            for (Path fd : (Iterable<Path>) fds::iterator) {
                try {
                    String target = Files.readSymbolicLink(fd).toString();
                    if (target.startsWith("socket:[")) {
                        inodes.add(Long.parseLong(target.substring(8, target.length() - 1)));
                    }
                } catch (IOException e) {
                    // The descriptor closed while listing; it is not open any more.
                }
            }
        }
        return inodes;
    }

    @Test
    void shouldReportThisHostsFacts() throws IOException {
        run = start(Closer.CLIENT);
        Snapshot s = tickUntil(snap -> snap.timeWait() != null, Duration.ofSeconds(20));

        HostFacts host = s.host();
        assertNotNull(host.tcpFinTimeout());
        assertNotNull(host.tcpTwReuse());
        assertNotNull(host.tcpMaxTwBuckets());
        assertTrue(host.timeWaitNow() >= 1, "our own socket is in TIME_WAIT: " + host.timeWaitNow());
    }

    private TimeWaitRun start(Closer closer) throws IOException {
        TimeWaitRun started = new TimeWaitRun("test", closer, PAUSE, HostFacts.DEFAULT_CLOCK_TICKS, table, PROC,
                System.nanoTime());
        started.open();
        return started;
    }

    private Snapshot tickUntil(Predicate<Snapshot> done, Duration atMost) {
        return tickUntil(run, done, atMost);
    }

    private Snapshot tickUntil(TimeWaitRun target, Predicate<Snapshot> done, Duration atMost) {
        AtomicReference<Snapshot> last = new AtomicReference<>();
        await().atMost(atMost).pollInterval(Duration.ofMillis(100)).until(() -> {
            long now = System.nanoTime();
            target.tick(table.read(), now);
            last.set(target.snapshot(now));
            return done.test(last.get());
        });
        return last.get();
    }

    private static List<String> states(List<StateSeen> seen) {
        return seen.stream().map(StateSeen::state).toList();
    }

    static long openFileDescriptors() throws IOException {
        try (Stream<Path> fds = Files.list(Path.of("/proc/self/fd"))) {
            return fds.count();
        }
    }
}
