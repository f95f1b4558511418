package dev.prepdeck.system;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** Behind a TLS-terminating proxy the app sees plain HTTP; HSTS follows what the trusted proxy says. */
@QuarkusTest
@TestProfile(SecurityHeadersBehindProxyTest.BehindProxy.class)
class SecurityHeadersBehindProxyTest {

    /** Forwarded headers trusted, on a database of its own. */
    public static class BehindProxy implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:prepdeck-proxy"
                            + ";MODE=PostgreSQL;DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void shouldSendHstsWhenTheProxySaysTheClientUsedHttps() {
        given().header("X-Forwarded-Proto", "https").get("/").then().statusCode(200)
                .header("Strict-Transport-Security", equalTo(SecurityHeaders.HSTS));
        given().header("X-Forwarded-Proto", "http").get("/").then().statusCode(200)
                .header("Strict-Transport-Security", nullValue());
    }
}
