package dev.prepdeck.demo.timewait;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.is;

import java.util.Map;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.QuarkusTestProfile;
import io.quarkus.test.junit.TestProfile;

/** On a host without Linux's socket table the real run says so, and the page with the simulation still loads. */
@QuarkusTest
@TestHTTPEndpoint(TimeWaitResource.class)
@TestProfile(TimeWaitUnavailableTest.NoProcFs.class)
class TimeWaitUnavailableTest {

    /** Points the demo at a procfs that does not exist, as on macOS or Windows. */
    public static class NoProcFs implements QuarkusTestProfile {
        @Override
        public Map<String, String> getConfigOverrides() {
            return Map.of("prepdeck.timewait.proc-path", "/nonexistent-proc");
        }
    }

    @Test
    void shouldAnswerServiceUnavailableForARealRun() {
        TimeWaitResourceTest.json().queryParam("closer", "client")
                .when().post()
                .then().statusCode(503)
                .contentType("application/problem+json")
                .body("status", is(503))
                .body("detail", containsString("unavailable on this host"));
    }

    @Test
    void shouldStillServeThePageAndTheSimulation() {
        given().basePath("").when().get("/demos/time-wait")
                .then().statusCode(200)
                .body(containsString("data-demo=\"time-wait\""));
        given().basePath("").when().get("/demos/time-wait.js")
                .then().statusCode(200)
                .body(containsString("simulation"));
    }

    @Test
    void shouldStillRejectABadCloserFirst() {
        TimeWaitResourceTest.json().queryParam("closer", "nobody")
                .when().post()
                .then().statusCode(400);
    }
}
