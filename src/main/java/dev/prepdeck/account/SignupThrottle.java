package dev.prepdeck.account;

import java.time.Clock;
import java.time.Duration;

/**
 * Counts sign-up attempts per client address in a sliding window, successful or not, so that neither creating
 * accounts in bulk nor probing which names are taken goes faster than a few a minute. Plain Java, in one instance's
 * memory, like the login throttle it reuses.
 */
public class SignupThrottle {

    private final LoginThrottle attempts;

    public SignupThrottle(int maxPerClient, Duration window, Clock clock) {
        this.attempts = new LoginThrottle(maxPerClient, maxPerClient, window, clock);
    }

    /** Zero if a sign-up attempt from {@code client} may proceed now, else how long it must wait. */
    public Duration waitBefore(String client) {
        return attempts.waitBefore("", client);
    }

    /** Counts one attempt from {@code client}. */
    public void record(String client) {
        attempts.recordFailure("", client);
    }
}
