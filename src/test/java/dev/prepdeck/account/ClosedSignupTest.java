package dev.prepdeck.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Closed registration: no form, and a forged submission is refused; the configured admin still exists. */
@QuarkusTest
@TestProfile(RegistrationProfiles.Closed.class)
class ClosedSignupTest {

    @Test
    void shouldRefuseSignups() {
        FormClient browser = new FormClient();
        browser.get("/signup").then().statusCode(200)
                .body(not(containsString("action=\"/signup\"")));
        String token = browser.cookies.get("csrf-token");
        browser.post("/signup", token, Map.of("username", "sneaky", "password", "sneaky-password",
                "passwordConfirm", "sneaky-password")).then().statusCode(403);
        assertFalse(browser.cookies.containsKey("prepdeck-session"));
        new FormClient().login("sneaky", "sneaky-password").then().statusCode(401);
    }

    @Test
    void shouldStillLetTheConfiguredAdminIn() {
        new FormClient().login("admin", "first-operator-passphrase").then().statusCode(303);
    }
}
