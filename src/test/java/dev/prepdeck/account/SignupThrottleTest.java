package dev.prepdeck.account;

import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.notNullValue;

import java.util.Map;

import org.jsoup.Jsoup;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;
import io.restassured.response.Response;

/**
 * Behind a reverse proxy, with three sign-ups allowed per client address: a fourth attempt waits and creates no
 * account, and a client cannot dodge the sign-up or login limits by rotating the X-Forwarded-For entry it sends
 * itself, because the limits count the right-most hop, the one the proxy added.
 */
@QuarkusTest
@TestProfile(SignupThrottleTest.BehindProxyWithLowLimit.class)
class SignupThrottleTest {

    private static final String PASSWORD = "tidal basin orchard 93";

    /** Three sign-ups per address and hour; the app sits behind a proxy that appends X-Forwarded-For. */
    public static class BehindProxyWithLowLimit implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of(
                    "prepdeck.signup.max-per-client", "3",
                    "quarkus.http.proxy.proxy-address-forwarding", "true",
                    "quarkus.http.proxy.allow-x-forwarded", "true",
                    "quarkus.datasource.jdbc.url", "jdbc:h2:mem:prepdeck-signup-throttle;MODE=PostgreSQL;"
                            + "DATABASE_TO_LOWER=TRUE;DEFAULT_NULL_ORDERING=HIGH;DB_CLOSE_DELAY=-1");
        }
    }

    @Test
    void shouldRefuseTheFourthSignUpFromOneAddressAndCreateNoAccount() {
        for (int i = 1; i <= 3; i++) {
            signUp("limit-" + i, "198.51.100.7").then().statusCode(303);
        }
        signUp("limit-4", "198.51.100.7").then().statusCode(429)
                .header("Retry-After", notNullValue())
                .body(containsString("Too many sign-up attempts"));
        new FormClient().login("limit-4", PASSWORD).then().statusCode(401);
        signUp("other-address", "198.51.100.8").then().statusCode(303);
    }

    @Test
    void shouldCountTheRightMostForwardedHopNotTheOneTheClientSends() {
        for (int i = 1; i <= 3; i++) {
            signUp("rotate-" + i, "10.9.0." + i + ", 203.0.113.9").then().statusCode(303);
        }
        signUp("rotate-4", "10.9.0.4, 203.0.113.9").then().statusCode(429);
    }

    @Test
    void shouldKeepThrottlingLoginsWhenTheClientRotatesItsOwnForwardedEntry() {
        signUp("target-user", "192.0.2.50").then().statusCode(303);
        for (int i = 1; i <= 5; i++) {
            logIn("target-user", "wrong guess " + i, "10.8.0." + i + ", 192.0.2.51").then().statusCode(401);
        }
        logIn("target-user", "wrong guess 6", "10.8.0.6, 192.0.2.51").then().statusCode(429);
    }

    private static Response signUp(String name, String forwardedFor) {
        return post("/signup", forwardedFor, Map.of("username", name, "password", PASSWORD, "passwordConfirm", PASSWORD));
    }

    private static Response logIn(String name, String password, String forwardedFor) {
        return post("/login", forwardedFor, Map.of("username", name, "password", password));
    }

    private static Response post(String page, String forwardedFor, Map<String, String> fields) {
        FormClient client = new FormClient();
        String token = Jsoup.parse(client.get(page).asString())
                .selectFirst("form[action=" + page + "] input[name=csrf-token]").attr("value");
        var spec = client.request().header("X-Forwarded-For", forwardedFor).header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8").formParam("csrf-token", token);
        for (Map.Entry<String, String> field : fields.entrySet()) {
            spec = spec.formParam(field.getKey(), field.getValue());
        }
        return spec.post(page);
    }
}
