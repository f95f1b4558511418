package dev.prepdeck.account;

import static org.hamcrest.Matchers.equalTo;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import dev.prepdeck.support.PostgresProfile;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The account migrations and queries on the real PostgreSQL server. */
@QuarkusTest
@Tag("postgresql")
@TestProfile(PostgresProfile.class)
class AccountPostgresTest {

    @Inject
    AccountService accounts;

    @Inject
    EntityManager em;

    @Test
    void shouldBootstrapTheAdminAndLogInThroughTheForm() {
        FormClient browser = new FormClient();
        browser.login("ADMIN", "first-operator-passphrase").then().statusCode(303);
        browser.get("/api/me").then().statusCode(200).body("username", equalTo("admin"));
        browser.get("/admin/users").then().statusCode(200);
    }

    @Test
    void shouldKeepUsernamesUniqueIgnoringCase() {
        accounts.createUser("Pg.User", "pg-password", Role.CANDIDATE);
        AccountService.SignupRejected rejected = assertThrows(AccountService.SignupRejected.class,
                () -> accounts.createUser("PG.USER", "pg-password", Role.CANDIDATE));
        assertEquals("err_username_taken", rejected.errors.get("username"));
        // the database itself refuses a name that was not folded to lower case
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "INSERT INTO app_user (id, username, password_hash) VALUES (-1, 'Mixed', 'x')").executeUpdate()));
    }

    @Test
    void shouldUseAnInviteOnlyOnce() {
        Invite invite = accounts.createInvite(null, Role.MENTOR);
        long first = accounts.createUser("pg-invitee-1", "pg-password", Role.CANDIDATE).id;
        long second = accounts.createUser("pg-invitee-2", "pg-password", Role.CANDIDATE).id;
        Instant now = Instant.now();
        assertTrue(QuarkusTransaction.requiringNew().call(() -> Invite.claim(invite.code, first, now)));
        assertFalse(QuarkusTransaction.requiringNew().call(() -> Invite.claim(invite.code, second, now)));
        List<Invite> open = QuarkusTransaction.requiringNew().call(() -> Invite.listOpen(Instant.now()));
        assertTrue(open.stream().noneMatch(i -> i.code.equals(invite.code)), "a used invite is no longer listed");
    }

    @Test
    void shouldStoreSettingsAndEnforceTheRetentionRange() {
        long id = accounts.createUser("pg-settings", "pg-password", Role.CANDIDATE).id;
        accounts.updateSettings(id, new SettingsForm(new BigDecimal("0.99"), 30, 300, "1m 5m 1h", "5m",
                "America/New_York", 0, "en"));
        UserSettings stored = QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>findById(id).settings);
        assertEquals(0.99, stored.desiredRetention, 1e-9);
        assertEquals("1m 5m 1h", stored.learningSteps);
        assertEquals("America/New_York", stored.zoneId().getId());
        assertThrows(RuntimeException.class, () -> QuarkusTransaction.requiringNew().run(() -> em.createNativeQuery(
                "UPDATE app_user SET desired_retention = 0.5 WHERE id = " + id).executeUpdate()));
    }

    @Test
    void shouldListAndSearchUsersForAdmins() {
        accounts.createUser("pg-search-a", "pg-password", Role.CANDIDATE);
        accounts.createUser("pg-search-b", "pg-password", Role.MENTOR);
        List<String> names = QuarkusTransaction.requiringNew().call(() -> AppUser.listPage("PG-SEARCH", 0, 50))
                .stream().map(u -> u.username).toList();
        assertEquals(List.of("pg-search-a", "pg-search-b"), names);
        assertEquals(2L, QuarkusTransaction.requiringNew().call(() -> AppUser.countMatching("pg-search")));
    }
}
