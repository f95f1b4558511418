package dev.prepdeck.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;

/** Drives the real login form: CSRF token, encrypted session cookie, redirect back, logout. */
@QuarkusTest
class LoginFlowTest {

    @Test
    void shouldLogInThroughTheFormAndUseTheSessionCookie() {
        FormClient browser = new FormClient();
        browser.get("/settings").then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fsettings"));

        Response login = browser.submit("/login?next=%2Fsettings", "/login",
                Map.of("username", "Admin", "password", "admin-test-password", "next", "/settings"));
        login.then().statusCode(303).header("Location", containsString("/settings"));
        Cookie session = login.getDetailedCookie("prepdeck-session");
        assertNotNull(session, "login sets the session cookie");
        assertTrue(session.isHttpOnly(), "the session cookie is HttpOnly");
        assertEquals("Lax", session.getSameSite());
        assertTrue(session.getMaxAge() > 6 * 24 * 3600, "the session outlives the browser for about a week");

        browser.get("/api/me").then().statusCode(200)
                .body("username", equalTo("admin"))
                .body("roles", hasItem("admin"))
                .body("settings.desiredRetention", equalTo(0.9f));
        browser.get("/settings").then().statusCode(200).body(containsString("name=\"desiredRetention\""));
        browser.get("/").then().statusCode(200).body(containsString("action=\"/logout\""));

        browser.submit("/", "/logout", Map.of()).then().statusCode(303);
        assertFalse(browser.cookies.containsKey("prepdeck-session"), "logout removes the session cookie");
        browser.get("/api/me").then().statusCode(401);
    }

    @Test
    void shouldRejectAWrongPasswordWithoutASession() {
        FormClient browser = new FormClient();
        Response login = browser.login("admin", "not-the-password");
        login.then().statusCode(401).body(containsString("flash error"));
        assertFalse(browser.cookies.containsKey("prepdeck-session"));
    }

    @Test
    void shouldRejectALoginFormWithoutCsrfToken() {
        FormClient browser = new FormClient();
        browser.get("/login");
        Response login = browser.post("/login", null, Map.of("username", "admin", "password", "admin-test-password"));
        login.then().statusCode(400);
        assertFalse(browser.cookies.containsKey("prepdeck-session"), "no session without the CSRF token");
    }

    @Test
    void shouldIgnoreAForgedSessionCookie() {
        FormClient browser = new FormClient();
        browser.cookies.put("prepdeck-session", "bm90LWEtcmVhbC1zZXNzaW9u");
        browser.get("/api/me").then().statusCode(401);
        browser.get("/").then().statusCode(200);
    }
}
