package dev.prepdeck.interview;

import java.util.Map;

import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The interview tests' own content (src/test/resources/interview-content) on a database of its own: a main question
 * with two levels of follow-ups, one without follow-ups, and a cloze card an interview never asks.
 */
public class InterviewContent implements QuarkusTestProfile {

    public static final String MAIN = "iv-tw";
    public static final String FOLLOW_UP = "iv-tw-server";
    public static final String DEEPER = "iv-tw-rst";
    public static final String OTHER = "iv-dns";
    public static final String FOLDER = "src/test/resources/interview-content";

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of("prepdeck.content.path", FOLDER,
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:prepdeck-interview"
                        + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
    }
}
