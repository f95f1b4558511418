package dev.prepdeck.demo.timewait;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.prepdeck.demo.timewait.TimeWaitRun.Closer;
import dev.prepdeck.demo.timewait.TimeWaitRun.EndEvent;
import dev.prepdeck.demo.timewait.TimeWaitRun.RunEvent;
import dev.prepdeck.demo.timewait.TimeWaitRun.Snapshot;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/**
 * Starts real TIME_WAIT runs within the configured limits, reads the kernel's socket table once per
 * poll for all of them, streams what changed to each run's watchers, and forgets runs after a while.
 *
 * <p>No thread belongs to a run: one ticker thread serves every run and exits when none is left.
 */
@ApplicationScoped
public class TimeWaitService {

    private static final Logger LOG = Logger.getLogger(TimeWaitService.class);
    /** How long a watched run keeps going after its last watcher left (covers an EventSource reconnect). */
    static final Duration VIEWER_GRACE = Duration.ofSeconds(3);
    /** Ended runs kept for their snapshot, at most; the oldest go first. */
    private static final int MAX_ENDED_RUNS = 200;
    static final String THREAD_NAME = "time-wait-ticker";

    /** The outcome of asking for a run. */
    public sealed interface StartResult permits Started, Unavailable, Limited {
    }

    /** The run is open and being watched. */
    public record Started(TimeWaitRun run) implements StartResult {
    }

    /** This host cannot do a real run. */
    public record Unavailable(String reason) implements StartResult {
    }

    /** Too many runs right now; {@code retryAfter} says when one is likely to be allowed. */
    public record Limited(Duration retryAfter, String reason) implements StartResult {
    }

    private final TimeWaitConfig config;
    private final ObjectMapper json;
    private final Counter runsStarted;
    private final Path procRoot;
    private final KernelSocketTable table;
    private final RateLimiter limiter;
    private final SecureRandom random = new SecureRandom();
    private final Map<String, Watched> runs = new ConcurrentHashMap<>();
    private final ScheduledThreadPoolExecutor ticker;
    private ScheduledFuture<?> ticking;
    private volatile int clockTicks;

    TimeWaitService(TimeWaitConfig config, MeterRegistry registry, ObjectMapper json) {
        this.config = config;
        this.json = json;
        this.runsStarted = Counter.builder("prepdeck.demo.runs").description("Live demo runs started")
                .tag("demo", "time-wait").register(registry);
        this.procRoot = Path.of(config.procPath());
        this.table = new KernelSocketTable(procRoot, new ProcNetTcpParser());
        this.limiter = new RateLimiter(config.runsPerClient(), config.rateWindow());
        AtomicInteger threads = new AtomicInteger();
        this.ticker = new ScheduledThreadPoolExecutor(1, task -> {
            Thread thread = new Thread(task, THREAD_NAME + "-" + threads.incrementAndGet());
            thread.setDaemon(true);
            return thread;
        });
        // The thread exits when no run needs it, so an idle app holds no thread for this demo.
        ticker.setKeepAliveTime(2, TimeUnit.SECONDS);
        ticker.allowCoreThreadTimeOut(true);
        ticker.setRemoveOnCancelPolicy(true);
    }

    /** Whether this host has a Linux socket table to watch. */
    public boolean isAvailable() {
        return table.isAvailable();
    }

    /**
     * Starts a run for {@code client} (its IP address) unless the host cannot or a limit says no. Only
     * accepted runs count against the client's rate.
     */
    public StartResult start(Closer closer, String client) {
        long now = System.nanoTime();
        forgetOldRuns(now);
        if (!table.isAvailable()) {
            return new Unavailable("unavailable on this host: the real run needs Linux's "
                    + procRoot.resolve("net/tcp") + "; the simulation still works");
        }
        TimeWaitRun run;
        synchronized (this) {
            List<TimeWaitRun> running = running();
            if (running.size() >= config.maxConcurrentRuns()) {
                return new Limited(untilASlotFrees(running, now), "too many runs in progress (at most "
                        + config.maxConcurrentRuns() + " at once); try again when one has ended");
            }
            Optional<Duration> wait = limiter.tryAcquire(client, now);
            if (wait.isPresent()) {
                return new Limited(wait.get(), "rate limit: at most " + config.runsPerClient() + " runs per "
                        + describe(config.rateWindow()) + " from one client");
            }
            run = new TimeWaitRun(newId(), closer, config.stepPause(), clockTicks(), table, procRoot, now);
            // Registered before the sockets open so that concurrent requests count it against the cap.
            runs.put(run.id(), new Watched(run));
        }
        try {
            run.open();
        } catch (IOException | RuntimeException e) {
            runs.remove(run.id());
            LOG.warnf("time-wait run could not open its loopback sockets: %s", e.getMessage());
            return new Unavailable("unavailable on this host: could not open loopback sockets (" + e.getMessage()
                    + ")");
        }
        runsStarted.increment();
        startTicking();
        return new Started(run);
    }

    /** The run with this id, unless it never existed or has been forgotten. */
    public Optional<TimeWaitRun> find(String id) {
        forgetOldRuns(System.nanoTime());
        Watched watched = id == null ? null : runs.get(id);
        return Optional.ofNullable(watched).map(w -> w.run);
    }

    /**
     * Streams a run to {@code sink}: a {@code snapshot} event first, then every change until the run ends,
     * when the stream is closed.
     *
     * @return false if there is no such run (nothing was sent)
     */
    public boolean watch(String id, SseEventSink sink, Sse sse) {
        forgetOldRuns(System.nanoTime());
        Watched watched = id == null ? null : runs.get(id);
        if (watched == null) {
            return false;
        }
        watched.add(new Viewer(sink, sse, json));
        return true;
    }

    /** Runs in progress now. */
    public int runningCount() {
        return running().size();
    }

    @PreDestroy
    void shutdown() {
        long now = System.nanoTime();
        for (Watched watched : runs.values()) {
            watched.publish(watched.run.stop(TimeWaitRun.END_SHUTDOWN, now));
        }
        ticker.shutdownNow();
    }

    private void tick() {
        try {
            long now = System.nanoTime();
            List<Watched> active = runs.values().stream().filter(w -> w.run.isRunning()).toList();
            if (active.isEmpty()) {
                stopTickingIfIdle();
                return;
            }
            List<KernelSocket> rows;
            try {
                rows = table.read();
            } catch (RuntimeException e) {
                LOG.warnf("cannot read the kernel socket table: %s", e.getMessage());
                rows = null;
            }
            for (Watched watched : active) {
                TimeWaitRun run = watched.run;
                List<RunEvent> events = new ArrayList<>();
                if (rows == null) {
                    events.addAll(run.stop(TimeWaitRun.END_ERROR, now));
                } else {
                    events.addAll(run.tick(rows, now));
                }
                if (run.isRunning() && now - run.startNanos() > config.maxRunDuration().toNanos()) {
                    events.addAll(run.stop(TimeWaitRun.END_MAX_DURATION, now));
                }
                if (run.isRunning() && watched.abandoned(now)) {
                    events.addAll(run.stop(TimeWaitRun.END_VIEWER_LEFT, now));
                }
                watched.publish(events);
            }
        } catch (RuntimeException e) {
            // A periodic task that throws is never run again; log and keep ticking.
            LOG.error("time-wait tick failed", e);
        }
    }

    private synchronized void startTicking() {
        if (ticking == null) {
            long period = Math.max(10, config.pollInterval().toMillis());
            ticking = ticker.scheduleWithFixedDelay(this::tick, 0, period, TimeUnit.MILLISECONDS);
        }
    }

    private synchronized void stopTickingIfIdle() {
        if (ticking != null && running().isEmpty()) {
            ticking.cancel(false);
            ticking = null;
        }
    }

    private List<TimeWaitRun> running() {
        return runs.values().stream().map(w -> w.run).filter(TimeWaitRun::isRunning).toList();
    }

    private Duration untilASlotFrees(List<TimeWaitRun> running, long now) {
        long soonest = running.stream().mapToLong(r -> r.startNanos() + config.maxRunDuration().toNanos())
                .min().orElse(now);
        return Duration.ofNanos(Math.max(0, soonest - now));
    }

    private void forgetOldRuns(long now) {
        long retention = config.retention().toNanos();
        runs.values().removeIf(w -> !w.run.isRunning() && now - w.run.endNanos() > retention);
        List<Watched> ended = runs.values().stream().filter(w -> !w.run.isRunning())
                .sorted(Comparator.comparingLong(w -> w.run.endNanos())).toList();
        for (int i = 0; i < ended.size() - MAX_ENDED_RUNS; i++) {
            runs.remove(ended.get(i).run.id());
        }
    }

    private int clockTicks() {
        if (clockTicks == 0) {
            clockTicks = HostFacts.detectClockTicks();
        }
        return clockTicks;
    }

    private String newId() {
        byte[] bytes = new byte[9];
        random.nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    private static String describe(Duration window) {
        long seconds = window.toSeconds();
        return seconds % 60 == 0 ? (seconds / 60) + " min" : seconds + " s";
    }

    /** One browser's event stream. */
    private static final class Viewer {
        final SseEventSink sink;
        final Sse sse;
        final ObjectMapper json;
        volatile boolean failed;

        Viewer(SseEventSink sink, Sse sse, ObjectMapper json) {
            this.sink = sink;
            this.sse = sse;
            this.json = json;
        }

        boolean gone() {
            return failed || sink.isClosed();
        }

        /** Sends one event; closes the stream after it when {@code last}. */
        void send(RunEvent event, boolean last) {
            try {
                // Serialised here so each event is plain "event:" and "data:" lines, as EventSource expects.
                sink.send(sse.newEvent(event.type(), json.writeValueAsString(event.data())))
                        .whenComplete((ignored, error) -> {
                            if (error != null) {
                                failed = true;
                            }
                            if (error != null || last) {
                                close();
                            }
                        });
            } catch (JsonProcessingException | RuntimeException e) {
                failed = true;
                close();
            }
        }

        void close() {
            try {
                sink.close();
            } catch (RuntimeException e) {
                // Already closed by the client going away.
            }
        }
    }

    /** A run and the browsers watching it. */
    private static final class Watched {
        final TimeWaitRun run;
        final List<Viewer> viewers = new CopyOnWriteArrayList<>();
        boolean everWatched;
        long lastWatchedNanos;

        Watched(TimeWaitRun run) {
            this.run = run;
        }

        synchronized void add(Viewer viewer) {
            long now = System.nanoTime();
            Snapshot snapshot = run.snapshot(now);
            boolean ended = !run.isRunning();
            viewer.send(new RunEvent("snapshot", snapshot), false);
            if (ended) {
                viewer.send(new RunEvent("end", new EndEvent(snapshot.status(), snapshot.endReason(),
                        snapshot.error(), snapshot.elapsedMs())), true);
                return;
            }
            viewers.add(viewer);
            everWatched = true;
            lastWatchedNanos = now;
        }

        /** Whether everyone who watched this run has left, for longer than the grace period. */
        synchronized boolean abandoned(long now) {
            viewers.removeIf(Viewer::gone);
            if (!viewers.isEmpty()) {
                lastWatchedNanos = now;
                return false;
            }
            return everWatched && now - lastWatchedNanos > VIEWER_GRACE.toNanos();
        }

        synchronized void publish(List<RunEvent> events) {
            if (events.isEmpty() && run.isRunning()) {
                return;
            }
            boolean ending = !run.isRunning();
            for (Viewer viewer : viewers) {
                if (viewer.gone()) {
                    continue;
                }
                for (int i = 0; i < events.size(); i++) {
                    viewer.send(events.get(i), ending && i == events.size() - 1);
                }
                if (ending && events.isEmpty()) {
                    viewer.close();
                }
            }
            viewers.removeIf(Viewer::gone);
            if (ending) {
                viewers.clear();
            }
        }
    }
}
