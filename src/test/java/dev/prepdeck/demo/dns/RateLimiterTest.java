package dev.prepdeck.demo.dns;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

/** The per-client token bucket behind the trace endpoint's 429s. */
class RateLimiterTest {

    private final AtomicLong now = new AtomicLong();

    @Test
    void shouldAllowABurstThenAskToWaitForTheNextToken() {
        RateLimiter limiter = new RateLimiter(3, now::get);
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(0, limiter.acquire("a"));
        assertEquals(20, limiter.acquire("a"), "one start every 20 s at 3 per minute");
        now.addAndGet(19_000_000_000L);
        assertEquals(1, limiter.acquire("a"));
        now.addAndGet(1_000_000_000L);
        assertEquals(0, limiter.acquire("a"));
    }

    @Test
    void shouldCountEachClientSeparately() {
        RateLimiter limiter = new RateLimiter(1, now::get);
        assertEquals(0, limiter.acquire("a"));
        assertTrue(limiter.acquire("a") > 0);
        assertEquals(0, limiter.acquire("b"));
    }

    @Test
    void shouldLetEverythingThroughWhenTurnedOff() {
        RateLimiter limiter = new RateLimiter(0, now::get);
        for (int i = 0; i < 100; i++) {
            assertEquals(0, limiter.acquire("a"));
        }
    }
}
