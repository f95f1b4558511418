package dev.prepdeck.system;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.databind.ObjectMapper;

import dev.prepdeck.account.AccountService;
import dev.prepdeck.account.Role;
import dev.prepdeck.support.WebSession;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** What an operator's Prometheus scrapes from /q/metrics: the app's own counters and gauges next to the built-in ones. */
@QuarkusTest
class MetricsTest {

    private static final ObjectMapper JSON = new ObjectMapper();

    @TestHTTPResource("/")
    URL root;

    @Inject
    AccountService accounts;

    private String base() {
        String url = root.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }

    private String metrics() {
        HttpResponse<String> response = new WebSession().get(base() + "/q/metrics");
        assertEquals(200, response.statusCode());
        return response.body();
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

    private double goodReviews() {
        Matcher m = Pattern.compile("(?m)^prepdeck_reviews_total\\{rating=\"good\"\\} ([0-9.eE+-]+)$").matcher(metrics());
        assertTrue(m.find(), "no good-review counter");
        return Double.parseDouble(m.group(1));
    }
}
