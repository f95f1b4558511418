package dev.prepdeck.demo.timewait;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;

import dev.prepdeck.support.MetricsScrape;
import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;

/** The standalone page, the widget's files and the run counter. */
@QuarkusTest
@TestHTTPEndpoint(TimeWaitPages.class)
class TimeWaitPagesTest {

    @Test
    void shouldRenderTheStandalonePageInKoreanByDefault() {
        given().when().get()
                .then().statusCode(200)
                .contentType(containsString("text/html"))
                .body(containsString("<div class=\"demo-slot\" data-demo=\"time-wait\" data-lang=\"ko\">"))
                .body(containsString("<script type=\"module\" src=\"/demos/time-wait.js\"></script>"))
                .body(containsString("TIME_WAIT 라이브 데모"));
    }

    @Test
    void shouldRenderTheStandalonePageInEnglishWhenChosen() {
        given().cookie("lang", "en").when().get()
                .then().statusCode(200)
                .body(containsString("data-lang=\"en\""))
                .body(containsString("TIME_WAIT live demo"));
    }

    @Test
    void shouldServeTheWidgetAndItsStylesWithoutABuildStep() {
        given().basePath("").when().get("/demos/time-wait.js")
                .then().statusCode(200)
                .contentType(containsString("javascript"))
                .body(containsString("[data-demo=\"time-wait\"]"));
        given().basePath("").when().get("/css/demo-time-wait.css")
                .then().statusCode(200)
                .contentType(containsString("css"));
    }

    @Test
    void shouldCountEveryStartedRunForPrometheus() {
        assumeTrue(Files.exists(Path.of("/proc/net/tcp")), "needs the Linux socket table");
        double before = runsCounted();

        TimeWaitResourceTest.json().basePath(TimeWaitResource.BASE).queryParam("closer", "server").post()
                .then().statusCode(201);

        assertEquals(before + 1, runsCounted());
    }

    private static double runsCounted() {
        String metrics = MetricsScrape.text();
        Matcher m = Pattern.compile("(?m)^prepdeck_demo_runs_total\\{[^}]*demo=\"time-wait\"[^}]*\\} (\\S+)$")
                .matcher(metrics);
        return m.find() ? Double.parseDouble(m.group(1)) : 0;
    }
}
