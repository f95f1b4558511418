package dev.prepdeck.demo.timewait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.Optional;

import org.junit.jupiter.api.Test;

/** The per-client sliding window that keeps one visitor from filling the kernel with TIME_WAIT sockets. */
class RateLimiterTest {

    private static final long SECOND = 1_000_000_000L;

    @Test
    void shouldAllowUpToTheLimitThenSayWhenToComeBack() {
        RateLimiter limiter = new RateLimiter(3, Duration.ofMinutes(1));

        assertTrue(limiter.tryAcquire("10.0.0.1", 0).isEmpty());
        assertTrue(limiter.tryAcquire("10.0.0.1", 10 * SECOND).isEmpty());
        assertTrue(limiter.tryAcquire("10.0.0.1", 20 * SECOND).isEmpty());
        Optional<Duration> refused = limiter.tryAcquire("10.0.0.1", 30 * SECOND);

        assertEquals(Optional.of(Duration.ofSeconds(30)), refused, "the first permit frees at 60 s");
    }

    @Test
    void shouldFreePermitsAsTheWindowSlides() {
        RateLimiter limiter = new RateLimiter(2, Duration.ofSeconds(10));
        limiter.tryAcquire("a", 0);
        limiter.tryAcquire("a", 5 * SECOND);

        assertTrue(limiter.tryAcquire("a", 9 * SECOND).isPresent());
        assertTrue(limiter.tryAcquire("a", 10 * SECOND).isEmpty(), "the permit from t=0 expired");
        assertTrue(limiter.tryAcquire("a", 11 * SECOND).isPresent(), "t=5 and t=10 are still in the window");
    }

    @Test
    void shouldCountEachClientSeparately() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofMinutes(1));

        assertTrue(limiter.tryAcquire("a", 0).isEmpty());
        assertTrue(limiter.tryAcquire("b", 0).isEmpty());
        assertTrue(limiter.tryAcquire("a", SECOND).isPresent());
    }

    @Test
    void shouldNotCountRefusedRequests() {
        RateLimiter limiter = new RateLimiter(1, Duration.ofSeconds(10));
        limiter.tryAcquire("a", 0);
        for (int i = 1; i < 9; i++) {
            limiter.tryAcquire("a", i * SECOND);
        }

        assertTrue(limiter.tryAcquire("a", 10 * SECOND).isEmpty(), "hammering while refused does not extend the wait");
    }

    @Test
    void shouldRejectANonsenseLimit() {
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(0, Duration.ofMinutes(1)));
        assertThrows(IllegalArgumentException.class, () -> new RateLimiter(1, Duration.ZERO));
    }
}
