package dev.prepdeck.account;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * Counts failed logins per (username, client) and per client in a sliding window and says how long a
 * client must wait. Plain Java, kept in one instance's memory: with several instances an attacker gets
 * at most the limit per instance, which still caps guessing at a handful of tries per minute.
 */
public class LoginThrottle {

    /** Bounded memory: a flood of distinct usernames cannot grow the table without limit. */
    static final int MAX_KEYS = 20_000;

    private final int maxPerUser;
    private final int maxPerClient;
    private final Duration window;
    private final Clock clock;
    private final Map<String, Deque<Instant>> failures = new LinkedHashMap<>(256, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, Deque<Instant>> eldest) {
            return size() > MAX_KEYS;
        }
    };

    public LoginThrottle(int maxPerUser, int maxPerClient, Duration window, Clock clock) {
        if (maxPerUser < 1 || maxPerClient < 1 || window.isNegative() || window.isZero()) {
            throw new IllegalArgumentException("limits must be positive");
        }
        this.maxPerUser = maxPerUser;
        this.maxPerClient = maxPerClient;
        this.window = window;
        this.clock = clock;
    }

    /** Zero if a login attempt may proceed now, else how long the client must wait. */
    public synchronized Duration waitBefore(String username, String client) {
        Instant now = clock.instant();
        Duration user = waitFor(userKey(username, client), maxPerUser, now);
        Duration any = waitFor(clientKey(client), maxPerClient, now);
        return user.compareTo(any) >= 0 ? user : any;
    }

    public synchronized void recordFailure(String username, String client) {
        Instant now = clock.instant();
        record(userKey(username, client), now);
        record(clientKey(client), now);
    }

    /** A successful login forgets that username's failures from this client. */
    public synchronized void recordSuccess(String username, String client) {
        failures.remove(userKey(username, client));
    }

    /** How many (username, client) and client entries are remembered. */
    synchronized int size() {
        return failures.size();
    }

    private Duration waitFor(String key, int max, Instant now) {
        Deque<Instant> times = failures.get(key);
        if (times == null) {
            return Duration.ZERO;
        }
        prune(times, now);
        if (times.isEmpty()) {
            failures.remove(key);
            return Duration.ZERO;
        }
        if (times.size() < max) {
            return Duration.ZERO;
        }
        // the oldest failure still in the window has to age out before another try is allowed
        Instant free = times.peekFirst().plus(window);
        return Duration.between(now, free).isNegative() ? Duration.ZERO : Duration.between(now, free);
    }

    private void record(String key, Instant now) {
        Deque<Instant> times = failures.computeIfAbsent(key, k -> new ArrayDeque<>());
        prune(times, now);
        times.addLast(now);
        // only the most recent failures matter for the limit
        while (times.size() > Math.max(maxPerUser, maxPerClient)) {
            times.removeFirst();
        }
    }

    private void prune(Deque<Instant> times, Instant now) {
        Instant cutoff = now.minus(window);
        while (!times.isEmpty() && !times.peekFirst().isAfter(cutoff)) {
            times.removeFirst();
        }
    }

    private static String userKey(String username, String client) {
        return "u\u0000" + (username == null ? "" : username) + "\u0000" + client;
    }

    private static String clientKey(String client) {
        return "c\u0000" + client;
    }
}
