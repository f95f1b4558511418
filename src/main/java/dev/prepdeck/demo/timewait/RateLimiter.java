package dev.prepdeck.demo.timewait;

import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/** A sliding-window limit of how many times each client may act per window; thread safe. */
public final class RateLimiter {

    private static final int SWEEP_ABOVE = 1024;

    private final int permits;
    private final long windowNanos;
    private final Map<String, Deque<Long>> history = new HashMap<>();

    public RateLimiter(int permits, Duration window) {
        if (permits < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("need at least one permit in a positive window");
        }
        this.permits = permits;
        this.windowNanos = window.toNanos();
    }

    /**
     * Takes a permit for {@code client} at {@code nowNanos} (a {@link System#nanoTime()} value).
     *
     * @return empty when allowed, otherwise how long until the next permit frees up
     */
    public synchronized Optional<Duration> tryAcquire(String client, long nowNanos) {
        if (history.size() > SWEEP_ABOVE) {
            history.values().forEach(times -> forget(times, nowNanos));
            history.values().removeIf(Deque::isEmpty);
        }
        Deque<Long> times = history.computeIfAbsent(client, k -> new ArrayDeque<>());
        forget(times, nowNanos);
        if (times.size() >= permits) {
            return Optional.of(Duration.ofNanos(times.peekFirst() + windowNanos - nowNanos));
        }
        times.addLast(nowNanos);
        return Optional.empty();
    }

    private void forget(Deque<Long> times, long nowNanos) {
        while (!times.isEmpty() && nowNanos - times.peekFirst() >= windowNanos) {
            times.removeFirst();
        }
    }
}
