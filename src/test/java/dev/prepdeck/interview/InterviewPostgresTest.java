package dev.prepdeck.interview;

import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.Tag;

import dev.prepdeck.support.PostgresProfile;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The whole interview page suite on PostgreSQL: the interview tables, their constraints, the row locks taken by
 * each step, the cascade that forgets a visitor's interview and the weak grades fed into the reviews.
 */
@QuarkusTest
@TestProfile(InterviewPostgresTest.InterviewContentOnPostgres.class)
@Tag("postgresql")
class InterviewPostgresTest extends InterviewPagesTest {

    /** The interview tests' content on the real PostgreSQL server. */
    public static class InterviewContentOnPostgres extends PostgresProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            Map<String, String> overrides = new HashMap<>(super.getConfigOverrides());
            overrides.put("prepdeck.content.path", InterviewContent.FOLDER);
            return overrides;
        }
    }
}
