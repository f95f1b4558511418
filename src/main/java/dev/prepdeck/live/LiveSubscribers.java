package dev.prepdeck.live;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.ws.rs.sse.OutboundSseEvent;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseBroadcaster;
import jakarta.ws.rs.sse.SseEventSink;

import org.jboss.logging.Logger;

import io.quarkus.scheduler.Scheduled;

/**
 * The event streams open on this instance, by channel: sends each its view of the state when a change arrives,
 * a heartbeat comment while nothing changes, and forgets a stream as soon as its connection closes.
 */
@ApplicationScoped
public class LiveSubscribers {

    private static final Logger LOG = Logger.getLogger(LiveSubscribers.class);
    static final String EVENT = "state";

    @Inject
    LiveConfig config;

    @Inject
    LiveChannels channels;

    private final Map<String, Channel> open = new ConcurrentHashMap<>();
    private final AtomicInteger threads = new AtomicInteger();
    // Views read the database: never on an event-loop thread, and a slow one must not hold up the notifier.
    private final ExecutorService pushes = Executors.newFixedThreadPool(2, task -> {
        Thread thread = new Thread(task, "live-push-" + threads.incrementAndGet());
        thread.setDaemon(true);
        return thread;
    });

    /** One open stream and the view it is sent. */
    private static final class Viewer {
        final SseEventSink sink;
        final Sse sse;
        final Supplier<String> view;
        long sent = -1;

        Viewer(SseEventSink sink, Sse sse, Supplier<String> view) {
            this.sink = sink;
            this.sse = sse;
            this.view = view;
        }
    }

    /** The streams of one channel on this instance; the broadcaster only reports streams that closed. */
    private static final class Channel {
        final List<Viewer> viewers = new CopyOnWriteArrayList<>();
        final SseBroadcaster closes;

        Channel(SseBroadcaster closes) {
            this.closes = closes;
        }
    }

    void add(String name, SseEventSink sink, Sse sse, Supplier<String> view) {
        Viewer viewer = new Viewer(sink, sse, view);
        synchronized (this) {
            Channel channel = open.computeIfAbsent(name, n -> watchCloses(n, sse));
            if (channel.viewers.size() >= config.maxSubscribersPerChannel()) {
                throw new LiveChannels.ChannelFullException(name, config.maxSubscribersPerChannel());
            }
            channel.viewers.add(viewer);
            channel.closes.register(sink);
        }
        submit(() -> push(name, viewer, true));
    }

    private Channel watchCloses(String name, Sse sse) {
        SseBroadcaster closes = sse.newBroadcaster();
        closes.onClose(sink -> remove(name, sink));
        closes.onError((sink, error) -> remove(name, sink));
        return new Channel(closes);
    }

    /** A change committed somewhere: each stream of the channel here gets the state, unless it has it already. */
    void deliver(LiveChange change) {
        Channel channel = open.get(change.channel());
        if (channel == null) {
            return;
        }
        for (Viewer viewer : channel.viewers) {
            if (viewer.sent < change.version()) {
                submit(() -> push(change.channel(), viewer, false));
            }
        }
    }

    /** After changes may have been missed (the listener was disconnected): every stream here looks again. */
    void refreshAll() {
        open.forEach((name, channel) -> channel.viewers.forEach(viewer -> submit(() -> push(name, viewer, false))));
    }

    /** How many streams the channel has open on this instance. */
    public int count(String name) {
        Channel channel = open.get(name);
        return channel == null ? 0 : channel.viewers.size();
    }

    private void push(String name, Viewer viewer, boolean first) {
        synchronized (viewer) {
            if (viewer.sink.isClosed()) {
                remove(name, viewer.sink);
                return;
            }
            LiveChannels.Rendered state;
            try {
                state = channels.render(name, viewer.view);
            } catch (RuntimeException e) {
                // The next change or reconnect tries again; a screen keeps what it shows meanwhile.
                LOG.warnf("cannot render live channel %s: %s", name, e.getMessage());
                return;
            }
            if (!first && state.version() <= viewer.sent) {
                return;
            }
            viewer.sent = state.version();
            send(name, viewer, viewer.sse.newEventBuilder().name(EVENT).id(Long.toString(state.version()))
                    .data(state.data()).build());
        }
    }

    private void send(String name, Viewer viewer, OutboundSseEvent event) {
        try {
            viewer.sink.send(event).whenComplete((ignored, error) -> {
                if (error != null) {
                    close(name, viewer);
                }
            });
        } catch (RuntimeException e) {
            close(name, viewer);
        }
    }

    @Scheduled(every = "${prepdeck.live.heartbeat:15s}", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void heartbeat() {
        open.forEach((name, channel) -> {
            for (Viewer viewer : channel.viewers) {
                if (viewer.sink.isClosed()) {
                    remove(name, viewer.sink);
                } else {
                    send(name, viewer, viewer.sse.newEventBuilder().comment("keep-alive").build());
                }
            }
        });
    }

    private void close(String name, Viewer viewer) {
        remove(name, viewer.sink);
        try {
            viewer.sink.close();
        } catch (RuntimeException e) {
            // Closed by the client going away.
        }
    }

    private synchronized void remove(String name, SseEventSink sink) {
        Channel channel = open.get(name);
        if (channel == null) {
            return;
        }
        channel.viewers.removeIf(v -> v.sink == sink);
        if (channel.viewers.isEmpty()) {
            open.remove(name);
            channel.closes.close();
        }
    }

    private void submit(Runnable task) {
        try {
            pushes.execute(task);
        } catch (RejectedExecutionException e) {
            // Shutting down.
        }
    }

    @PreDestroy
    void stop() {
        pushes.shutdownNow();
        open.values().forEach(channel -> channel.viewers.forEach(v -> {
            try {
                v.sink.close();
            } catch (RuntimeException e) {
                // Already gone.
            }
        }));
        open.clear();
    }
}
