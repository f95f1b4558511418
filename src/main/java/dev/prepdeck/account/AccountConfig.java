package dev.prepdeck.account;

import java.time.Duration;
import java.util.Optional;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;
import io.smallrye.config.WithName;

/** Typed configuration of accounts: registration, the first admin, defaults for new users, login and sign-up throttling. */
@ConfigMapping(prefix = "prepdeck")
public interface AccountConfig {

    /** Who may sign up: {@code open} (anyone), {@code invite} (with an admin's invite code) or {@code closed}. */
    @WithDefault("open")
    RegistrationMode registration();

    /** IANA time zone that new accounts start with. */
    @WithName("default-time-zone")
    @WithDefault("Asia/Seoul")
    String defaultTimeZone();

    /** The first admin, created once when the user table is empty. */
    Admin admin();

    /** How long invite codes stay valid and similar account rules. */
    Invites invites();

    /** Brute-force protection of the login form. */
    Login login();

    /** Sign-up throttling, kept in each instance's memory. */
    Signup signup();

    /** Session cookie safety switches. */
    Session session();

    /** The first admin account. */
    interface Admin {

        /** Login name of the first admin (env PREPDECK_ADMIN_USERNAME); unset means no bootstrap. */
        Optional<String> username();

        /** Password of the first admin (env PREPDECK_ADMIN_PASSWORD); never logged. */
        Optional<String> password();
    }

    /** Invite codes. */
    interface Invites {

        /** How long a new invite code can be used. */
        @WithDefault("P14D")
        Duration validity();
    }

    /** Login throttling, kept in each instance's memory. */
    interface Login {

        /** Failed logins allowed per username and client address within {@link #window()}. */
        @WithDefault("5")
        int maxFailures();

        /** Failed logins allowed per client address (any username) within {@link #window()}. */
        @WithDefault("30")
        int maxFailuresPerClient();

        /** Time window in which failures count; a blocked client waits until it has passed. */
        @WithDefault("PT15M")
        Duration window();
    }

    /** Sign-up throttling: every attempt counts, so neither mass sign-ups nor probing for taken names is fast. */
    interface Signup {

        /** Sign-up attempts allowed per client address within {@link #window()}. */
        @WithDefault("20")
        int maxPerClient();

        /** Time window in which attempts count. */
        @WithDefault("PT1H")
        Duration window();
    }

    /** Session cookie key handling. */
    interface Session {

        /**
         * Refuse to start when no session key is configured (PREPDECK_SESSION_KEY). Recommended for
         * multi-instance deployments, where a per-instance random key would log users out at random.
         */
        @WithDefault("false")
        boolean requireKey();
    }
}
