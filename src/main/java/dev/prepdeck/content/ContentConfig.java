package dev.prepdeck.content;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Where the mentors' Markdown lives and when it is imported. */
@ConfigMapping(prefix = "prepdeck.content")
public interface ContentConfig {

    /** Folder holding one Markdown file per topic (relative to the working directory or absolute). */
    @WithDefault("content")
    String path();

    /** Whether the folder is imported into the database when the app starts. */
    @WithDefault("true")
    boolean importAtStart();

    /**
     * Whether a running instance watches the folder and imports a change within seconds (after a {@code git pull}),
     * without a restart. Each instance watches its own copy; the database makes sure one import of each version runs.
     */
    @WithDefault("true")
    boolean liveReload();

    /** How often the folder is checked for a change (a hash of every topic file, which is cheap for text). */
    @WithDefault("2s")
    Duration reloadInterval();

    /**
     * How long a change must hold still before it is imported, so that a checkout writing many files or an editor
     * saving in steps is taken up once it is complete.
     */
    @WithDefault("300ms")
    Duration reloadSettle();
}
