package dev.prepdeck.demo.timewait;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and pacing of the live TIME_WAIT demo ({@code prepdeck.timewait.*}). */
@ConfigMapping(prefix = "prepdeck.timewait")
public interface TimeWaitConfig {

    /** Most real runs in progress at once, for all visitors together; each leaves a socket in TIME_WAIT. */
    @WithDefault("8")
    int maxConcurrentRuns();

    /** How many runs one client (by IP address) may start within {@link #rateWindow()}. */
    @WithDefault("6")
    int runsPerClient();

    /** The sliding window for {@link #runsPerClient()}. */
    @WithDefault("1m")
    Duration rateWindow();

    /** How often the kernel's socket table is read while runs are in progress. */
    @WithDefault("200ms")
    Duration pollInterval();

    /** Pause between the steps of the close, long enough for a few polls to sample each state. */
    @WithDefault("1s")
    Duration stepPause();

    /** A run stops watching after this long, even if its socket is still in TIME_WAIT (Linux keeps it 60 s). */
    @WithDefault("90s")
    Duration maxRunDuration();

    /** How long a run's snapshot stays readable after the run ends; later its id answers 404. */
    @WithDefault("10m")
    Duration retention();

    /** Where procfs is mounted; only a container that mounts the host's /proc elsewhere needs to change it. */
    @WithDefault("/proc")
    String procPath();
}
