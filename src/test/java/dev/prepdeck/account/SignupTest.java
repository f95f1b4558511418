package dev.prepdeck.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** Sign-up with open registration (the default). */
@QuarkusTest
class SignupTest {

    private static Map<String, String> form(String username, String password, String confirm) {
        return Map.of("username", username, "password", password, "passwordConfirm", confirm);
    }

    @Test
    void shouldCreateACandidateAndLogThemIn() {
        FormClient browser = new FormClient();
        browser.submit("/signup", "/signup", form("Jisoo.Kim", "correct horse battery", "correct horse battery"))
                .then().statusCode(303);
        assertTrue(browser.cookies.containsKey("prepdeck-session"), "a new account is logged in at once");
        browser.get("/api/me").then().statusCode(200)
                .body("username", equalTo("jisoo.kim"))
                .body("roles", hasItem("candidate"))
                .body("settings.timeZone", equalTo("Asia/Seoul"))
                .body("settings.learningSteps", equalTo("1m 10m"))
                .body("settings.dayRolloverHour", equalTo(4));
    }

    @Test
    void shouldStoreABcryptHashNotThePassword() {
        new FormClient().submit("/signup", "/signup", form("hash-check", "s3cret-passw0rd", "s3cret-passw0rd"))
                .then().statusCode(303);
        String hash = QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername("hash-check").passwordHash);
        assertTrue(hash.matches("\\$2[aby]?\\$\\d{2}\\$[./A-Za-z0-9]{53}"), "bcrypt modular crypt format: " + hash);
        assertFalse(hash.contains("s3cret"), "the password itself is not stored");

        new FormClient().login("hash-check", "s3cret-passw0rd").then().statusCode(303);
    }

    @Test
    void shouldRejectATakenUsernameWhateverItsCase() {
        new FormClient().submit("/signup", "/signup", form("taken-name", "password-one", "password-one"))
                .then().statusCode(303);
        FormClient second = new FormClient();
        second.submit("/signup", "/signup", form("Taken-NAME", "password-two", "password-two"))
                .then().statusCode(400).body(containsString("id=\"username-error\""));
        assertFalse(second.cookies.containsKey("prepdeck-session"));
        // the first owner's password still works, the second one's does not
        new FormClient().login("taken-name", "password-one").then().statusCode(303);
        new FormClient().login("taken-name", "password-two").then().statusCode(401);
    }

    @Test
    void shouldShowFieldErrorsForBadInput() {
        FormClient browser = new FormClient();
        String page = browser.submit("/signup", "/signup", form("x", "short", "other")).then().statusCode(400)
                .extract().asString();
        assertTrue(page.contains("id=\"username-error\""), "bad username is reported");
        assertTrue(page.contains("id=\"password-error\""), "short password is reported");
        assertTrue(page.contains("id=\"passwordConfirm-error\""), "mismatch is reported");
        assertTrue(page.contains("value=\"x\""), "the typed username is kept");
        assertFalse(page.contains("value=\"short\""), "passwords are never echoed back");

        String tooLong = "가".repeat(25); // 75 bytes in UTF-8: bcrypt would silently ignore the tail
        browser.submit("/signup", "/signup", form("long-password", tooLong, tooLong))
                .then().statusCode(400).body(containsString("id=\"password-error\""));
    }

    @Test
    void shouldShowTheFormWhenRegistrationIsOpen() {
        new FormClient().get("/signup").then().statusCode(200)
                .body(containsString("action=\"/signup\""))
                .body(not(containsString("name=\"invite\"")));
    }

    @Test
    void shouldLetOnlyOneOfTwoSimultaneousSignupsForANameWin() throws Exception {
        FormClient first = new FormClient();
        FormClient second = new FormClient();
        first.get("/signup");
        second.get("/signup");
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(2);
        try {
            List<Future<Integer>> results = new ArrayList<>();
            for (FormClient client : List.of(first, second)) {
                results.add(pool.submit(() -> {
                    start.await(10, TimeUnit.SECONDS);
                    return client.post("/signup", client.cookies.get("csrf-token"),
                            form("race-name", "race-password", "race-password")).statusCode();
                }));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> result : results) {
                statuses.add(result.get(30, TimeUnit.SECONDS));
            }
            statuses.sort(null);
            assertEquals(List.of(303, 400), statuses, "one sign-up wins, the other is told the name is taken");
        } finally {
            pool.shutdownNow();
        }
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> AppUser.count("username", "race-name")));
    }
}
