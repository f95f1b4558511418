package dev.prepdeck.quiz;

import org.junit.jupiter.api.Tag;

import dev.prepdeck.support.PostgresProfile;
import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * The whole quiz API suite on PostgreSQL: the quiz tables, the scores per topic, the locks taken while marking and
 * the Again grades fed into the reviews behave as on the embedded database.
 */
@QuarkusTest
@TestProfile(PostgresProfile.class)
@TestHTTPEndpoint(QuizResource.class)
@Tag("postgresql")
class QuizPostgresTest extends QuizResourceTest {
}
