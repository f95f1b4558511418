package dev.prepdeck.system;

import java.util.Optional;

import io.smallrye.config.ConfigMapping;

/** Who may scrape /q/metrics besides a logged-in admin. */
@ConfigMapping(prefix = "prepdeck.metrics")
public interface MetricsConfig {

    /**
     * Bearer token a Prometheus server sends ({@code Authorization: Bearer <token>}); at least 16 characters.
     * Unset: only an admin's session may read the metrics.
     */
    Optional<String> token();
}
