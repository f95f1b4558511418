package dev.prepdeck.content;

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
}
