package dev.prepdeck.account;

import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Sign-up and password change refuse common passwords and passwords built on the username. */
@QuarkusTest
class PasswordRulesTest {

    @Inject
    AccountService accounts;

    private static Map<String, String> signup(String username, String password) {
        return Map.of("username", username, "password", password, "passwordConfirm", password);
    }

    @Test
    void shouldRefuseACommonPasswordAtSignUp() {
        new FormClient().submit("/signup", "/signup", signup("common-pick", "Password123"))
                .then().statusCode(400).body(containsString("id=\"password-error\""))
                .body(containsString("너무 흔한 비밀번호"));
        assertTrue(QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername("common-pick") == null));
    }

    @Test
    void shouldRefuseAPasswordContainingTheUsernameAtSignUp() {
        new FormClient().submit("/signup", "/signup", signup("minji.park", "minji.park2025"))
                .then().statusCode(400).body(containsString("비밀번호에 아이디를 넣을 수 없습니다"));
        new FormClient().submit("/signup", "/signup", signup("minji.park", "a calm grey harbour"))
                .then().statusCode(303);
    }

    @Test
    void shouldRefuseACommonPasswordWhenChangingIt() {
        QuarkusTransaction.requiringNew().run(() -> {
            if (AppUser.findByUsername("changer") == null) {
                accounts.createUser("changer", "changer-start-pass", Role.CANDIDATE);
            }
        });
        FormClient browser = new FormClient();
        browser.login("changer", "changer-start-pass").then().statusCode(303);
        browser.submit("/settings", "/settings/password", Map.of("currentPassword", "changer-start-pass",
                "newPassword", "qwertyuiop", "newPasswordConfirm", "qwertyuiop"))
                .then().statusCode(400).body(containsString("id=\"newPassword-error\""));
        new FormClient().login("changer", "changer-start-pass").then().statusCode(303);
    }
}
