package dev.prepdeck.demo.timewait;

import static io.restassured.RestAssured.given;
import static org.awaitility.Awaitility.await;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.is;
import static org.hamcrest.Matchers.matchesPattern;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.notNullValue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.junit.jupiter.api.Test;

import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;
import io.restassured.specification.RequestSpecification;

/** The REST face of the demo: 201 with Location, snapshots, and clear 4xx answers for bad requests. */
@QuarkusTest
@TestHTTPEndpoint(TimeWaitResource.class)
class TimeWaitResourceTest {

    @Test
    void shouldStartARunAndPointToItsSnapshot() {
        assumeTrue(Files.exists(Path.of("/proc/net/tcp")), "needs the Linux socket table");

        String location = json().queryParam("closer", "client")
                .when().post()
                .then().statusCode(201)
                .header("Location", matchesPattern("/api/demos/time-wait/[A-Za-z0-9_-]+"))
                .body("id", notNullValue())
                .body("closer", is("client"))
                .body("status", is("running"))
                .body("client.role", is("active"))
                .body("server.role", is("passive"))
                .body("client.local", matchesPattern("127\\.0\\.0\\.1:\\d+"))
                .extract().header("Location");
        String id = location.substring(location.lastIndexOf('/') + 1);

        given().basePath("").when().get(location)
                .then().statusCode(200).body("id", is(id));

        await().atMost(Duration.ofSeconds(20)).pollInterval(Duration.ofMillis(200)).until(() -> {
            JsonPath snapshot = given().basePath("").get(location).then().statusCode(200).extract().jsonPath();
            return "TIME_WAIT".equals(snapshot.getString("client.state")) && snapshot.getList("rebind").size() == 3;
        });
        given().basePath("").when().get(location).then()
                .body("client.seen.state", hasItem("TIME_WAIT"))
                .body("server.seen.state", not(hasItem("TIME_WAIT")))
                .body("timeWait.remainingMs", is(org.hamcrest.Matchers.lessThanOrEqualTo(60_000)))
                .body("rebind.outcome", org.hamcrest.Matchers.contains("EADDRINUSE", "EADDRINUSE", "BOUND"))
                .body("ladder.atMs", everyItem(notNullValue()))
                .body("host.tcpMaxTwBuckets", notNullValue())
                .body("host.timeWaitNow", notNullValue());
    }

    @Test
    void shouldStartARunWhereTheServerClosesFirst() {
        assumeTrue(Files.exists(Path.of("/proc/net/tcp")), "needs the Linux socket table");

        json().queryParam("closer", "server")
                .when().post()
                .then().statusCode(201)
                .body("closer", is("server"))
                .body("server.role", is("active"))
                .body("ladder", hasSize(4))
                .body("ladder[0].flags", is("FIN"))
                .body("ladder[0].from", is("server"));
    }

    @Test
    void shouldRejectACloserThatIsNeitherClientNorServer() {
        json().queryParam("closer", "both")
                .when().post()
                .then().statusCode(400)
                .contentType("application/problem+json")
                .body("status", is(400))
                .body("detail", containsString("client or server"));
        json().when().post()
                .then().statusCode(400)
                .contentType("application/problem+json");
    }

    /** A JSON POST, as the widget sends it (CSRF rules refuse body-less cross-site POSTs). */
    static RequestSpecification json() {
        return given().contentType(ContentType.JSON).body("{}");
    }

    @Test
    void shouldAnswerNotFoundForAnUnknownRun() {
        given().when().get("/no-such-run")
                .then().statusCode(404)
                .contentType("application/problem+json")
                .body("detail", containsString("no-such-run"));
        given().accept("text/event-stream").when().get("/no-such-run/events")
                .then().statusCode(404)
                .contentType("application/problem+json");
    }
}
