package dev.prepdeck.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The first admin comes from configuration (prepdeck.admin.*, set in the test profile), only once. */
@QuarkusTest
class AdminBootstrapTest {

    @Inject
    AccountService accounts;

    @Test
    void shouldCreateTheConfiguredAdminOnAnEmptyDatabase() {
        AppUser admin = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername("admin"));
        assertNotNull(admin, "the admin from configuration exists");
        assertEquals(Role.ADMIN, admin.role);
        assertTrue(admin.passwordHash.startsWith("$2"), "the admin's password is stored as bcrypt");
        new FormClient().login("admin", "first-operator-passphrase").then().statusCode(303);
    }

    @Test
    void shouldNotCreateAnotherAdminOnceUsersExist() {
        long before = QuarkusTransaction.requiringNew().call(() -> AppUser.count());
        assertFalse(accounts.bootstrapAdmin(), "a second start leaves the users alone");
        long after = QuarkusTransaction.requiringNew().call(() -> AppUser.count());
        assertEquals(before, after);
    }

    @Test
    void shouldNeverLetTheLastAdminLoseTheRole() {
        QuarkusTransaction.requiringNew().run(() -> AppUser.update("role = ?1 where role = ?2 and username <> ?3",
                Role.CANDIDATE, Role.ADMIN, "admin"));
        long adminId = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername("admin").id);
        assertThrows(AccountService.LastAdmin.class, () -> accounts.changeRole(adminId, Role.CANDIDATE));
        assertEquals(Role.ADMIN, QuarkusTransaction.requiringNew().call(() -> AppUser.<AppUser>findById(adminId).role));
    }
}
