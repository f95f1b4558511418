package dev.prepdeck.content.authoring;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import dev.prepdeck.support.ContentCopies;
import io.quarkus.test.junit.QuarkusTestProfile;

/**
 * The editor's tests get a database of their own and a copy of the test content folder, so the topics they
 * create, take over and publish never show up in other tests.
 */
public class AuthoringProfile implements QuarkusTestProfile {

    /** The content folder of this profile: a copy of the test content made once per test run. */
    public static final Path CONTENT = copyOfContent();

    @Override
    public Map<String, String> getConfigOverrides() {
        return Map.of(
                "quarkus.datasource.jdbc.url", "jdbc:h2:mem:prepdeck-authoring;MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;"
                        + "DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1",
                "prepdeck.content.path", CONTENT.toString());
    }

    static Path copyOfContent() {
        try {
            return ContentCopies.copyTestContent(Files.createTempDirectory("prepdeck-authoring-content"));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
