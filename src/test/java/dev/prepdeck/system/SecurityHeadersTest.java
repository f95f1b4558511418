package dev.prepdeck.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.ValidatableResponse;

/** Every response carries the security headers; personal pages and the progress export are never cached. */
@QuarkusTest
class SecurityHeadersTest {

    private static void hasSecurityHeaders(ValidatableResponse response) {
        response.header("X-Content-Type-Options", equalTo("nosniff"))
                .header("Content-Security-Policy", containsString("frame-ancestors 'none'"))
                .header("Content-Security-Policy", containsString("script-src 'self'"))
                .header("Referrer-Policy", equalTo("strict-origin-when-cross-origin"));
    }

    @Test
    void shouldSendSecurityHeadersOnPagesApiStaticFilesAndErrors() {
        hasSecurityHeaders(given().get("/").then().statusCode(200));
        hasSecurityHeaders(given().accept("application/json").get("/api/topics").then().statusCode(200));
        hasSecurityHeaders(given().get("/css/app.css").then().statusCode(200));
        hasSecurityHeaders(given().get("/no-such-page").then().statusCode(404));
        hasSecurityHeaders(given().get("/q/health/live").then().statusCode(200));
    }

    @Test
    void shouldNotSendHstsOverPlainHttpOrTrustAForwardedProtoWithoutAProxy() {
        given().get("/").then().statusCode(200).header("Strict-Transport-Security", nullValue());
        given().header("X-Forwarded-Proto", "https").get("/").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }

    @Test
    @TestSecurity(user = "admin", roles = "admin")
    void shouldForbidCachingOfPersonalPagesAndTheProgressExport() {
        for (String path : new String[] {"/settings", "/stats", "/study", "/admin/users"}) {
            given().redirects().follow(false).get(path).then().statusCode(200)
                    .header("Cache-Control", equalTo("no-store"));
        }
        given().get("/api/admin/progress/export").then().statusCode(200).header("Cache-Control", equalTo("no-store"));
        given().get("/").then().statusCode(200).header("Cache-Control", not(equalTo("no-store")));
    }
}
