package dev.prepdeck.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.restassured.path.json.JsonPath;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Sessions end when they should: a copy of the cookie stops working after logout, a password change, a role change
 * or account deletion; password change and account deletion in /settings check the password and the CSRF token.
 */
@QuarkusTest
class SessionEndTest {

    @Inject
    AccountService accounts;

    private long fresh(String username, String password) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AppUser old = AppUser.findByUsername(username);
            if (old != null) {
                old.delete();
            }
            return accounts.createUser(username, password, Role.CANDIDATE).id;
        });
    }

    private static FormClient loggedIn(String username, String password) {
        FormClient browser = new FormClient();
        browser.login(username, password).then().statusCode(303);
        browser.get("/api/me").then().statusCode(200).body("username", equalTo(username));
        return browser;
    }

    /** A second browser holding a copy of {@code browser}'s cookies, as a thief of the cookie would. */
    private static FormClient copyOf(FormClient browser) {
        FormClient copy = new FormClient();
        copy.cookies.putAll(browser.cookies);
        return copy;
    }

    @Test
    void shouldRefuseACopiedSessionCookieAfterLogout() {
        fresh("leaver", "leaver-password");
        FormClient browser = loggedIn("leaver", "leaver-password");
        FormClient copy = copyOf(browser);
        browser.submit("/", "/logout", Map.of()).then().statusCode(303);
        copy.get("/api/me").then().statusCode(401);
        copy.get("/settings").then().statusCode(303).header("Location", containsString("/login"));
    }

    @Test
    void shouldChangeThePasswordEndOtherSessionsAndKeepThisOne() {
        fresh("rotator", "rotator-old-pass");
        FormClient here = loggedIn("rotator", "rotator-old-pass");
        FormClient elsewhere = loggedIn("rotator", "rotator-old-pass");

        here.submit("/settings", "/settings/password", Map.of("currentPassword", "rotator-old-pass",
                "newPassword", "a-much-better-secret", "newPasswordConfirm", "a-much-better-secret"))
                .then().statusCode(303).header("Location", containsString("/settings?passwordChanged=true"));

        here.get("/settings?passwordChanged=true").then().statusCode(200)
                .body(containsString("role=\"status\""));
        here.get("/api/me").then().statusCode(200).body("username", equalTo("rotator"));
        elsewhere.get("/api/me").then().statusCode(401);
        new FormClient().login("rotator", "rotator-old-pass").then().statusCode(401);
        new FormClient().login("rotator", "a-much-better-secret").then().statusCode(303);
    }

    @Test
    void shouldRefuseAPasswordChangeWithAWrongCurrentPasswordOrABadNewOne() {
        fresh("careful", "careful-password");
        FormClient browser = loggedIn("careful", "careful-password");

        String wrong = browser.submit("/settings", "/settings/password", Map.of("currentPassword", "guessing-wrong",
                "newPassword", "new-secret-value", "newPasswordConfirm", "new-secret-value"))
                .then().statusCode(400).extract().asString();
        assertTrue(wrong.contains("id=\"currentPassword-error\""), wrong);

        String shortOne = browser.submit("/settings", "/settings/password", Map.of("currentPassword",
                "careful-password", "newPassword", "short", "newPasswordConfirm", "short"))
                .then().statusCode(400).extract().asString();
        assertTrue(shortOne.contains("id=\"newPassword-error\""), shortOne);

        String mismatch = browser.submit("/settings", "/settings/password", Map.of("currentPassword",
                "careful-password", "newPassword", "new-secret-value", "newPasswordConfirm", "new-secret-valve"))
                .then().statusCode(400).extract().asString();
        assertTrue(mismatch.contains("id=\"newPasswordConfirm-error\""), mismatch);

        browser.get("/api/me").then().statusCode(200);
        new FormClient().login("careful", "careful-password").then().statusCode(303);
    }

    @Test
    void shouldRefusePasswordChangeAndDeletionWithoutTheFormsCsrfToken() {
        fresh("forged", "forged-password");
        FormClient browser = loggedIn("forged", "forged-password");
        int changed = browser.post("/settings/password", null, Map.of("currentPassword", "forged-password",
                "newPassword", "attacker-chosen", "newPasswordConfirm", "attacker-chosen")).statusCode();
        int deleted = browser.post("/settings/delete-account", null, Map.of("password", "forged-password"))
                .statusCode();
        assertTrue(changed >= 400 && changed < 500, "status " + changed);
        assertTrue(deleted >= 400 && deleted < 500, "status " + deleted);
        new FormClient().login("forged", "forged-password").then().statusCode(303);
    }

    @Test
    void shouldDeleteTheAccountAndItsProgressOnceThePasswordConfirmsIt() {
        long id = fresh("departing", "departing-password");
        FormClient browser = loggedIn("departing", "departing-password");
        FormClient copy = copyOf(browser);
        JsonPath due = JsonPath.from(browser.get("/api/study/due?limit=1").then().statusCode(200).extract().asString());
        String card = due.getString("cards[0].card.id");
        browser.request().contentType("application/json")
                .body("{\"rating\":3,\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"answerMs\":1500}")
                .post("/api/study/cards/" + card + "/grade").then().log().ifValidationFails().statusCode(200);
        // the grade stores a review and a card state, and may bury the card's siblings (more card states)
        assertTrue(progressRows(id) >= 1, "a review was stored");

        browser.submit("/settings", "/settings/delete-account", Map.of("password", "not-my-password"))
                .then().statusCode(400).body(containsString("id=\"deletePassword-error\""));
        browser.get("/api/me").then().statusCode(200);

        browser.submit("/settings", "/settings/delete-account", Map.of("password", "departing-password"))
                .then().statusCode(303).header("Location", org.hamcrest.Matchers.endsWith("/"));
        assertFalse(browser.cookies.containsKey("prepdeck-session"), "the session cookie is removed");
        copy.get("/api/me").then().statusCode(401);
        assertEquals(0L, progressRows(id), "no review or card state is left");
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername("departing") == null));
        new FormClient().login("departing", "departing-password").then().statusCode(401);
    }

    @Test
    void shouldNotOpenANewAccountWithTheCookieOfADeletedOneOfTheSameName() {
        fresh("reborn", "reborn-password");
        FormClient old = loggedIn("reborn", "reborn-password");
        QuarkusTransaction.requiringNew().run(() -> AppUser.delete("username", "reborn"));
        fresh("reborn", "another-reborn-password");
        old.get("/api/me").then().log().ifValidationFails().statusCode(401);
    }

    @Test
    void shouldKeepTheLastAdminFromDeletingTheirAccount() {
        long lone = QuarkusTransaction.requiringNew().call(() -> {
            AppUser old = AppUser.findByUsername("lone-admin");
            if (old != null) {
                old.delete();
            }
            return accounts.createUser("lone-admin", "lone-admin-password", Role.ADMIN).id;
        });
        FormClient admin = loggedIn("lone-admin", "lone-admin-password");
        // other tests' admins step aside for a moment, so that this one is the only admin
        List<Long> others = QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>list("role", Role.ADMIN)
                .stream().map(u -> u.id).filter(id -> id != lone).toList());
        QuarkusTransaction.requiringNew().run(() -> AppUser.update("role = ?1 where id in ?2", Role.CANDIDATE, others));
        try {
            admin.submit("/settings", "/settings/delete-account", Map.of("password", "lone-admin-password"))
                    .then().statusCode(409).body(containsString("id=\"deletePassword-error\""));
            assertTrue(QuarkusTransaction.requiringNew().call(() -> AppUser.findById(lone) != null));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> {
                AppUser.update("role = ?1 where id in ?2", Role.ADMIN, others);
                AppUser.deleteById(lone);
            });
        }
    }

    private static long progressRows(long userId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            var em = AppUser.getEntityManager();
            long reviews = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM review_log WHERE user_id = ?1")
                    .setParameter(1, userId).getSingleResult()).longValue();
            long states = ((Number) em.createNativeQuery("SELECT COUNT(*) FROM card_state WHERE user_id = ?1")
                    .setParameter(1, userId).getSingleResult()).longValue();
            return Math.max(reviews, states);
        });
    }
}
