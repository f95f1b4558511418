package dev.prepdeck.account;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/** Test profiles that switch the registration mode, each on its own empty in-memory database. */
final class RegistrationProfiles {

    private RegistrationProfiles() {
    }

    private static Map<String, String> mode(String mode) {
        return Map.of(
                "prepdeck.registration", mode,
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:prepdeck-" + mode
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }

    /** Sign-up needs an invite code. */
    public static class InviteOnly implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return mode("invite");
        }
    }

    /** Nobody can sign up. */
    public static class Closed implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return mode("closed");
        }
    }
}
