package dev.prepdeck.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.Map;

import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.SecretKeySpec;

import jakarta.inject.Inject;

import org.eclipse.microprofile.config.ConfigProvider;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.Cookie;
import io.restassured.response.Response;

/** Drives the real login form: CSRF token, encrypted session cookie, redirect back, logout. */
@QuarkusTest
class LoginFlowTest {

    @Inject
    AccountService accounts;

    @Test
    void shouldLogInThroughTheFormAndUseTheSessionCookie() {
        FormClient browser = new FormClient();
        browser.get("/settings").then().statusCode(303)
                .header("Location", endsWith("/login?next=%2Fsettings"));

        Response login = browser.submit("/login?next=%2Fsettings", "/login",
                Map.of("username", "Admin", "password", "first-operator-passphrase", "next", "/settings"));
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
    void shouldRefuseAnAccountWithANonBcryptHashLikeAWrongPasswordInsteadOf500() {
        accounts.createUser("legacy-hash", "legacy-password-1", "candidate");
        QuarkusTransaction.requiringNew().run(() -> AppUser.update("passwordHash = ?1 where username = ?2",
                "{SHA}W6ph5Mm5Pz8GgiULbPgzG37mj9g=", "legacy-hash"));
        FormClient browser = new FormClient();
        Response login = browser.login("legacy-hash", "legacy-password-1");
        login.then().statusCode(401).contentType(containsString("text/html")).body(containsString("flash error"));
        assertFalse(browser.cookies.containsKey("prepdeck-session"));
    }

    @Test
    void shouldRejectALoginFormWithoutCsrfToken() {
        FormClient browser = new FormClient();
        browser.get("/login");
        Response login = browser.post("/login", null, Map.of("username", "admin", "password", "first-operator-passphrase"));
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

    @Test
    void shouldThrottleRepeatedFailuresForOneUsername() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (AppUser.findByUsername("throttled") == null) {
                accounts.createUser("throttled", "throttled-password", Role.CANDIDATE);
            }
        });
        for (int i = 0; i < 5; i++) {
            new FormClient().login("throttled", "wrong-" + i).then().statusCode(401);
        }
        Response blocked = new FormClient().login("throttled", "throttled-password");
        blocked.then().statusCode(429).header("Retry-After", notNullValue());
        assertNull(blocked.getDetailedCookie("prepdeck-session"), "even the right password waits");
    }

    @Test
    void shouldAcceptASessionCookieMadeByAnotherInstanceWithTheSameKey() throws Exception {
        String sameKey = ConfigProvider.getConfig().getValue("quarkus.http.auth.session.encryption-key", String.class);
        FormClient other = new FormClient();
        String admin = QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = AppUser.findByUsername("admin");
            return "admin:" + user.id + ":" + user.sessionVersion;
        });
        other.cookies.put("prepdeck-session", sessionCookie(sameKey, admin));
        other.get("/api/me").then().statusCode(200).body("username", equalTo("admin"));

        FormClient wrongKey = new FormClient();
        wrongKey.cookies.put("prepdeck-session", sessionCookie("another-instance-key-0123456789abcdef", admin));
        wrongKey.get("/api/me").then().statusCode(401);
    }

    @Test
    void shouldEndTheSessionsOfAUserWhoseRoleChanges() {
        long id = QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = AppUser.findByUsername("promoted");
            return user != null ? user.id : accounts.createUser("promoted", "promoted-password", Role.CANDIDATE).id;
        });
        FormClient browser = new FormClient();
        browser.login("promoted", "promoted-password").then().statusCode(303);
        browser.get("/admin/users").then().statusCode(403);
        accounts.changeRole(id, Role.ADMIN);
        browser.get("/api/me").then().statusCode(401);
        browser.login("promoted", "promoted-password").then().statusCode(303);
        browser.get("/admin/users").then().statusCode(200);
        accounts.changeRole(id, Role.CANDIDATE);
        browser.get("/admin/users").then().statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void shouldShowSettingsChangedElsewhereOnTheNextRequestOfASession() {
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser user = AppUser.findByUsername("retuned");
            if (user == null) {
                user = accounts.createUser("retuned", "retuned-password", Role.CANDIDATE);
            }
            user.settings.newCardsPerDay = 20;
        });
        FormClient browser = new FormClient();
        browser.login("retuned", "retuned-password").then().statusCode(303);
        browser.get("/api/me").then().statusCode(200).body("settings.newCardsPerDay", equalTo(20));
        // as another instance would: straight to the database, nothing in this instance's memory changes
        QuarkusTransaction.requiringNew().run(() -> AppUser.update("settings.newCardsPerDay = 7 where username = ?1",
                "retuned"));
        browser.get("/api/me").then().statusCode(200)
                .body("username", equalTo("retuned"))
                .body("roles", hasItem(Role.CANDIDATE))
                .body("settings.newCardsPerDay", equalTo(7));
    }

    @Test
    void shouldTreatASessionOfADeletedUserAsLoggedOut() throws Exception {
        QuarkusTransaction.requiringNew().run(() -> {
            if (AppUser.findByUsername("short-lived") == null) {
                accounts.createUser("short-lived", "short-lived-password", Role.CANDIDATE);
            }
        });
        FormClient browser = new FormClient();
        browser.login("short-lived", "short-lived-password").then().statusCode(303);
        browser.get("/api/me").then().statusCode(200);
        QuarkusTransaction.requiringNew().run(() -> AppUser.delete("username", "short-lived"));
        Response home = browser.get("/");
        home.then().statusCode(200).body(containsString("href=\"/login\""));
        assertFalse(browser.cookies.containsKey("prepdeck-session"), "the stale cookie is removed");
        browser.get("/login").then().statusCode(200);
    }

    /**
     * Encrypts a session the way every instance does (Quarkus form-auth cookie: AES-256-GCM keyed by
     * SHA-256 of the shared key, over "expiry-millis:ticket"), without going through this instance.
     */
    static String sessionCookie(String key, String ticket) throws Exception {
        SecretKeySpec aes = new SecretKeySpec(MessageDigest.getInstance("SHA-256")
                .digest(key.getBytes(StandardCharsets.UTF_8)), "AES");
        byte[] iv = new byte[12];
        new SecureRandom().nextBytes(iv);
        Cipher cipher = Cipher.getInstance("AES/GCM/NoPadding");
        cipher.init(Cipher.ENCRYPT_MODE, aes, new GCMParameterSpec(128, iv));
        long expiry = System.currentTimeMillis() + 3_600_000;
        byte[] sealed = cipher.doFinal((expiry + ":" + ticket).getBytes(StandardCharsets.UTF_8));
        ByteBuffer message = ByteBuffer.allocate(1 + iv.length + sealed.length);
        message.put((byte) iv.length).put(iv).put(sealed);
        return Base64.getEncoder().encodeToString(message.array());
    }
}
