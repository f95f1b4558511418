package dev.prepdeck.account;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;

/**
 * Who may call what: anonymous, candidate, mentor and admin against every protected endpoint of accounts,
 * the paths other features will fill (through unannotated probes), and representative public ones.
 */
@QuarkusTest
class SecurityMatrixTest {

    /** What a caller should get. */
    enum Outcome {
        /** 200 with a body. */
        OK(200),
        /** 303 to somewhere other than the login page (a form's normal success). */
        DONE(303),
        /** 303 to /login: a page asked for a logged-in user. */
        LOGIN(303),
        /** 401 problem JSON: an API asked for a logged-in user. */
        UNAUTHORIZED(401),
        /** 403: logged in without the needed role (problem JSON under /api, a page elsewhere). */
        FORBIDDEN(403);

        final int status;

        Outcome(int status) {
            this.status = status;
        }
    }

    static final Outcome OK = Outcome.OK;
    static final Outcome DONE = Outcome.DONE;
    static final Outcome LOGIN = Outcome.LOGIN;
    static final Outcome UNAUTHORIZED = Outcome.UNAUTHORIZED;
    static final Outcome FORBIDDEN = Outcome.FORBIDDEN;

    /** One row: a request and what anonymous / candidate / mentor / admin get. */
    record Row(String name, Function<FormClient, Response> call, Outcome anonymous, Outcome candidate,
            Outcome mentor, Outcome admin) {
    }

    static final String SETTINGS_JSON = """
            {"desiredRetention":0.9,"newCardsPerDay":20,"reviewsPerDay":200,"learningSteps":"1m 10m",
             "relearningSteps":"10m","timeZone":"Asia/Seoul","dayRolloverHour":4,"uiLanguage":"ko"}""";

    static final Map<String, String> SETTINGS_FORM = Map.of("desiredRetention", "0.9", "newCardsPerDay", "20",
            "reviewsPerDay", "200", "learningSteps", "1m 10m", "relearningSteps", "10m", "timeZone", "Asia/Seoul",
            "dayRolloverHour", "4", "uiLanguage", "ko");

    @Inject
    TestUsers users;

    long candidateId;

    @BeforeEach
    void createUsers() {
        candidateId = users.ensure("matrix-candidate", Role.CANDIDATE).id;
        users.ensure("matrix-mentor", Role.MENTOR);
        users.ensure("matrix-admin", Role.ADMIN);
    }

    List<Row> rows() {
        String probe = SecurityProbes.SUFFIX;
        List<Row> rows = new ArrayList<>();
        // public
        rows.add(new Row("GET /", c -> c.get("/"), OK, OK, OK, OK));
        rows.add(new Row("GET /login", c -> c.get("/login"), OK, OK, OK, OK));
        rows.add(new Row("GET /signup", c -> c.get("/signup"), OK, OK, OK, OK));
        rows.add(new Row("GET /css/app.css", c -> c.get("/css/app.css"), OK, OK, OK, OK));
        rows.add(new Row("GET /q/health/live", c -> c.get("/q/health/live"), OK, OK, OK, OK));
        rows.add(new Row("GET /q/openapi", c -> c.get("/q/openapi"), OK, OK, OK, OK));
        rows.add(new Row("GET /q/health/ready", c -> c.get("/q/health/ready"), OK, OK, OK, OK));
        // operators only: an admin, or Prometheus with the scrape token (dev.prepdeck.system.MetricsTest)
        rows.add(new Row("GET /q/metrics", c -> c.get("/q/metrics"), UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK));
        for (String path : List.of("/demos/" + probe, "/api/demos/" + probe, "/topics/tcp-time-wait",
                "/topics/tcp-time-wait/practice", "/practice", "/content/problems", "/api/topics",
                "/api/topics/tcp-time-wait", "/api/cards/tw-who", "/api/content/problems")) {
            rows.add(new Row("GET " + path, c -> c.get(path), OK, OK, OK, OK));
        }
        // logged in
        rows.add(new Row("GET /settings", c -> c.get("/settings"), LOGIN, OK, OK, OK));
        rows.add(new Row("POST /settings", c -> c.post("/settings", csrf(c), SETTINGS_FORM), LOGIN, DONE, DONE, DONE));
        rows.add(new Row("GET /api/me", c -> c.get("/api/me"), UNAUTHORIZED, OK, OK, OK));
        rows.add(new Row("PUT /api/me/settings",
                c -> c.request().contentType("application/json").body(SETTINGS_JSON).put("/api/me/settings"),
                UNAUTHORIZED, OK, OK, OK));
        // the study feature's own endpoints (its full matrix is dev.prepdeck.study.StudySecurityMatrixTest)
        rows.add(new Row("GET /study", c -> c.get("/study"), LOGIN, OK, OK, OK));
        rows.add(new Row("GET /stats", c -> c.get("/stats"), LOGIN, OK, OK, OK));
        rows.add(new Row("GET /api/study/due", c -> c.get("/api/study/due"), UNAUTHORIZED, OK, OK, OK));
        rows.add(new Row("GET /mentor/flags", c -> c.get("/mentor/flags"), LOGIN, FORBIDDEN, OK, OK));
        rows.add(new Row("GET /api/study/export.csv", c -> c.get("/api/study/export.csv"),
                UNAUTHORIZED, OK, OK, OK));
        rows.add(new Row("GET /api/study/history.csv", c -> c.get("/api/study/history.csv"),
                UNAUTHORIZED, OK, OK, OK));
        // mentor or admin
        rows.add(new Row("GET /mentor/" + probe, c -> c.get("/mentor/" + probe), LOGIN, FORBIDDEN, OK, OK));
        rows.add(new Row("GET /api/mentor/" + probe, c -> c.get("/api/mentor/" + probe),
                UNAUTHORIZED, FORBIDDEN, OK, OK));
        rows.add(new Row("POST /api/mentor/content/preview",
                c -> c.request().contentType("application/json")
                        .body("{\"file\":\"x.md\",\"markdown\":\"# x\"}").post("/api/mentor/content/preview"),
                UNAUTHORIZED, FORBIDDEN, OK, OK));
        rows.add(new Row("GET /api/content/export", c -> c.get("/api/content/export"), UNAUTHORIZED, FORBIDDEN, OK, OK));
        rows.add(new Row("GET /api/content/export/{topic}", c -> c.get("/api/content/export/tcp-time-wait"),
                UNAUTHORIZED, FORBIDDEN, OK, OK));
        rows.add(new Row("GET /api/mentor/flags", c -> c.get("/api/mentor/flags"), UNAUTHORIZED, FORBIDDEN, OK, OK));
        rows.add(new Row("POST /api/mentor/flags/{card}/resolve",
                c -> c.request().contentType("application/json").body("{}").post("/api/mentor/flags/tw-msl-c1/resolve"),
                UNAUTHORIZED, FORBIDDEN, OK, OK));
        rows.add(new Row("POST /api/mentor/import/csv",
                c -> c.request().contentType("application/json")
                        .body("{\"topic\":\"x\",\"csv\":\"Q,A\\n\"}").post("/api/mentor/import/csv"),
                UNAUTHORIZED, FORBIDDEN, OK, OK));
        // admin
        rows.add(new Row("POST /api/admin/content/import",
                c -> c.request().contentType("application/json").post("/api/admin/content/import"),
                UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK));
        rows.add(new Row("GET /admin/users", c -> c.get("/admin/users"), LOGIN, FORBIDDEN, FORBIDDEN, OK));
        rows.add(new Row("POST /admin/users/invites",
                c -> c.post("/admin/users/invites", csrf(c), Map.of("role", "candidate")),
                LOGIN, FORBIDDEN, FORBIDDEN, DONE));
        rows.add(new Row("POST /admin/users/{id}/role",
                c -> c.post("/admin/users/" + candidateId + "/role", csrf(c), Map.of("role", "candidate")),
                LOGIN, FORBIDDEN, FORBIDDEN, DONE));
        rows.add(new Row("GET /admin/" + probe, c -> c.get("/admin/" + probe), LOGIN, FORBIDDEN, FORBIDDEN, OK));
        rows.add(new Row("GET /api/admin/users", c -> c.get("/api/admin/users"),
                UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK));
        rows.add(new Row("PUT /api/admin/users/{id}/role",
                c -> c.request().contentType("application/json").body("{\"role\":\"candidate\"}")
                        .put("/api/admin/users/" + candidateId + "/role"),
                UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK));
        rows.add(new Row("GET /api/admin/" + probe, c -> c.get("/api/admin/" + probe),
                UNAUTHORIZED, FORBIDDEN, FORBIDDEN, OK));
        // protected by annotations only
        rows.add(new Row("GET /annotated-" + probe + "/mentor", c -> c.get("/annotated-" + probe + "/mentor"),
                LOGIN, FORBIDDEN, OK, OK));
        rows.add(new Row("GET /api/annotated-" + probe + "/me", c -> c.get("/api/annotated-" + probe + "/me"),
                UNAUTHORIZED, OK, OK, OK));
        return rows;
    }

    /** A CSRF token the way a browser gets one: from a page it loaded before submitting. */
    private static String csrf(FormClient client) {
        client.get("/login");
        return client.cookies.get("csrf-token");
    }

    @Test
    void anonymousVisitor() {
        check(Row::anonymous);
    }

    @Test
    @TestSecurity(user = "matrix-candidate", roles = Role.CANDIDATE)
    void candidate() {
        check(Row::candidate);
    }

    @Test
    @TestSecurity(user = "matrix-mentor", roles = Role.MENTOR)
    void mentor() {
        check(Row::mentor);
    }

    @Test
    @TestSecurity(user = "matrix-admin", roles = Role.ADMIN)
    void admin() {
        check(Row::admin);
    }

    private void check(Function<Row, Outcome> expected) {
        List<Executable> checks = new ArrayList<>();
        for (Row row : rows()) {
            Outcome outcome = expected.apply(row);
            Response response = row.call().apply(new FormClient());
            checks.add(() -> verify(row.name(), outcome, response));
        }
        assertAll(checks);
    }

    private static void verify(String name, Outcome outcome, Response response) {
        assertEquals(outcome.status, response.statusCode(), name + " status");
        String type = response.contentType();
        boolean api = name.contains(" /api/") || name.contains(" /q/metrics");
        switch (outcome) {
            case LOGIN -> assertTrue(response.header("Location").contains("/login"),
                    name + " redirects to the login page, not " + response.header("Location"));
            case DONE -> assertTrue(!response.header("Location").contains("/login"),
                    name + " finishes without asking to log in");
            case UNAUTHORIZED -> assertTrue(type.startsWith("application/problem+json"),
                    name + " answers problem JSON, not " + type);
            case FORBIDDEN -> assertTrue(api ? type.startsWith("application/problem+json") : type.startsWith("text/html"),
                    name + " answers " + (api ? "problem JSON" : "an error page") + ", not " + type);
            default -> {
            }
        }
    }
}
