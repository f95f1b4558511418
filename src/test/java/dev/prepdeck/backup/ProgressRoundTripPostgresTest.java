package dev.prepdeck.backup;

import org.junit.jupiter.api.Tag;

import dev.prepdeck.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The export and import round trip on the real PostgreSQL server. */
@QuarkusTest
@TestProfile(ProgressRoundTripPostgresTest.OwnStart.class)
@Tag("postgresql")
class ProgressRoundTripPostgresTest extends ProgressRoundTripScenario {

    /** Its own application start (the scenario wipes the database), on a database cleaned at that start. */
    public static class OwnStart extends PostgresProfile {
    }
}
