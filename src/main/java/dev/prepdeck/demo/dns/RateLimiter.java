package dev.prepdeck.demo.dns;

import java.util.HashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/** A token bucket per client: a burst of {@code perMinute} starts, refilled evenly over a minute. */
public final class RateLimiter {

    private static final long MINUTE_NANOS = 60_000_000_000L;
    private static final int MAX_CLIENTS = 10_000;

    private final int perMinute;
    private final LongSupplier nanoClock;
    private final Map<String, Bucket> buckets = new HashMap<>();

    private static final class Bucket {
        double tokens;
        long updated;
    }

    public RateLimiter(int perMinute, LongSupplier nanoClock) {
        if (perMinute < 0) {
            throw new IllegalArgumentException("perMinute must be 0 (off) or more");
        }
        this.perMinute = perMinute;
        this.nanoClock = nanoClock;
    }

    /** Takes one start for this client; returns 0 if allowed, else the seconds until the next is. */
    public synchronized long acquire(String client) {
        if (perMinute == 0) {
            return 0;
        }
        long now = nanoClock.getAsLong();
        if (buckets.size() >= MAX_CLIENTS) {
            buckets.values().removeIf(b -> refilled(b, now) >= perMinute);
        }
        Bucket bucket = buckets.computeIfAbsent(client, c -> {
            Bucket fresh = new Bucket();
            fresh.tokens = perMinute;
            fresh.updated = now;
            return fresh;
        });
        bucket.tokens = refilled(bucket, now);
        bucket.updated = now;
        if (bucket.tokens >= 1) {
            bucket.tokens -= 1;
            return 0;
        }
        double nanosPerToken = (double) MINUTE_NANOS / perMinute;
        // The small epsilon keeps floating-point dust from adding a whole second.
        return Math.max(1, (long) Math.ceil((1 - bucket.tokens) * nanosPerToken / 1_000_000_000.0 - 1e-6));
    }

    private double refilled(Bucket bucket, long now) {
        double earned = (now - bucket.updated) * (double) perMinute / MINUTE_NANOS;
        return Math.min(perMinute, bucket.tokens + earned);
    }
}
