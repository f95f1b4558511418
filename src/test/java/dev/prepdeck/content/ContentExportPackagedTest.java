package dev.prepdeck.content;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;

import com.fasterxml.jackson.databind.JsonNode;

import dev.prepdeck.support.AppProcess;
import dev.prepdeck.support.StudyCalls;
import dev.prepdeck.support.WebSession;

/**
 * The Markdown export of the embedded jar: the zip of all content, unpacked as the content folder of a fresh app on
 * an empty database, gives the very same topics, cards and ids; one topic's download is its file byte for byte.
 */
@Tag("packaged")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ContentExportPackagedTest {

    private static final String ADMIN = "export-admin";
    private static final String PASSWORD = "export admin password";

    private final Path source = dev.prepdeck.support.TestContent.FOLDER;
    private Path workDir;
    private AppProcess original;
    private AppProcess reimported;
    private WebSession admin;
    private List<String> topicIds;

    @BeforeAll
    void exportThenStartAFreshAppOnTheExport() throws Exception {
        workDir = AppProcess.freshWorkDir("content-export");
        original = start("original", source);
        admin = new WebSession();
        assertEquals(303, admin.login(original.baseUrl(), ADMIN, PASSWORD).statusCode());

        HttpResponse<byte[]> zip = admin.getBytes(original.baseUrl() + "/api/content/export", "identity");
        assertEquals(200, zip.statusCode());
        assertEquals("application/zip", zip.headers().firstValue("Content-Type").orElse(""));
        Path exported = Files.createDirectories(workDir.resolve("exported"));
        try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip.body()))) {
            for (ZipEntry entry = in.getNextEntry(); entry != null; entry = in.getNextEntry()) {
                Path target = exported.resolve(entry.getName()).normalize();
                assertTrue(target.startsWith(exported), entry.getName());
                Files.createDirectories(target.getParent());
                Files.write(target, in.readAllBytes());
            }
        }
        reimported = start("reimported", exported);
        topicIds = new ArrayList<>();
        for (JsonNode topic : StudyCalls.JSON.readTree(get(original, "/api/topics").body())) {
            topicIds.add(topic.get("id").asText());
        }
    }

    private AppProcess start(String name, Path content) throws IOException {
        AppProcess app = AppProcess.start(name, AppProcess.builtH2App(), AppProcess.freePort(), Map.of(
                "PREPDECK_DATA_DIR", workDir.resolve(name + "-data").toString(),
                "PREPDECK_CONTENT_PATH", content.toString(),
                "PREPDECK_ADMIN_USERNAME", ADMIN,
                "PREPDECK_ADMIN_PASSWORD", PASSWORD,
                "PREPDECK_SESSION_KEY", "content-export-test-session-key-" + UUID.randomUUID()), workDir);
        app.awaitReady(Duration.ofSeconds(150));
        return app;
    }

    @AfterAll
    void stopBoth() throws Exception {
        AppProcess.closeInOrder(original, reimported);
    }

    @Test
    void shouldGiveAFreshAppTheSameTopicsCardsAndIds() throws IOException {
        assertTrue(topicIds.size() >= 4, topicIds::toString);
        assertEquals(StudyCalls.JSON.readTree(get(original, "/api/topics").body()),
                StudyCalls.JSON.readTree(get(reimported, "/api/topics").body()));
        for (String id : topicIds) {
            JsonNode before = StudyCalls.JSON.readTree(get(original, "/api/topics/" + id).body());
            JsonNode after = StudyCalls.JSON.readTree(get(reimported, "/api/topics/" + id).body());
            assertTrue(before.get("cards").size() > 0, id);
            assertEquals(before, after, "topic " + id + " after export and import");
        }
        assertEquals("[]", get(reimported, "/api/content/problems").body());
    }

    @Test
    void shouldDownloadOneTopicAsItsFileByteForByte() throws IOException {
        List<Path> files;
        try (Stream<Path> list = Files.list(source)) {
            files = list.filter(p -> p.toString().endsWith(".md") && !p.endsWith("README.md")).toList();
        }
        for (String id : topicIds) {
            String file = StudyCalls.JSON.readTree(get(original, "/api/topics/" + id).body()).get("sourceFile").asText();
            HttpResponse<byte[]> one = admin.getBytes(original.baseUrl() + "/api/content/export/" + id, "identity");
            assertEquals(200, one.statusCode(), id);
            assertTrue(one.headers().firstValue("Content-Type").orElse("").startsWith("text/markdown"));
            assertTrue(one.headers().firstValue("Content-Disposition").orElse("").contains(file), file);
            assertArrayEquals(Files.readAllBytes(source.resolve(file)), one.body(), file);
        }
        assertEquals(files.size(), topicIds.size());
    }

    @Test
    void shouldKeepTheExportFromAnonymousVisitors() {
        HttpResponse<String> anonymous = new WebSession().get(original.baseUrl() + "/api/content/export");
        assertEquals(401, anonymous.statusCode(), anonymous::body);
        assertTrue(anonymous.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
    }

    /** A public page, read without the admin's cookie, which the other app (another session key) would drop. */
    private HttpResponse<String> get(AppProcess app, String path) {
        HttpResponse<String> response = new WebSession().get(app.baseUrl() + path);
        assertEquals(200, response.statusCode(), response::body);
        return response;
    }
}
