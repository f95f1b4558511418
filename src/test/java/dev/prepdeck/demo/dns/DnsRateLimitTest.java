package dev.prepdeck.demo.dns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.startsWith;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/** The per-client limit (two traces a minute in this profile) answers 429 with Retry-After. */
@QuarkusTest
@TestProfile(RateLimitProfile.class)
@TestHTTPEndpoint(DnsTraceResource.class)
class DnsRateLimitTest {

    @Test
    void shouldRefuseTheThirdTraceInAMinuteWithRetryAfter() {
        // Rejected input never uses up the allowance.
        for (int i = 0; i < 3; i++) {
            given().accept("application/json").queryParam("name", "10.0.0." + i)
                    .when().get("/trace")
                    .then().statusCode(400);
        }
        for (int i = 0; i < 2; i++) {
            given().accept("application/json").queryParam("name", "example.org")
                    .when().get("/trace")
                    .then().statusCode(200).body("status", equalTo("UNREACHABLE"));
        }
        given().accept("application/json").queryParam("name", "example.org")
                .when().get("/trace")
                .then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"))
                .body("status", equalTo(429))
                .body("detail", containsString("at most 2 per minute"));
        given().accept("text/event-stream").queryParam("name", "example.org")
                .when().get("/trace")
                .then().statusCode(429)
                .contentType(startsWith("application/problem+json"))
                .header("Retry-After", matchesPattern("[1-9][0-9]*"));
    }
}
