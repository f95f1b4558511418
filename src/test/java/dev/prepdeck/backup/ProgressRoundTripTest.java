package dev.prepdeck.backup;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** The export and import round trip on the embedded H2 database. */
@QuarkusTest
@TestProfile(ProgressRoundTripTest.OwnDatabase.class)
class ProgressRoundTripTest extends ProgressRoundTripScenario {

    /** A database of its own, since the scenario wipes it and rebuilds it as a new instance would. */
    public static class OwnDatabase implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:prepdeck-round-trip;MODE=PostgreSQL;"
                            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                    "quarkus.flyway.clean-disabled", "false");
        }
    }
}
