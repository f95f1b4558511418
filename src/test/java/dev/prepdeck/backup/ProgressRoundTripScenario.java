package dev.prepdeck.backup;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.URL;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import dev.prepdeck.account.AccountService;
import dev.prepdeck.account.Role;
import dev.prepdeck.content.ContentImportService;
import dev.prepdeck.support.WebSession;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;

/**
 * An instance moved by export and import loses nothing: people study through the real API, an admin exports,
 * the database is wiped and rebuilt from migrations and a content folder that lacks one topic, the file is imported,
 * and a second export equals the first. Run on H2 and on PostgreSQL by the two subclasses.
 */
abstract class ProgressRoundTripScenario {

    static final String ADMIN = "admin";
    static final String ADMIN_PASSWORD = "first-operator-passphrase";
    static final String PASSWORD = "round-trip-password";
    /** The topic the new instance's content folder no longer has: its cards' history must survive as retired cards. */
    static final String DROPPED_TOPIC = "tcp-time-wait";

    @TestHTTPResource("/")
    URL root;

    @Inject
    AccountService accounts;

    @Inject
    ContentImportService content;

    @Inject
    Flyway flyway;

    @Inject
    EntityManager em;

    @Inject
    ObjectMapper mapper;

    String base() {
        String url = root.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    @Test
    void shouldExportImportAndExportTheSameProgressOnAFreshInstance() throws Exception {
        studyAsSeveralPeople();
        WebSession admin = admin();
        byte[] first = export(admin);
        JsonNode before = withoutExportTime(first);
        assertTrue(before.get("users").size() >= 4, "admin, two candidates and a mentor");
        assertTrue(countReviews(before) >= 8, "reviews in the file: " + countReviews(before));

        freshInstanceWithoutTopic(DROPPED_TOPIC);
        assertEquals(401, importFile(new WebSession(), first, false).statusCode(), "the import needs a login");
        // The new instance's first admin (as PREPDECK_ADMIN_* would create it) runs the import; the file's admin
        // of the same name then replaces it, old password included. The session names the user only, so it stays.
        accounts.createUser(ADMIN, "first-admin-of-the-new-instance", Role.ADMIN);
        WebSession newAdmin = new WebSession();
        assertEquals(303, newAdmin.login(base(), ADMIN, "first-admin-of-the-new-instance").statusCode());
        HttpResponse<String> imported = importFile(newAdmin, first, false);
        assertEquals(200, imported.statusCode(), imported::body);
        JsonNode report = mapper.readTree(imported.body());
        assertAll(
                () -> assertEquals(before.get("users").size() - 1, report.get("usersAdded").asInt()),
                () -> assertEquals(1, report.get("usersUpdated").asInt(), "the admin"),
                () -> assertEquals(countReviews(before), report.get("reviewsAdded").asInt()),
                () -> assertTrue(report.get("cardsAdded").asInt() > 0, "the dropped topic's cards, as retired cards"),
                () -> assertEquals(1, report.get("topicsAdded").asInt()));

        byte[] second = export(newAdmin);
        assertEquals(before, withoutExportTime(second), "a second export equals the first");
        assertEquals(Boolean.TRUE, single("SELECT retired FROM topic WHERE id = ?1", DROPPED_TOPIC));

        // People log in on the new instance with their old passwords, and their history is there.
        WebSession candidate = new WebSession();
        assertEquals(303, candidate.login(base(), "rt-candidate-one", PASSWORD).statusCode());
        HttpResponse<String> me = candidate.get(base() + "/api/me");
        assertTrue(me.body().contains("Europe/Berlin"), me::body);
        assertEquals(303, new WebSession().login(base(), ADMIN, ADMIN_PASSWORD).statusCode(), "the old admin password");

        // Importing the same file again changes nothing.
        HttpResponse<String> again = importFile(newAdmin, first, false);
        assertEquals(200, again.statusCode(), again::body);
        JsonNode repeat = mapper.readTree(again.body());
        assertAll(
                () -> assertEquals(0, repeat.get("usersAdded").asInt()),
                () -> assertEquals(0, repeat.get("reviewsAdded").asInt()),
                () -> assertEquals(countReviews(before), repeat.get("reviewsAlreadyPresent").asInt()),
                () -> assertEquals(0, repeat.get("cardStatesAdded").asInt()),
                () -> assertEquals(0, repeat.get("cardsAdded").asInt()));
        assertEquals(before, withoutExportTime(export(newAdmin)), "unchanged after importing twice");
    }

    @Test
    void shouldExportAndImportGzipWhenAskedTo() throws Exception {
        WebSession admin = admin();
        HttpResponse<byte[]> zipped = admin.getBytes(base() + "/api/admin/progress/export", "gzip");
        assertEquals(200, zipped.statusCode());
        assertEquals("gzip", zipped.headers().firstValue("Content-Encoding").orElse(""));
        assertArrayEquals(new byte[] {0x1f, (byte) 0x8b}, java.util.Arrays.copyOf(zipped.body(), 2));
        HttpResponse<String> imported = admin.postBytes(base() + "/api/admin/progress/import", zipped.body(), "gzip");
        assertEquals(200, imported.statusCode(), imported::body);
        assertEquals(0, mapper.readTree(imported.body()).get("reviewsAdded").asInt());
    }

    @Test
    void shouldRejectABadFileWholeWithAProblemSayingWhere() throws Exception {
        studyAsSeveralPeople();
        WebSession admin = admin();
        ObjectNode file = (ObjectNode) mapper.readTree(export(admin));
        ArrayNode users = (ArrayNode) file.get("users");
        ObjectNode newcomer = users.get(0).deepCopy();
        newcomer.put("username", "rt-newcomer-" + UUID.randomUUID().toString().substring(0, 6));
        newcomer.put("role", Role.CANDIDATE);
        users.add(newcomer);
        // a value late in the file is wrong: everything before it must be rolled back too
        ArrayNode reviews = findUserWithReviews(users);
        ((ObjectNode) reviews.get(reviews.size() - 1)).put("rating", "good");
        byte[] broken = mapper.writeValueAsBytes(file);

        long usersBefore = count("SELECT count(*) FROM app_user");
        HttpResponse<String> response = importFile(admin, broken, false);
        assertEquals(400, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"));
        JsonNode problem = mapper.readTree(response.body());
        assertTrue(problem.get("detail").asText().contains(".reviews[") && problem.get("detail").asText()
                .contains("rating: expected a whole number"), problem::toString);
        assertEquals(usersBefore, count("SELECT count(*) FROM app_user"), "the newcomer was not kept");

        for (String bad : List.of("not json at all", "{\"format\":\"something-else\",\"version\":1}",
                "{\"format\":\"prepdeck-progress\",\"version\":99,\"users\":[]}",
                "{\"format\":\"prepdeck-progress\",\"version\":1,\"users\":[{\"username\":\"x\"}]}",
                "{\"format\":\"prepdeck-progress\",\"version\":1,\"users\":[{\"username\":\"admin\",\"role\":\"admin\","
                        + "\"passwordHash\":\"h\",\"createdAt\":\"yesterday\"}]}",
                "{\"format\":\"prepdeck-progress\",\"version\":1,\"users\":[]} trailing")) {
            HttpResponse<String> answer = importFile(admin, bad.getBytes(StandardCharsets.UTF_8), false);
            assertEquals(400, answer.statusCode(), bad + " -> " + answer.body());
            assertTrue(mapper.readTree(answer.body()).get("detail").asText().length() > 10, answer::body);
        }
        HttpResponse<String> notZipped = importFile(admin, "{}".getBytes(StandardCharsets.UTF_8), true);
        assertEquals(400, notZipped.statusCode(), notZipped::body);
    }

    @Test
    void shouldRefuseAPasswordHashThatLogInCouldNotCheck() throws Exception {
        WebSession admin = admin();
        ObjectNode file = (ObjectNode) mapper.readTree(export(admin));
        ObjectNode first = (ObjectNode) file.get("users").get(0);
        String name = first.get("username").asText();
        Object before = single("SELECT password_hash FROM app_user WHERE username = ?1", name);
        first.put("passwordHash", "{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=");

        HttpResponse<String> response = importFile(admin, mapper.writeValueAsBytes(file), false);

        assertEquals(400, response.statusCode(), response::body);
        String detail = mapper.readTree(response.body()).get("detail").asText();
        assertTrue(detail.contains("passwordHash: not a bcrypt hash"), detail);
        assertEquals(before, single("SELECT password_hash FROM app_user WHERE username = ?1", name));
    }

    @Test
    void shouldRefuseAFileThatLeavesNoAdmin() throws Exception {
        WebSession admin = admin();
        ObjectNode file = (ObjectNode) mapper.readTree(export(admin));
        for (JsonNode user : file.get("users")) {
            ((ObjectNode) user).put("role", Role.CANDIDATE);
        }
        HttpResponse<String> response = importFile(admin, mapper.writeValueAsBytes(file), false);
        assertEquals(400, response.statusCode(), response::body);
        assertEquals(Role.ADMIN, single("SELECT role FROM app_user WHERE username = ?1", ADMIN));
    }

    @Test
    void shouldKeepExportAndImportForAdmins() throws Exception {
        accounts.createUser("rt-mentor-only-" + UUID.randomUUID().toString().substring(0, 6), PASSWORD, Role.MENTOR);
        String name = (String) single("SELECT username FROM app_user WHERE role = ?1 ORDER BY username", Role.MENTOR);
        WebSession mentor = new WebSession();
        assertEquals(303, mentor.login(base(), name, PASSWORD).statusCode());
        assertEquals(403, mentor.get(base() + "/api/admin/progress/export").statusCode());
        assertEquals(403, importFile(mentor, "{}".getBytes(StandardCharsets.UTF_8), false).statusCode());
        assertEquals(401, new WebSession().get(base() + "/api/admin/progress/export").statusCode());
    }

    @Test
    void shouldCarryEveryColumnOfTheProgressTablesSoAMigrationCannotLoseData() {
        // session_version only says which session cookies are still valid; an import starts fresh sessions
        assertColumns("app_user", List.of("id", "session_version"), ProgressFormat.USER, ProgressFormat.SETTINGS);
        assertColumns("card_state", List.of("user_id"), ProgressFormat.CARD_STATE);
        assertColumns("review_log", List.of("id", "user_id"), ProgressFormat.REVIEW);
    }

    @SafeVarargs
    private void assertColumns(String table, List<String> surrogate, List<ProgressFormat.Column>... parts) {
        List<String> inTable = QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(
                "SELECT column_name FROM information_schema.columns WHERE LOWER(table_name) = ?1"
                        + " AND LOWER(table_schema) = LOWER(CURRENT_SCHEMA)").setParameter(1, table)
                .getResultList().stream().map(c -> c.toString().toLowerCase(java.util.Locale.ROOT)).sorted().toList());
        List<String> carried = new ArrayList<>(surrogate);
        for (List<ProgressFormat.Column> part : parts) {
            part.forEach(c -> carried.add(c.sql()));
        }
        assertEquals(inTable, carried.stream().sorted().toList(),
                table + ": a column is neither exported nor a surrogate key; add it to ProgressFormat");
    }

    // --- the scenario's parts

    /** Two candidates and a mentor study: grades, an undone grade, a flag, a suspension, a bury, own settings. */
    private void studyAsSeveralPeople() throws Exception {
        if (count("SELECT count(*) FROM app_user WHERE username = 'rt-candidate-one'") > 0) {
            return;
        }
        accounts.createUser("rt-candidate-one", PASSWORD, Role.CANDIDATE);
        accounts.createUser("rt-candidate-two", PASSWORD, Role.CANDIDATE);
        accounts.createUser("rt-mentor", PASSWORD, Role.MENTOR);

        WebSession one = login("rt-candidate-one");
        HttpResponse<String> settings = one.putJson(base() + "/api/me/settings", "{\"desiredRetention\":0.85,"
                + "\"newCardsPerDay\":7,\"reviewsPerDay\":90,\"learningSteps\":\"2m 15m\",\"relearningSteps\":\"5m\","
                + "\"timeZone\":\"Europe/Berlin\",\"dayRolloverHour\":3,\"uiLanguage\":\"en\"}");
        assertEquals(200, settings.statusCode(), settings::body);
        List<String> graded = gradeSome(one, 5, new int[] {3, 1, 4, 2, 3});
        assertEquals(200, one.postJson(base() + "/api/study/undo", "{}").statusCode(), "undo the last grade");
        assertEquals(200, one.postJson(base() + "/api/study/cards/" + graded.get(0) + "/flag",
                "{\"reason\":\"예시 답이 틀렸어요\"}").statusCode());
        assertEquals(200, one.postJson(base() + "/api/study/cards/" + graded.get(1) + "/suspend", "{}").statusCode());
        String unseen = dueCards(one, 1).get(0);
        assertEquals(200, one.postJson(base() + "/api/study/cards/" + unseen + "/bury", "{}").statusCode());
        gradeSome(one, 2, new int[] {3, 3});

        WebSession two = login("rt-candidate-two");
        gradeSome(two, 3, new int[] {1, 1, 3});
        WebSession mentor = login("rt-mentor");
        gradeSome(mentor, 2, new int[] {4, 4});
    }

    /** Grades the next {@code n} due cards of the dropped topic, so history belongs to cards the target lacks. */
    private List<String> gradeSome(WebSession who, int n, int[] ratings) throws IOException {
        List<String> cards = new ArrayList<>();
        for (int i = 0; i < n; i++) {
            String card = dueCards(who, 1).get(0);
            HttpResponse<String> grade = who.postJson(base() + "/api/study/cards/" + card + "/grade",
                    "{\"rating\":" + ratings[i] + ",\"idempotencyKey\":\"" + UUID.randomUUID()
                            + "\",\"answerMs\":" + (1000 + 500 * i) + "}");
            assertEquals(200, grade.statusCode(), grade::body);
            cards.add(card);
        }
        return cards;
    }

    private List<String> dueCards(WebSession who, int limit) throws IOException {
        HttpResponse<String> due = who.get(base() + "/api/study/due?topic=" + DROPPED_TOPIC + "&limit=" + limit);
        assertEquals(200, due.statusCode(), due::body);
        List<String> ids = new ArrayList<>();
        for (JsonNode card : mapper.readTree(due.body()).get("cards")) {
            ids.add(card.get("card").get("id").asText());
        }
        assertFalse(ids.isEmpty(), "a card is due");
        return ids;
    }

    private WebSession login(String username) {
        WebSession session = new WebSession();
        HttpResponse<String> login = session.login(base(), username, PASSWORD);
        assertEquals(303, login.statusCode(), login::body);
        return session;
    }

    private WebSession admin() {
        WebSession session = new WebSession();
        assertEquals(303, session.login(base(), ADMIN, ADMIN_PASSWORD).statusCode());
        return session;
    }

    private byte[] export(WebSession admin) {
        HttpResponse<byte[]> response = admin.getBytes(base() + "/api/admin/progress/export", null);
        assertEquals(200, response.statusCode());
        assertTrue(response.headers().firstValue("Content-Disposition").orElse("").contains("attachment"));
        return response.body();
    }

    private HttpResponse<String> importFile(WebSession admin, byte[] file, boolean gzip) throws IOException {
        return admin.postBytes(base() + "/api/admin/progress/import", file, gzip ? "gzip" : null);
    }

    /** Empties the database the way a new instance starts: migrations, then a content folder lacking one topic. */
    private void freshInstanceWithoutTopic(String topic) throws IOException {
        flyway.clean();
        flyway.migrate();
        Path folder = Files.createTempDirectory("prepdeck-content-");
        Path source = content.folder();
        try (Stream<Path> files = Files.list(source)) {
            for (Path file : files.toList()) {
                String text = Files.isRegularFile(file) ? Files.readString(file) : "";
                if (Files.isRegularFile(file) && !text.contains("\nid: " + topic + "\n")) {
                    Files.writeString(folder.resolve(file.getFileName().toString()), text);
                }
            }
        }
        content.importFolder(folder);
    }

    private JsonNode withoutExportTime(byte[] file) throws IOException {
        ObjectNode tree = (ObjectNode) mapper.readTree(file);
        assertEquals("prepdeck-progress", tree.get("format").asText());
        assertTrue(tree.remove("exportedAt").asText().endsWith("Z"));
        return tree;
    }

    private static int countReviews(JsonNode file) {
        int n = 0;
        for (JsonNode user : file.get("users")) {
            n += user.get("reviews").size();
        }
        return n;
    }

    private static ArrayNode findUserWithReviews(ArrayNode users) {
        for (int i = users.size() - 1; i >= 0; i--) {
            ArrayNode reviews = (ArrayNode) users.get(i).get("reviews");
            if (reviews.size() > 0) {
                return reviews;
            }
        }
        throw new AssertionError("nobody has reviews");
    }

    Object single(String sql, Object parameter) {
        return QuarkusTransaction.requiringNew().call(() -> em.createNativeQuery(sql).setParameter(1, parameter)
                .setMaxResults(1).getSingleResult());
    }

    long count(String sql) {
        return QuarkusTransaction.requiringNew()
                .call(() -> ((Number) em.createNativeQuery(sql).getSingleResult()).longValue());
    }
}
