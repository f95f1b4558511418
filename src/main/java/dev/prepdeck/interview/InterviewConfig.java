package dev.prepdeck.interview;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** The cookie that ties a visitor's mock interview to their browser. */
@ConfigMapping(prefix = "prepdeck.interview")
public interface InterviewConfig {

    /** Name of the visitor's interview cookie (give it the same prefix as the session cookie). */
    @WithDefault("prepdeck-interview")
    String cookieName();

    /** Whether that cookie is sent over HTTPS only (always, when its name starts with {@code __Host-}). */
    @WithDefault("false")
    boolean secureCookie();
}
