package dev.prepdeck.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** Invite-only registration: an admin makes a code on /admin/users, it works exactly once. */
@QuarkusTest
@TestProfile(RegistrationProfiles.InviteOnly.class)
class InviteSignupTest {

    private static Map<String, String> form(String username, String invite) {
        return Map.of("username", username, "password", "invite-password", "passwordConfirm", "invite-password",
                "invite", invite);
    }

    /** Logs in as the bootstrapped admin, creates an invite on the admin page and reads its code back. */
    private static String inviteFromAdminPage(String role) {
        FormClient admin = new FormClient();
        admin.login("admin", "first-operator-passphrase").then().statusCode(303);
        admin.submit("/admin/users", "/admin/users/invites", Map.of("role", role)).then().statusCode(303);
        String page = admin.get("/admin/users").then().statusCode(200).extract().asString();
        Element code = Jsoup.parse(page).selectFirst("#invites tr:has(td:containsOwn(" + role + ")) code.invite-code");
        assertNotNull(code, "the new invite is listed on the admin page");
        return code.text();
    }

    @Test
    void shouldAskForAnInviteCode() {
        new FormClient().get("/signup").then().statusCode(200).body(containsString("name=\"invite\""));
        FormClient browser = new FormClient();
        browser.submit("/signup", "/signup", form("no-code", "")).then().statusCode(400)
                .body(containsString("id=\"invite-error\""));
        browser.submit("/signup", "/signup", form("bad-code", "not-a-real-code")).then().statusCode(400)
                .body(containsString("id=\"invite-error\""));
        assertFalse(browser.cookies.containsKey("prepdeck-session"));
    }

    @Test
    void shouldAcceptAnInviteOnceAndGiveItsRole() {
        String code = inviteFromAdminPage("mentor");

        FormClient invited = new FormClient();
        invited.get("/signup?invite=" + code).then().statusCode(200).body(containsString("value=\"" + code + "\""));
        invited.submit("/signup?invite=" + code, "/signup", form("invited-mentor", code)).then().statusCode(303);
        assertTrue(invited.cookies.containsKey("prepdeck-session"));
        invited.get("/api/me").then().statusCode(200)
                .body("username", equalTo("invited-mentor"))
                .body("roles", hasItem("mentor"));

        FormClient second = new FormClient();
        second.submit("/signup", "/signup", form("second-user", code)).then().statusCode(400)
                .body(containsString("id=\"invite-error\""));
        assertFalse(second.cookies.containsKey("prepdeck-session"), "a used code does not open another account");
    }

    @Test
    void shouldKeepTheCodeWhenTheSignupFailsForAnotherReason() {
        String code = inviteFromAdminPage("candidate");
        new FormClient().submit("/signup", "/signup", Map.of("username", "x", "password", "p", "passwordConfirm", "p",
                "invite", code)).then().statusCode(400);
        new FormClient().submit("/signup", "/signup", form("kept-code", code)).then().statusCode(303);
    }
}
