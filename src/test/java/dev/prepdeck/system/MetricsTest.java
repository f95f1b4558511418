package dev.prepdeck.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.prepdeck.account.AccountService;
import dev.prepdeck.account.Role;
import dev.prepdeck.support.MetricsScrape;
import dev.prepdeck.support.WebSession;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * What an operator's Prometheus scrapes from /q/metrics: the app's own counters and gauges next to the built-in ones,
 * for the scrape token or an admin only, while the health checks stay open to probes.
 */
@QuarkusTest
class MetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    /** {@code %test.prepdeck.admin.password}: the admin created at start-up. */
    private static final String ADMIN_PASSWORD = "first-operator-passphrase";

    @TestHTTPResource("/")
    URL root;

    @Inject
    AccountService accounts;

    private String base() {
        String url = root.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String metrics() {
        HttpResponse<String> response = new WebSession().get(base() + "/q/metrics", "Authorization",
                MetricsScrape.AUTHORIZATION);
        assertEquals(200, response.statusCode());
        return response.body();
    }

    private static void assertRefused(int status, HttpResponse<String> response) throws Exception {
        assertEquals(status, response.statusCode(), response::body);
        assertTrue(response.headers().firstValue("Content-Type").orElse("").startsWith("application/problem+json"),
                "problem JSON, not " + response.headers().firstValue("Content-Type"));
        JsonNode problem = JSON.readTree(response.body());
        assertEquals(status, problem.get("status").asInt());
        assertTrue(problem.get("detail").asText().contains("admin"), problem::toString);
        assertFalse(response.body().contains("jvm_memory_used_bytes"), "no metric leaks into the refusal");
    }

    @Test
    void shouldRefuseAnAnonymousScrapeWithAProblem() throws Exception {
        HttpResponse<String> response = new WebSession().get(base() + "/q/metrics");
        assertRefused(401, response);
        assertEquals("Bearer realm=\"prepdeck-metrics\"", response.headers().firstValue("WWW-Authenticate").orElse(null));
        // the Prometheus text format asked for by a scraper changes nothing, nor does a path variant
        assertRefused(401, new WebSession().get(base() + "/q/metrics", "Accept", "text/plain;version=0.0.4"));
        assertRefused(401, new WebSession().get(base() + "/q/./metrics"));
    }

    @Test
    void shouldRefuseAWrongToken() throws Exception {
        assertRefused(401, new WebSession().get(base() + "/q/metrics", "Authorization", "Bearer not-the-token-at-all"));
        assertRefused(401, new WebSession().get(base() + "/q/metrics", "Authorization",
                "Bearer " + MetricsScrape.TOKEN + "x"));
        assertRefused(401, new WebSession().get(base() + "/q/metrics", "Authorization", "Basic " + MetricsScrape.TOKEN));
    }

    @Test
    void shouldServeTheScrapeTokenAndALoggedInAdminButNotALearner() throws Exception {
        assertTrue(metrics().contains("jvm_memory_used_bytes"), "the token scrapes");

        WebSession admin = new WebSession();
        assertEquals(303, admin.login(base(), "admin", ADMIN_PASSWORD).statusCode());
        HttpResponse<String> asAdmin = admin.get(base() + "/q/metrics");
        assertEquals(200, asAdmin.statusCode());
        assertTrue(asAdmin.body().contains("prepdeck_reviews_total"));

        String name = "scrape-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(name, "a learner's own passphrase", Role.CANDIDATE);
        WebSession learner = new WebSession();
        assertEquals(303, learner.login(base(), name, "a learner's own passphrase").statusCode());
        assertRefused(403, learner.get(base() + "/q/metrics"));
    }

    @Test
    void shouldKeepHealthChecksPublic() {
        WebSession probe = new WebSession();
        for (String path : new String[] {"/q/health", "/q/health/ready", "/q/health/live"}) {
            HttpResponse<String> response = probe.get(base() + path);
            assertEquals(200, response.statusCode(), path);
            assertTrue(response.body().contains("\"UP\""), path + " " + response.body());
        }
    }

    @Test
    void shouldExportTheAppsOwnMetricsForPrometheus() {
        String text = metrics();
        for (String family : new String[] {"prepdeck_reviews_total", "prepdeck_active_users", "prepdeck_demo_runs_total",
                "prepdeck_content_problems"}) {
            assertTrue(Pattern.compile("(?m)^" + family + "(\\{[^}]*\\})? [0-9.eE+-]+$").matcher(text).find(),
                    family + " is missing from /q/metrics");
        }
        assertTrue(text.contains("prepdeck_demo_runs_total{demo=\"dns\"}"), "the DNS demo's runs are counted");
        for (String rating : new String[] {"again", "hard", "good", "easy"}) {
            assertTrue(text.contains("prepdeck_reviews_total{rating=\"" + rating + "\"}"), rating);
        }
        // built-in ones an operator also relies on
        assertTrue(text.contains("http_server_requests_seconds_count"), "request metrics");
        assertTrue(text.contains("jvm_memory_used_bytes"), "JVM metrics");
    }

    @Test
    void shouldCountAGradeAsSoonAsItIsRecorded() throws Exception {
        String name = "metrics-" + UUID.randomUUID().toString().substring(0, 8);
        accounts.createUser(name, "metrics-test-password", Role.CANDIDATE);
        WebSession learner = new WebSession();
        assertEquals(303, learner.login(base(), name, "metrics-test-password").statusCode());
        HttpResponse<String> due = learner.get(base() + "/api/study/due?limit=1");
        assertEquals(200, due.statusCode(), due::body);
        String card = JSON.readTree(due.body()).get("cards").get(0).get("card").get("id").asText();

        double before = goodReviews();
        String grade = "{\"rating\":3,\"idempotencyKey\":\"" + UUID.randomUUID() + "\",\"answerMs\":1000}";
        assertEquals(200, learner.postJson(base() + "/api/study/cards/" + card + "/grade", grade).statusCode());
        assertEquals(before + 1, goodReviews(), 0.0);
        // the same grade sent again is a replay, not another review
        assertEquals(200, learner.postJson(base() + "/api/study/cards/" + card + "/grade", grade).statusCode());
        assertEquals(before + 1, goodReviews(), 0.0);
    }

    @Test
    void shouldCountALiveDemoRunUnderTheDemosName() {
        WebSession visitor = new WebSession();
        HttpResponse<String> run = visitor.postJson(base() + "/api/demos/time-wait?closer=client", "{}");
        assertEquals(201, run.statusCode(), run::body);
        Matcher m = Pattern.compile("(?m)^prepdeck_demo_runs_total\\{demo=\"time-wait\"\\} ([0-9.eE+-]+)$")
                .matcher(metrics());
        assertTrue(m.find(), "no time-wait series in prepdeck_demo_runs_total");
        assertTrue(Double.parseDouble(m.group(1)) >= 1.0);
        assertTrue(metrics().contains("prepdeck_demo_runs_total{demo=\"dns\"}"), "both demos in one family");
    }

    private double goodReviews() {
        Matcher m = Pattern.compile("(?m)^prepdeck_reviews_total\\{rating=\"good\"\\} ([0-9.eE+-]+)$").matcher(metrics());
        assertTrue(m.find(), "no good-review counter");
        return Double.parseDouble(m.group(1));
    }
}
