package dev.prepdeck.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The first admin from configuration meets the sign-up form's password rules, and the operator is told which one failed. */
class ConfiguredAdminRulesTest {

    @Test
    void shouldRefuseAnAdminPasswordBuiltOnTheUsername() {
        assertEquals(List.of("PREPDECK_ADMIN_PASSWORD must not contain the username"),
                AccountService.configuredAdminProblems("admin", "Admin-2026-password"));
        assertEquals(List.of("PREPDECK_ADMIN_PASSWORD must not contain the username"),
                AccountService.configuredAdminProblems("Owner", "the owner himself"));
    }

    @Test
    void shouldRefuseACommonAdminPassword() {
        assertEquals(List.of("PREPDECK_ADMIN_PASSWORD is one of the most common passwords"),
                AccountService.configuredAdminProblems("owner", "Password123"));
    }

    @Test
    void shouldStillRefuseAShortAdminPasswordAndABadUsername() {
        List<String> problems = AccountService.configuredAdminProblems("x", "short");
        assertEquals(2, problems.size(), problems::toString);
        assertTrue(problems.get(0).startsWith("PREPDECK_ADMIN_USERNAME must be"), problems::toString);
        assertTrue(problems.get(1).startsWith("PREPDECK_ADMIN_PASSWORD must be at least 8"), problems::toString);
    }

    @Test
    void shouldAcceptAPasswordTheSignUpFormAccepts() {
        assertEquals(List.of(), AccountService.configuredAdminProblems("admin", "first-operator-passphrase"));
    }

    @Test
    void shouldNameTheRuleButNeverThePassword() {
        String message = new AccountService.AdminRefused(
                AccountService.configuredAdminProblems("admin", "admin-secret-42")).getMessage();
        assertTrue(message.contains("must not contain the username"), message);
        assertTrue(message.contains("PREPDECK_ADMIN_PASSWORD"), message);
        assertTrue(!message.contains("admin-secret-42"), message);
    }
}
