package dev.prepdeck.account;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.not;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.HashMap;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;

/** Per-user settings through the page and the JSON API: validation, storage, language cookie. */
@QuarkusTest
@TestSecurity(user = "settings-user", roles = Role.CANDIDATE)
class SettingsTest {

    @Inject
    TestUsers users;

    @BeforeEach
    void resetUser() {
        long id = users.ensure("settings-user", Role.CANDIDATE).id;
        QuarkusTransaction.requiringNew().run(() -> {
            AppUser user = AppUser.findById(id);
            user.settings = new UserSettings();
        });
    }

    private static String json(String retention, String steps, String zone) {
        return """
                {"desiredRetention":%s,"newCardsPerDay":15,"reviewsPerDay":150,"learningSteps":"%s",
                 "relearningSteps":"10m","timeZone":"%s","dayRolloverHour":5,"uiLanguage":"en"}"""
                .formatted(retention, steps, zone);
    }

    private static Map<String, String> form(String retention) {
        Map<String, String> form = new HashMap<>(Map.of("desiredRetention", retention, "newCardsPerDay", "15",
                "reviewsPerDay", "150", "learningSteps", "2m  15m", "relearningSteps", "10m",
                "timeZone", "Europe/Berlin", "dayRolloverHour", "5", "uiLanguage", "en"));
        return form;
    }

    private static double storedRetention() {
        return QuarkusTransaction.requiringNew()
                .call(() -> AppUser.findByUsername("settings-user").settings.desiredRetention);
    }

    @Test
    void shouldRejectRetentionBelowTheRangeWithAFieldError() {
        given().contentType("application/json").body(json("0.69", "1m 10m", "Asia/Seoul"))
                .put("/api/me/settings")
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", equalTo(400))
                .body("errors.field", hasItem("desiredRetention"));
        assertEquals(0.90, storedRetention(), 1e-9, "nothing is stored");
    }

    @Test
    void shouldAcceptTheHighestAllowedRetention() {
        given().contentType("application/json").body(json("0.99", "1m 10m", "Asia/Seoul"))
                .put("/api/me/settings")
                .then().statusCode(200)
                .body("desiredRetention", equalTo(0.99f))
                .body("uiLanguage", equalTo("en"));
        given().get("/api/me").then().statusCode(200)
                .body("settings.desiredRetention", equalTo(0.99f))
                .body("settings.newCardsPerDay", equalTo(15))
                .body("settings.dayRolloverHour", equalTo(5));
        assertEquals(0.99, storedRetention(), 1e-9);
    }

    @Test
    void shouldRejectUnknownTimeZonesAndMalformedSteps() {
        given().contentType("application/json").body(json("0.9", "1x 10m", "Mars/Olympus"))
                .put("/api/me/settings")
                .then().statusCode(400)
                .body("errors.field", hasItem("learningSteps"))
                .body("errors.field", hasItem("timeZone"));
        given().contentType("application/json").body("{\"desiredRetention\":0.9}")
                .put("/api/me/settings")
                .then().statusCode(400).body("errors.field", hasItem("timeZone"));
    }

    @Test
    void shouldReRenderTheFormWithFieldErrors() {
        FormClient browser = new FormClient();
        String page = browser.submit("/settings", "/settings", form("0.69")).then().statusCode(400)
                .contentType(containsString("text/html")).extract().asString();
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("id=\"desiredRetention-error\""));
        org.junit.jupiter.api.Assertions.assertTrue(page.contains("value=\"0.69\""), "the typed value is kept");
        org.junit.jupiter.api.Assertions.assertFalse(page.contains("id=\"timeZone-error\""), "valid fields pass");
        assertEquals(0.90, storedRetention(), 1e-9);
    }

    @Test
    void shouldSaveFromTheFormAndSwitchTheLanguage() {
        FormClient browser = new FormClient();
        browser.submit("/settings", "/settings", form("0.85")).then().statusCode(303)
                .header("Location", containsString("/settings?saved=true"))
                .cookie("lang", "en");
        assertEquals(0.85, storedRetention(), 1e-9);
        browser.get("/settings").then().statusCode(200)
                .body(containsString("Desired retention"))
                .body(containsString("value=\"2m 15m\""))
                .body(containsString("value=\"Europe/Berlin\""));
    }

    @Test
    void shouldRejectAFormWithoutCsrfToken() {
        FormClient browser = new FormClient();
        browser.get("/settings");
        browser.post("/settings", null, form("0.8")).then().statusCode(400)
                .body(containsString("페이지를 새로고침한 뒤 다시 시도하세요"));
        browser.post("/settings", "forged-token-forged-token-forged-token-xx", form("0.8")).then().statusCode(400);
        assertEquals(0.90, storedRetention(), 1e-9, "a forged form changes nothing");
    }

    @Test
    void shouldRejectNonJsonApiWritesAsCsrf() {
        given().contentType("text/plain").body(json("0.8", "1m", "UTC"))
                .put("/api/me/settings")
                .then().statusCode(403).contentType("application/problem+json");
        // a cross-site <form enctype="text/plain"> needs no preflight; the guard refuses it before any endpoint
        given().contentType("text/plain").body("desiredRetention=0.8").post("/settings")
                .then().statusCode(403);
        assertEquals(0.90, storedRetention(), 1e-9);
    }

    @Test
    void shouldShowSettingsInTheLayoutNav() {
        new FormClient().get("/").then().statusCode(200)
                .body(containsString("href=\"/settings\""))
                .body(not(containsString("href=\"/admin/users\"")));
    }
}
