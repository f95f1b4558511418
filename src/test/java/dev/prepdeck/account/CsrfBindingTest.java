package dev.prepdeck.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/**
 * An attacker who holds a valid CSRF token/cookie pair of their own, and gets it into an admin's browser, still
 * cannot make that browser create an admin invite: cross-site requests are refused, and the token is bound to the
 * session it was issued for.
 */
@QuarkusTest
class CsrfBindingTest {

    private static long invites() {
        return QuarkusTransaction.requiringNew().call(() -> Invite.count());
    }

    /** The admin's browser with the attacker's CSRF cookie planted in it. */
    private static FormClient adminWithPlantedCookie(String attackerToken) {
        FormClient admin = new FormClient();
        admin.login("admin", "first-operator-passphrase").then().statusCode(303);
        admin.cookies.put("csrf-token", attackerToken);
        return admin;
    }

    private static Response forge(FormClient browser, Map<String, String> fields, String header, String value) {
        var request = browser.request().contentType("application/x-www-form-urlencoded; charset=UTF-8");
        if (header != null) {
            request = request.header(header, value);
        }
        for (Map.Entry<String, String> field : fields.entrySet()) {
            request = request.formParam(field.getKey(), field.getValue());
        }
        return request.post("/admin/users/invites");
    }

    @Test
    void shouldRefuseAnAttackersTokenPairWithAForeignOrigin() {
        FormClient attacker = new FormClient();
        attacker.get("/login").then().statusCode(200);
        String token = attacker.cookies.get("csrf-token");
        FormClient admin = adminWithPlantedCookie(token);
        long before = invites();

        Map<String, String> form = Map.of("csrf-token", token, "role", Role.ADMIN);
        assertEquals(403, forge(admin, form, "Origin", "https://attacker.example").statusCode());
        assertEquals(403, forge(admin, form, "Sec-Fetch-Site", "cross-site").statusCode());
        assertEquals(403, forge(admin, form, "Sec-Fetch-Site", "same-site").statusCode());
        assertEquals(403, forge(admin, form, "Origin", "null").statusCode());
        assertEquals(before, invites(), "no invite was created");
    }

    @Test
    void shouldRefuseAnAttackersTokenPairBoundToAnotherSessionEvenWithoutOrigin() {
        FormClient attacker = new FormClient();
        attacker.submit("/signup", "/signup", Map.of("username", "csrf-attacker-" + System.nanoTime() % 100000,
                "password", "attacker-password", "passwordConfirm", "attacker-password")).then().statusCode(303);
        String page = attacker.get("/settings").then().statusCode(200).extract().asString();
        String token = Jsoup.parse(page).selectFirst("form[action=/settings] input[name=csrf-token]").attr("value");
        String binding = Jsoup.parse(page).selectFirst("form[action=/settings] input[name=csrf-bind]").attr("value");
        FormClient admin = adminWithPlantedCookie(token);
        long before = invites();

        assertEquals(403, forge(admin, Map.of("csrf-token", token, "role", Role.ADMIN), null, null).statusCode(),
                "no binding at all");
        assertEquals(403, forge(admin, Map.of("csrf-token", token, "csrf-bind", binding, "role", Role.ADMIN),
                null, null).statusCode(), "the attacker's own session's binding");
        assertEquals(before, invites(), "no invite was created");
    }

    @Test
    void shouldAcceptTheAdminsOwnFormFromThisSite() {
        FormClient admin = new FormClient();
        admin.login("admin", "first-operator-passphrase").then().statusCode(303);
        String page = admin.get("/admin/users").then().statusCode(200).extract().asString();
        var form = Jsoup.parse(page).selectFirst("form[action=/admin/users/invites]");
        Map<String, String> fields = new HashMap<>();
        fields.put("csrf-token", form.selectFirst("input[name=csrf-token]").attr("value"));
        fields.put("csrf-bind", form.selectFirst("input[name=csrf-bind]").attr("value"));
        fields.put("role", Role.MENTOR);
        long before = invites();

        int status = forge(admin, fields, "Sec-Fetch-Site", "same-origin").statusCode();
        assertEquals(303, status);
        assertEquals(before + 1, invites());
    }
}
