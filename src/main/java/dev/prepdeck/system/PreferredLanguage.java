package dev.prepdeck.system;

import io.quarkus.security.identity.SecurityIdentity;

/**
 * Where a signed-in user's UI language is kept (their settings), so that the header switch, the settings page and
 * every request agree; visitors only have the {@code lang} cookie.
 */
public interface PreferredLanguage {

    /** The language stored for this signed-in user, or null (a visitor, or nothing known without a lookup). */
    String storedFor(SecurityIdentity identity);

    /** Stores {@code lang} as the signed-in user's UI language; does nothing for a visitor. */
    void remember(SecurityIdentity identity, String lang);
}
