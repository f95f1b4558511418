package dev.prepdeck.content;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.containsString;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Links in the content folder must not turn /content-files/ into a window on the rest of the host. */
@QuarkusTest
@TestProfile(ContentFileLinkTest.LinkedFolder.class)
class ContentFileLinkTest {

    static final Path OUTSIDE;
    static final Path FOLDER;

    static {
        try {
            OUTSIDE = Files.createTempFile("prepdeck-host-secret", ".png");
            Files.writeString(OUTSIDE, "root:x:0:0:secret");
            FOLDER = Files.createTempDirectory("prepdeck-linked-content");
            Files.createDirectories(FOLDER.resolve("images"));
            Files.writeString(FOLDER.resolve("images/ladder.png"), "ladder-bytes");
            Files.createSymbolicLink(FOLDER.resolve("images/passwd.png"), OUTSIDE);
            Files.createSymbolicLink(FOLDER.resolve("images/alias.png"), FOLDER.resolve("images/ladder.png"));
            Files.createSymbolicLink(FOLDER.resolve("host"), OUTSIDE.getParent());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** Serves the linked folder above, on a database of its own. */
    public static class LinkedFolder implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("prepdeck.content.path", FOLDER.toString(),
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:prepdeck-links"
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void shouldServeAnImageInTheFolderAndALinkToIt() {
        given().when().get("/content-files/images/ladder.png")
                .then().statusCode(200).body(equalTo("ladder-bytes"));
        given().when().get("/content-files/images/alias.png")
                .then().statusCode(200).body(equalTo("ladder-bytes"));
    }

    @Test
    void shouldAnswer404ForAFileLinkLeadingOutOfTheFolder() {
        given().when().get("/content-files/images/passwd.png")
                .then().statusCode(404).body(not(containsString("secret")));
    }

    @Test
    void shouldAnswer404ForAFolderLinkLeadingOutOfTheFolder() {
        given().when().get("/content-files/host/" + OUTSIDE.getFileName())
                .then().statusCode(404).body(not(containsString("secret")));
    }
}
