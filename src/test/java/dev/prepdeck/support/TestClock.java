package dev.prepdeck.support;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;

import jakarta.inject.Singleton;

/**
 * The application clock during tests: real time unless a test moves it. Being a test-source bean it replaces the
 * production clock only in tests. Time must not run backwards for a learner who already studied, so tests that
 * move the clock use fresh learners and call {@link #reset()} afterwards.
 */
@Singleton
public class TestClock extends Clock {

    private volatile Instant frozen;
    private volatile Duration offset = Duration.ZERO;

    @Override
    public Instant instant() {
        Instant at = frozen;
        return at != null ? at : Instant.now().plus(offset);
    }

    /** Stops the clock at {@code at}. */
    public void freezeAt(Instant at) {
        frozen = at;
    }

    /** Moves the clock forward, frozen or running. */
    public void advance(Duration by) {
        Instant at = frozen;
        if (at != null) {
            frozen = at.plus(by);
        } else {
            offset = offset.plus(by);
        }
    }

    /** Back to real time. */
    public void reset() {
        frozen = null;
        offset = Duration.ZERO;
    }

    @Override
    public ZoneId getZone() {
        return ZoneOffset.UTC;
    }

    @Override
    public Clock withZone(ZoneId zone) {
        return Clock.fixed(instant(), zone);
    }
}
