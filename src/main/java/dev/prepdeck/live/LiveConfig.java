package dev.prepdeck.live;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits and timing of the live channels that keep several screens on one state ({@code prepdeck.live.*}). */
@ConfigMapping(prefix = "prepdeck.live")
public interface LiveConfig {

    /** Most open event streams one channel may have on one instance; one more is refused with 429. */
    @WithDefault("8")
    int maxSubscribersPerChannel();

    /** How often an idle stream gets a comment line, so proxies keep it open and a vanished viewer is noticed. */
    @WithDefault("15s")
    Duration heartbeat();

    /** Pause before the PostgreSQL listener connects again after losing its connection. */
    @WithDefault("1s")
    Duration reconnectDelay();

    /** Longest wait of the PostgreSQL listener for a notification before it checks its connection. */
    @WithDefault("500ms")
    Duration listenTimeout();
}
