package dev.prepdeck.demo.timewait;

import java.io.IOException;
import java.io.InputStream;
import java.net.BindException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.StandardSocketOptions;
import java.net.UnknownHostException;
import java.nio.ByteBuffer;
import java.nio.channels.ServerSocketChannel;
import java.nio.channels.SocketChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * One real TCP close on loopback, watched through the kernel's socket table.
 *
 * <p>{@link #open()} connects a client to a listener on 127.0.0.1 and exchanges a greeting. Each
 * {@link #tick} then records what the kernel reports for both ends and, one step at a time, closes the
 * connection in the chosen order. Every step waits a pause so a poller can sample each state. To make
 * FIN_WAIT1 and LAST_ACK last long enough to be seen on loopback (where they normally pass in
 * microseconds) each closer first fills its peer's small receive buffer, so its FIN waits behind
 * unread data the way it does with a slow reader on a real network.
 *
 * <p>When the active closer shows up in TIME_WAIT the run tries to bind new listeners to its address
 * with and without SO_REUSEADDR, then watches until the kernel drops the socket.
 *
 * <p>All methods are synchronized; a single poller is expected to call {@link #tick}.
 */
public final class TimeWaitRun {

    /** Which side closes first and so ends up in TIME_WAIT. */
    public enum Closer {
        CLIENT, SERVER;

        /** {@code client} or {@code server}, exactly; anything else is empty. */
        public static Optional<Closer> parse(String text) {
            if ("client".equals(text)) {
                return Optional.of(CLIENT);
            }
            if ("server".equals(text)) {
                return Optional.of(SERVER);
            }
            return Optional.empty();
        }

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** Where a run is in its life. */
    public enum Status {
        RUNNING, FINISHED, STOPPED;

        public String label() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The watched socket left the kernel's table after TIME_WAIT: the whole story was seen. */
    public static final String END_SOCKET_GONE = "socket-gone";
    /** The run hit its maximum duration. */
    public static final String END_MAX_DURATION = "max-duration";
    /** Every browser watching the run went away. */
    public static final String END_VIEWER_LEFT = "viewer-left";
    /** The application is shutting down. */
    public static final String END_SHUTDOWN = "shutdown";
    /** A socket operation failed. */
    public static final String END_ERROR = "error";

    /** State name used once a socket has left the kernel's table. */
    public static final String CLOSED = "CLOSED";

    private static final InetAddress LOOPBACK = loopback();
    /** Small buffers keep the data that holds a FIN back to a few tens of kilobytes. */
    private static final int SMALL_BUFFER = 4096;
    private static final int IO_ROUNDS = 4096;
    private static final Duration DRAIN_LIMIT = Duration.ofSeconds(10);
    private static final int CONTROL_TIMEOUT_MS = 2000;
    private static final byte[] GREETING = "HELLO time-wait\n".getBytes(StandardCharsets.US_ASCII);

    private enum Phase { ESTABLISHED, FIN_QUEUED, PASSIVE_READING, PASSIVE_EOF, PASSIVE_CLOSED, ACTIVE_READING, WATCHING }

    private final String id;
    private final Closer closer;
    private final Duration stepPause;
    private final int clockTicks;
    private final KernelSocketTable table;
    private final Path procRoot;
    private final long startNanos;
    private final Instant startedAt;

    private ServerSocketChannel listener;
    private SocketChannel clientChannel;
    private SocketChannel serverChannel;
    private final Track client = new Track("client");
    private final Track server = new Track("server");

    private Status status = Status.RUNNING;
    private String endReason;
    private String error;
    private long endNanos;
    private Phase phase = Phase.ESTABLISHED;
    private long phaseNanos;
    private long drained;
    private boolean rebindDone;
    private long timeWaitSeenNanos = -1;
    private Long timeWaitGoneMs;
    private TimerView timeWait;
    private TimerView timeWaitFirst;
    private HostFacts host;
    private final List<Segment> ladder = new ArrayList<>();
    private final List<Step> steps = new ArrayList<>();
    private final List<RebindAttempt> rebind = new ArrayList<>();

    /**
     * @param stepPause  how long each close step waits before the next
     * @param clockTicks USER_HZ of this host, the unit of {@code tm->when}
     * @param procRoot   where procfs is mounted, for host facts
     */
    public TimeWaitRun(String id, Closer closer, Duration stepPause, int clockTicks, KernelSocketTable table,
            Path procRoot, long startNanos) {
        this.id = id;
        this.closer = closer;
        this.stepPause = stepPause;
        this.clockTicks = clockTicks;
        this.table = table;
        this.procRoot = procRoot;
        this.startNanos = startNanos;
        this.startedAt = Instant.now();
        this.phaseNanos = startNanos;
        ladder.add(new Segment(1, "FIN", active().end, passive().end, null, null));
        ladder.add(new Segment(2, "ACK", passive().end, active().end, null, null));
        ladder.add(new Segment(3, "FIN", passive().end, active().end, null, null));
        ladder.add(new Segment(4, "ACK", active().end, passive().end, null, null));
    }

    public String id() {
        return id;
    }

    public Closer closer() {
        return closer;
    }

    public synchronized boolean isRunning() {
        return status == Status.RUNNING;
    }

    public long startNanos() {
        return startNanos;
    }

    /** When the run ended, as a {@link System#nanoTime()} value; only meaningful once it is not running. */
    public synchronized long endNanos() {
        return endNanos;
    }

    /**
     * Opens the listener, connects the client, accepts it and exchanges a greeting. On failure every
     * socket opened so far is closed again.
     */
    public synchronized void open() throws IOException {
        try {
            listener = ServerSocketChannel.open();
            // Accepted sockets inherit the listener's receive buffer, and the window is fixed at the SYN.
            listener.setOption(StandardSocketOptions.SO_RCVBUF, SMALL_BUFFER);
            listener.bind(new InetSocketAddress(LOOPBACK, 0), 1);
            clientChannel = SocketChannel.open();
            clientChannel.setOption(StandardSocketOptions.SO_RCVBUF, SMALL_BUFFER);
            clientChannel.setOption(StandardSocketOptions.SO_SNDBUF, SMALL_BUFFER);
            clientChannel.connect(listener.getLocalAddress());
            serverChannel = listener.accept();
            serverChannel.setOption(StandardSocketOptions.SO_SNDBUF, SMALL_BUFFER);
            // The listening port must be free for the rebind experiment when the server closes first.
            listener.close();
            listener = null;

            client.local = (InetSocketAddress) clientChannel.getLocalAddress();
            client.remote = (InetSocketAddress) clientChannel.getRemoteAddress();
            client.reuseAddress = clientChannel.getOption(StandardSocketOptions.SO_REUSEADDR);
            server.local = (InetSocketAddress) serverChannel.getLocalAddress();
            server.remote = (InetSocketAddress) serverChannel.getRemoteAddress();
            server.reuseAddress = serverChannel.getOption(StandardSocketOptions.SO_REUSEADDR);
            step(client, "connect", 0, startNanos);
            step(server, "accept", 0, startNanos);

            exchange(clientChannel, serverChannel);
            exchange(serverChannel, clientChannel);
            step(client, "exchange", GREETING.length * 2L, startNanos);
            clientChannel.configureBlocking(false);
            serverChannel.configureBlocking(false);
            host = HostFacts.read(procRoot, clockTicks);
        } catch (IOException | RuntimeException e) {
            closeSockets();
            status = Status.STOPPED;
            endReason = END_ERROR;
            error = e.getMessage();
            throw e;
        }
    }

    /**
     * Records what the kernel's table shows for both ends, advances the close by at most one step and
     * returns what changed, in order.
     *
     * @param rows     the kernel's socket table, read once for all runs
     * @param nowNanos the current {@link System#nanoTime()}
     */
    public synchronized List<RunEvent> tick(List<KernelSocket> rows, long nowNanos) {
        List<RunEvent> events = new ArrayList<>();
        if (status != Status.RUNNING) {
            return events;
        }
        observe(client, rows, nowNanos, events);
        observe(server, rows, nowNanos, events);
        inferLadder(nowNanos, events);

        Track active = active();
        if (TcpState.TIME_WAIT.name().equals(active.state())) {
            KernelSocket row = active.row;
            TimerView timer = new TimerView(active.end, row.timer().name(), row.timerTicks(),
                    row.timerRemaining(clockTicks).toMillis(), ms(nowNanos));
            if (timeWaitFirst == null) {
                timeWaitFirst = timer;
                timeWaitSeenNanos = nowNanos;
            }
            if (timeWait == null || timeWait.ticks() != timer.ticks()) {
                timeWait = timer;
                events.add(new RunEvent("timer", timer));
            }
            if (!rebindDone) {
                rebindDone = true;
                rebindExperiment(nowNanos, events);
                refreshHost(events);
            }
        }
        if (timeWaitSeenNanos >= 0 && CLOSED.equals(active.state())) {
            timeWaitGoneMs = ms(nowNanos);
            refreshHost(events);
            events.addAll(finish(Status.FINISHED, END_SOCKET_GONE, nowNanos));
            return events;
        }
        try {
            advance(nowNanos, events);
        } catch (IOException | RuntimeException e) {
            error = e.getMessage();
            events.addAll(finish(Status.STOPPED, END_ERROR, nowNanos));
        }
        return events;
    }

    /** Ends the run early (viewer gone, time up, shutdown), closing every socket it still holds. */
    public synchronized List<RunEvent> stop(String reason, long nowNanos) {
        if (status != Status.RUNNING) {
            return List.of();
        }
        return finish(Status.STOPPED, reason, nowNanos);
    }

    /** Everything seen so far. */
    public synchronized Snapshot snapshot(long nowNanos) {
        long until = status == Status.RUNNING ? nowNanos : endNanos;
        return new Snapshot(id, closer.label(), status.label(), endReason, error, startedAt, ms(until),
                client.view(role(client), clockTicks), server.view(role(server), clockTicks), timeWait, timeWaitFirst, timeWaitGoneMs,
                List.copyOf(ladder), List.copyOf(steps), List.copyOf(rebind), host);
    }

    private List<RunEvent> finish(Status newStatus, String reason, long nowNanos) {
        closeSockets();
        status = newStatus;
        endReason = reason;
        endNanos = nowNanos;
        return List.of(new RunEvent("end", new EndEvent(newStatus.label(), reason, error, ms(nowNanos))));
    }

    private void advance(long nowNanos, List<RunEvent> events) throws IOException {
        boolean paused = nowNanos - phaseNanos >= stepPause.toNanos();
        SocketChannel activeChannel = closer == Closer.CLIENT ? clientChannel : serverChannel;
        SocketChannel passiveChannel = closer == Closer.CLIENT ? serverChannel : clientChannel;
        switch (phase) {
            case ESTABLISHED -> {
                if (paused) {
                    long queued = fill(activeChannel);
                    activeChannel.shutdownOutput();
                    events.add(step(active(), "shutdown-output", queued, nowNanos));
                    next(Phase.FIN_QUEUED, nowNanos);
                }
            }
            case FIN_QUEUED -> {
                if (paused) {
                    next(Phase.PASSIVE_READING, nowNanos);
                    readToEnd(passiveChannel, passive(), Phase.PASSIVE_EOF, false, nowNanos, events);
                }
            }
            case PASSIVE_READING -> readToEnd(passiveChannel, passive(), Phase.PASSIVE_EOF, false, nowNanos, events);
            case PASSIVE_EOF -> {
                if (paused) {
                    long queued = fill(passiveChannel);
                    passiveChannel.close();
                    events.add(step(passive(), "close", queued, nowNanos));
                    next(Phase.PASSIVE_CLOSED, nowNanos);
                }
            }
            case PASSIVE_CLOSED -> {
                if (paused) {
                    next(Phase.ACTIVE_READING, nowNanos);
                    readToEnd(activeChannel, active(), Phase.WATCHING, true, nowNanos, events);
                }
            }
            case ACTIVE_READING -> readToEnd(activeChannel, active(), Phase.WATCHING, true, nowNanos, events);
            case WATCHING -> {
                // Nothing left to do but watch the kernel's timer.
            }
        }
    }

    private void next(Phase to, long nowNanos) {
        phase = to;
        phaseNanos = nowNanos;
        drained = 0;
    }

    /** Reads what has arrived; on end of stream records the step (closing the socket if asked). */
    private void readToEnd(SocketChannel channel, Track end, Phase then, boolean closeAfter, long nowNanos,
            List<RunEvent> events) throws IOException {
        ByteBuffer buffer = ByteBuffer.allocate(16 * 1024);
        for (int round = 0; round < IO_ROUNDS; round++) {
            buffer.clear();
            int n = channel.read(buffer);
            if (n < 0) {
                if (closeAfter) {
                    channel.close();
                }
                events.add(step(end, closeAfter ? "read-to-eof-and-close" : "read-to-eof", drained, nowNanos));
                next(then, nowNanos);
                return;
            }
            if (n == 0) {
                break;
            }
            drained += n;
        }
        if (nowNanos - phaseNanos > DRAIN_LIMIT.toNanos()) {
            throw new IOException("no end of stream from the peer after " + DRAIN_LIMIT.toSeconds() + " s");
        }
    }

    /** Writes until the peer's receive window is full; returns the bytes the kernel accepted. */
    private static long fill(SocketChannel channel) throws IOException {
        ByteBuffer chunk = ByteBuffer.allocate(8 * 1024);
        long total = 0;
        for (int round = 0; round < IO_ROUNDS; round++) {
            chunk.clear();
            int n = channel.write(chunk);
            if (n == 0) {
                break;
            }
            total += n;
        }
        return total;
    }

    private static void exchange(SocketChannel from, SocketChannel to) throws IOException {
        from.write(ByteBuffer.wrap(GREETING));
        Socket socket = to.socket();
        socket.setSoTimeout(CONTROL_TIMEOUT_MS);
        InputStream in = socket.getInputStream();
        int read = 0;
        byte[] buffer = new byte[GREETING.length];
        while (read < GREETING.length) {
            int n = in.read(buffer, read, GREETING.length - read);
            if (n < 0) {
                throw new IOException("peer closed during the greeting");
            }
            read += n;
        }
    }

    private void observe(Track end, List<KernelSocket> rows, long nowNanos, List<RunEvent> events) {
        KernelSocket found = null;
        for (KernelSocket row : rows) {
            if (row.is(end.local, end.remote)) {
                found = row;
                break;
            }
        }
        String state;
        if (found != null) {
            end.row = found;
            end.table = found.table();
            end.kernelLocal = found.kernelLocal();
            state = found.state().name();
        } else if (!end.seen.isEmpty()) {
            end.row = null;
            state = CLOSED;
        } else {
            return;
        }
        if (!state.equals(end.state())) {
            StateSeen seen = new StateSeen(state, ms(nowNanos));
            end.seen.add(seen);
            events.add(new RunEvent("state", new StateEvent(end.end, role(end), state, seen.atMs(), end.table)));
        }
    }

    /** Marks each segment of the close as exchanged once the kernel's states prove it arrived. */
    private void inferLadder(long nowNanos, List<RunEvent> events) {
        Track a = active();
        Track p = passive();
        boolean finArrived = a.reached("FIN_WAIT2", "TIME_WAIT") || p.reached("CLOSE_WAIT", "LAST_ACK");
        boolean finAcked = a.reached("FIN_WAIT2", "TIME_WAIT");
        boolean secondFinArrived = a.reached("TIME_WAIT");
        boolean secondFinAcked = secondFinArrived && p.reached(CLOSED);
        String[] evidence = {
            p.reached("CLOSE_WAIT", "LAST_ACK") ? p.end + " CLOSE_WAIT" : a.end + " " + a.state(),
            a.end + " FIN_WAIT2",
            a.end + " TIME_WAIT",
            p.end + " " + CLOSED,
        };
        boolean[] proven = {finArrived, finAcked || secondFinArrived, secondFinArrived, secondFinAcked};
        for (int i = 0; i < ladder.size(); i++) {
            Segment segment = ladder.get(i);
            // A later segment implies the earlier ones, even if a state passed between two samples.
            boolean implied = false;
            for (int j = i; j < proven.length; j++) {
                implied |= proven[j];
            }
            if (segment.atMs() == null && implied) {
                Segment seen = new Segment(segment.order(), segment.flags(), segment.from(), segment.to(), ms(nowNanos),
                        proven[i] ? evidence[i] : evidence[lastProven(proven)]);
                ladder.set(i, seen);
                events.add(new RunEvent("segment", seen));
            }
        }
    }

    private static int lastProven(boolean[] proven) {
        for (int i = proven.length - 1; i >= 0; i--) {
            if (proven[i]) {
                return i;
            }
        }
        return 0;
    }

    private void rebindExperiment(long nowNanos, List<RunEvent> events) {
        Track active = active();
        boolean oldReuse = active.reuseAddress;
        List<RebindAttempt> attempts = new ArrayList<>();
        attempts.add(tryBind("main", active.local, oldReuse, false, null, nowNanos));
        attempts.add(tryBind("main", active.local, oldReuse, true, null, nowNanos));
        attempts.add(control(!oldReuse, nowNanos));
        for (RebindAttempt attempt : attempts) {
            rebind.add(attempt);
            events.add(new RunEvent("rebind", attempt));
        }
    }

    /**
     * A second, short connection whose client closes first, with SO_REUSEADDR set the other way from the
     * main run's TIME_WAIT socket, so one run shows that both sockets must agree.
     */
    private RebindAttempt control(boolean clientReuse, long nowNanos) {
        InetSocketAddress local = null;
        String controlState = null;
        try (ServerSocket controlListener = new ServerSocket()) {
            controlListener.bind(new InetSocketAddress(LOOPBACK, 0), 1);
            controlListener.setSoTimeout(CONTROL_TIMEOUT_MS);
            try (Socket controlClient = new Socket()) {
                controlClient.setReuseAddress(clientReuse);
                controlClient.setSoTimeout(CONTROL_TIMEOUT_MS);
                controlClient.connect(controlListener.getLocalSocketAddress(), CONTROL_TIMEOUT_MS);
                try (Socket accepted = controlListener.accept()) {
                    accepted.setSoTimeout(CONTROL_TIMEOUT_MS);
                    local = (InetSocketAddress) controlClient.getLocalSocketAddress();
                    InetSocketAddress remote = (InetSocketAddress) controlClient.getRemoteSocketAddress();
                    controlClient.shutdownOutput();
                    awaitEnd(accepted.getInputStream());
                    accepted.close();
                    awaitEnd(controlClient.getInputStream());
                    controlClient.close();
                    controlState = stateOf(local, remote);
                }
            }
        } catch (IOException e) {
            return new RebindAttempt("control", local == null ? null : text(local), clientReuse, true, "FAILED",
                    "control connection: " + e.getMessage(), null, ms(nowNanos));
        }
        return tryBind("control", local, clientReuse, true, controlState, nowNanos);
    }

    private String stateOf(InetSocketAddress local, InetSocketAddress remote) {
        for (KernelSocket row : table.read()) {
            if (row.is(local, remote)) {
                return row.state().name();
            }
        }
        return CLOSED;
    }

    private static void awaitEnd(InputStream in) throws IOException {
        byte[] buffer = new byte[256];
        while (in.read(buffer) >= 0) {
            // The greeting-free control connection carries nothing; just wait for the FIN.
        }
    }

    private RebindAttempt tryBind(String socket, InetSocketAddress address, boolean oldReuse, boolean newReuse,
            String oldState, long nowNanos) {
        String oldStateShown = oldState != null ? oldState : active().state();
        try (ServerSocket fresh = new ServerSocket()) {
            fresh.setReuseAddress(newReuse);
            fresh.bind(address, 1);
            return new RebindAttempt(socket, text(address), oldReuse, newReuse, "BOUND", null, oldStateShown,
                    ms(nowNanos));
        } catch (BindException e) {
            String message = e.getMessage();
            boolean inUse = message != null && message.toLowerCase(Locale.ROOT).contains("in use");
            return new RebindAttempt(socket, text(address), oldReuse, newReuse, inUse ? "EADDRINUSE" : "FAILED",
                    message, oldStateShown, ms(nowNanos));
        } catch (IOException e) {
            return new RebindAttempt(socket, text(address), oldReuse, newReuse, "FAILED", e.getMessage(),
                    oldStateShown, ms(nowNanos));
        }
    }

    private void refreshHost(List<RunEvent> events) {
        HostFacts fresh = HostFacts.read(procRoot, clockTicks);
        if (!fresh.equals(host)) {
            host = fresh;
            events.add(new RunEvent("facts", fresh));
        }
    }

    private RunEvent step(Track end, String action, long bytes, long nowNanos) {
        Step step = new Step(ms(nowNanos), end.end, role(end), action, bytes);
        steps.add(step);
        return new RunEvent("step", step);
    }

    private void closeSockets() {
        for (java.nio.channels.Channel channel : new java.nio.channels.Channel[] {listener, clientChannel, serverChannel}) {
            if (channel != null) {
                try {
                    channel.close();
                } catch (IOException e) {
                    // Closing is best effort; the descriptor is released either way.
                }
            }
        }
        listener = null;
        clientChannel = null;
        serverChannel = null;
    }

    private Track active() {
        return closer == Closer.CLIENT ? client : server;
    }

    private Track passive() {
        return closer == Closer.CLIENT ? server : client;
    }

    private String role(Track end) {
        return end == active() ? "active" : "passive";
    }

    private long ms(long nanos) {
        return Math.max(0, (nanos - startNanos) / 1_000_000L);
    }

    private static String text(InetSocketAddress address) {
        return address.getAddress().getHostAddress() + ":" + address.getPort();
    }

    private static InetAddress loopback() {
        try {
            return InetAddress.getByAddress("localhost", new byte[] {127, 0, 0, 1});
        } catch (UnknownHostException e) {
            throw new IllegalStateException(e);
        }
    }

    /** What is known about one end of the connection. */
    private static final class Track {
        final String end;
        InetSocketAddress local;
        InetSocketAddress remote;
        boolean reuseAddress;
        KernelSocket row;
        String table;
        String kernelLocal;
        final List<StateSeen> seen = new ArrayList<>();

        Track(String end) {
            this.end = end;
        }

        String state() {
            return seen.isEmpty() ? null : seen.get(seen.size() - 1).state();
        }

        boolean reached(String... states) {
            for (StateSeen s : seen) {
                for (String wanted : states) {
                    if (s.state().equals(wanted)) {
                        return true;
                    }
                }
            }
            return false;
        }

        EndView view(String role, int clockTicks) {
            boolean timed = row != null && row.timer() != KernelSocket.Timer.NONE;
            return new EndView(end, role, local == null ? null : text(local), remote == null ? null : text(remote),
                    state(), List.copyOf(seen), reuseAddress, table, kernelLocal,
                    timed ? row.timer().name() : null, timed ? row.timerRemaining(clockTicks).toMillis() : null);
        }
    }

    /** An event for watchers: {@code type} is the SSE event name, {@code data} its JSON body. */
    public record RunEvent(String type, Object data) {
    }

    /** A state the kernel reported for one end, first seen {@code atMs} after the start. */
    public record StateSeen(String state, long atMs) {
    }

    /** One end's state changed. */
    public record StateEvent(String end, String role, String state, long atMs, String table) {
    }

    /** The TIME_WAIT timer as the kernel reported it: {@code ticks} of USER_HZ and the same in ms. */
    public record TimerView(String end, String kind, long ticks, long remainingMs, long atMs) {
    }

    /** A segment of the close handshake, {@code atMs} null until the kernel's states prove it arrived. */
    public record Segment(int order, String flags, String from, String to, Long atMs, String evidence) {
    }

    /** A socket call the run made. */
    public record Step(long atMs, String end, String role, String action, long bytes) {
    }

    /** One try to bind a new listener to a TIME_WAIT socket's address. */
    public record RebindAttempt(String socket, String address, boolean oldReuseAddress, boolean newReuseAddress,
            String outcome, String error, String oldState, long atMs) {
    }

    /** The run ended. */
    public record EndEvent(String status, String reason, String error, long atMs) {
    }

    /** One end of the connection as last seen. */
    public record EndView(String end, String role, String local, String remote, String state, List<StateSeen> seen,
            boolean reuseAddress, String table, String kernelLocal, String timer, Long timerMs) {
    }

    /** Everything about a run, as served by the REST API. */
    public record Snapshot(String id, String closer, String status, String endReason, String error, Instant startedAt,
            long elapsedMs, EndView client, EndView server, TimerView timeWait, TimerView timeWaitFirst,
            Long timeWaitGoneMs, List<Segment> ladder, List<Step> steps, List<RebindAttempt> rebind, HostFacts host) {
    }
}
