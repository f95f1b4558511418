package dev.prepdeck.system;

import java.time.Clock;

import jakarta.enterprise.inject.Produces;
import jakarta.inject.Singleton;

import io.quarkus.arc.DefaultBean;

/**
 * The one source of "now" for the application: inject {@link Clock} instead of calling {@code Instant.now()}.
 * Production uses the system clock and offers no way to move it; tests replace this default bean with a clock
 * of their own (a test-source bean), which never ends up in a production build.
 */
public class Clocks {

    @Produces
    @Singleton
    @DefaultBean
    public Clock systemClock() {
        return Clock.systemUTC();
    }
}
