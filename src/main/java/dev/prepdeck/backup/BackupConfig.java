package dev.prepdeck.backup;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Limits of the progress export and import. */
@ConfigMapping(prefix = "prepdeck.backup")
public interface BackupConfig {

    /** Longest an import's single transaction may run before it is rolled back. */
    @WithDefault("30m")
    Duration importTimeout();
}
