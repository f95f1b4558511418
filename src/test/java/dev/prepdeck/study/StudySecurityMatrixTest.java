package dev.prepdeck.study;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/** Who may call what among the study pages and API: anonymous, candidate, mentor and admin. */
@QuarkusTest
class StudySecurityMatrixTest {

    /** Expected statuses: 200 OK, 303 to the login page, 401 problem JSON, 403 forbidden. */
    private static final int OK = 200;
    private static final int LOGIN = 303;
    private static final int UNAUTHORIZED = 401;
    private static final int FORBIDDEN = 403;
    /** What a signed-in learner's form post without its CSRF token gets. */
    private static final int BAD_FORM = 400;

    record Row(String name, Supplier<Response> call, int anonymous, int candidate, int mentor, int admin) {
    }

    @Inject
    TestUsers users;

    @BeforeEach
    void createUsers() {
        users.ensure("study-matrix-candidate", Role.CANDIDATE);
        users.ensure("study-matrix-mentor", Role.MENTOR);
        users.ensure("study-matrix-admin", Role.ADMIN);
    }

    private static Response json(String path, String body) {
        return given().redirects().follow(false).contentType(ContentType.JSON).body(body).post(path);
    }

    private static Response get(String path) {
        return given().redirects().follow(false).get(path);
    }

    private static String grade() {
        return "{\"rating\":3,\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"answerMs\":1000}";
    }

    static List<Row> rows() {
        List<Row> rows = new ArrayList<>();
        rows.add(new Row("GET /study", () -> get("/study"), LOGIN, OK, OK, OK));
        rows.add(new Row("GET /study?topic=…", () -> get("/study?topic=tcp-time-wait"), LOGIN, OK, OK, OK));
        rows.add(new Row("GET /stats", () -> get("/stats"), LOGIN, OK, OK, OK));
        rows.add(new Row("GET /mentor/flags", () -> get("/mentor/flags"), LOGIN, FORBIDDEN, OK, OK));
        rows.add(new Row("GET /cards", () -> get("/cards?q=TIME_WAIT&state=new"), LOGIN, OK, OK, OK));
        rows.add(new Row("GET /cards/{id}", () -> get("/cards/tw-msl-c1"), LOGIN, OK, OK, OK));
        rows.add(new Row("GET /api/cards", () -> get("/api/cards?q=TIME_WAIT&state=new"), UNAUTHORIZED, OK, OK, OK));
        rows.add(new Row("POST /cards/{id}/suspend without a CSRF token",
                () -> given().redirects().follow(false).contentType(ContentType.URLENC).formParam("back", "/cards")
                        .post("/cards/tw-msl-c1/suspend"), LOGIN, BAD_FORM, BAD_FORM, BAD_FORM));
        rows.add(new Row("GET /api/study/due", () -> get("/api/study/due"), UNAUTHORIZED, OK, OK, OK));
        rows.add(new Row("POST /api/study/cards/{id}/grade", () -> json("/api/study/cards/tw-msl-c1/grade", grade()),
                UNAUTHORIZED, OK, OK, OK));
        rows.add(new Row("POST /api/study/undo", () -> json("/api/study/undo", "{}"), UNAUTHORIZED, OK, OK, OK));
        rows.add(new Row("POST /api/study/cards/{id}/bury", () -> json("/api/study/cards/tw-msl-c2/bury", "{}"),
                UNAUTHORIZED, OK, OK, OK));
        rows.add(new Row("POST /api/study/cards/{id}/suspend",
                () -> json("/api/study/cards/tw-msl-c3/suspend", "{\"suspended\":false}"), UNAUTHORIZED, OK, OK, OK));
        rows.add(new Row("POST /api/study/cards/{id}/flag",
                () -> json("/api/study/cards/tw-msl-c3/flag", "{\"flagged\":false}"), UNAUTHORIZED, OK, OK, OK));
        rows.add(new Row("GET /api/study/cards/{id}/history", () -> get("/api/study/cards/tw-msl-c1/history"),
                UNAUTHORIZED, OK, OK, OK));
        rows.add(new Row("GET /api/study/stats", () -> get("/api/study/stats"), UNAUTHORIZED, OK, OK, OK));
        // Cross-site form posts cannot grade: not JSON and no CSRF token.
        rows.add(new Row("POST /api/study/cards/{id}/grade as text/plain",
                () -> given().redirects().follow(false).contentType(ContentType.TEXT).body(grade())
                        .post("/api/study/cards/tw-msl-c1/grade"),
                FORBIDDEN, FORBIDDEN, FORBIDDEN, FORBIDDEN));
        return rows;
    }

    @Test
    void anonymousVisitor() {
        check(Row::anonymous);
    }

    @Test
    @TestSecurity(user = "study-matrix-candidate", roles = Role.CANDIDATE)
    void candidate() {
        check(Row::candidate);
    }

    @Test
    @TestSecurity(user = "study-matrix-mentor", roles = Role.MENTOR)
    void mentor() {
        check(Row::mentor);
    }

    @Test
    @TestSecurity(user = "study-matrix-admin", roles = Role.ADMIN)
    void admin() {
        check(Row::admin);
    }

    private static void check(Function<Row, Integer> expected) {
        List<Executable> checks = new ArrayList<>();
        for (Row row : rows()) {
            int status = expected.apply(row);
            Response response = row.call().get();
            checks.add(() -> {
                assertEquals(status, response.statusCode(), row.name());
                if (status == LOGIN) {
                    assertTrue(response.header("Location").contains("/login"), row.name() + " goes to the login page");
                }
                if (status == UNAUTHORIZED || (status == FORBIDDEN && row.name().contains(" /api/"))) {
                    assertTrue(response.contentType().startsWith("application/problem+json"), row.name());
                }
            });
        }
        assertAll(checks);
    }
}
