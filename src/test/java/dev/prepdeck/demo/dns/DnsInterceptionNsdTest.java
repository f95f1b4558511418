package dev.prepdeck.demo.dns;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.lessThan;
import static org.hamcrest.Matchers.not;

import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * On a network that intercepts DNS the "root" answers NXDOMAIN with RA at once; the demo must say so and fall back
 * to the recorded trace instead of presenting the false answer as live.
 */
@QuarkusTest
@TestProfile(InterceptingRootResource.Profile.class)
@Tag("nsd")
class DnsInterceptionNsdTest {

    @Test
    void shouldReportInterceptionInsteadOfALiveNxdomain() {
        given().accept("application/json").queryParam("name", "www.github.com").queryParam("type", "A")
                .when().get("/api/demos/dns/trace").then().statusCode(200)
                .body("status", equalTo("INTERCEPTED"))
                .body("recorded", equalTo(false))
                .body("recordedTraceUrl", equalTo("/api/demos/dns/recorded"))
                .body("message", containsString("Your network is intercepting DNS"))
                .body("message", containsString("recursion available (RA) from a root server"))
                .body("message", containsString("no SOA, so no negative-cache time"))
                .body("message", containsString("showing a recorded trace"))
                .body("message", not(containsString("?")))
                .body("steps[0].outcome", equalTo("INTERCEPTED"))
                .body("steps[0].flags.ra", equalTo(true))
                .body("steps[0].serverAddress", equalTo(InterceptingRootResource.ADDRESS))
                .body("steps.size()", lessThan(3));
    }

    @Test
    void shouldServeTheRecordedTraceItFallsBackTo() {
        given().accept("application/json").when().get("/api/demos/dns/recorded").then().statusCode(200)
                .body("recorded", equalTo(true))
                .body("status", equalTo("ANSWER"))
                .body("recordedNote", containsString("not a live lookup"));
    }

    @Test
    void shouldCarryThePlainNoticeInBothLanguagesOnThePage() {
        given().header("Accept-Language", "ko").when().get("/demos/dns").then().statusCode(200)
                .body(containsString("data-intercepted-notice=\"네트워크가 DNS를 가로채고 있습니다. 실시간 응답 대신 녹화된 추적을 보여 드립니다.\""));
        given().header("Accept-Language", "en").when().get("/demos/dns").then().statusCode(200)
                .body(containsString("data-intercepted-notice=\"Your network is intercepting DNS; showing a recorded trace"
                        + " instead of the live one.\""));
    }
}
