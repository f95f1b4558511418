package dev.prepdeck.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    /** A clock the test moves by hand. */
    static final class ManualClock extends Clock {
        Instant now = Instant.parse("2025-01-01T00:00:00Z");

        @Override
        public ZoneId getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(ZoneId zone) {
            return this;
        }

        @Override
        public Instant instant() {
            return now;
        }
    }

    private final ManualClock clock = new ManualClock();
    private final LoginThrottle throttle = new LoginThrottle(3, 10, Duration.ofMinutes(15), clock);

    @Test
    void shouldBlockAUsernameFromOneClientAfterTooManyFailures() {
        for (int i = 0; i < 3; i++) {
            assertEquals(Duration.ZERO, throttle.waitBefore("kim", "10.0.0.1"));
            throttle.recordFailure("kim", "10.0.0.1");
        }
        Duration wait = throttle.waitBefore("kim", "10.0.0.1");
        assertEquals(Duration.ofMinutes(15), wait);
        assertEquals(Duration.ZERO, throttle.waitBefore("kim", "10.0.0.2"), "another client is not blocked");
        assertEquals(Duration.ZERO, throttle.waitBefore("lee", "10.0.0.1"), "another username is not blocked");

        clock.now = clock.now.plus(Duration.ofMinutes(15)).plusSeconds(1);
        assertEquals(Duration.ZERO, throttle.waitBefore("kim", "10.0.0.1"), "the block ends with the window");
    }

    @Test
    void shouldForgetFailuresAfterASuccess() {
        throttle.recordFailure("kim", "10.0.0.1");
        throttle.recordFailure("kim", "10.0.0.1");
        throttle.recordSuccess("kim", "10.0.0.1");
        throttle.recordFailure("kim", "10.0.0.1");
        assertEquals(Duration.ZERO, throttle.waitBefore("kim", "10.0.0.1"));
    }

    @Test
    void shouldBlockAClientThatSpraysManyUsernames() {
        for (int i = 0; i < 10; i++) {
            throttle.recordFailure("user" + i, "10.0.0.9");
        }
        assertTrue(throttle.waitBefore("someone-new", "10.0.0.9").toMinutes() > 0);
    }

    @Test
    void shouldKeepItsMemoryBounded() {
        for (int i = 0; i < LoginThrottle.MAX_KEYS + 500; i++) {
            throttle.recordFailure("u" + i, "c" + i);
        }
        assertTrue(throttle.size() <= LoginThrottle.MAX_KEYS);
    }
}
