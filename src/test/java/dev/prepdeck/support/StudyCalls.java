package dev.prepdeck.support;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/** The sign-up and study calls that tests of servers started as processes make through a {@link WebSession}. */
public final class StudyCalls {

    public static final ObjectMapper JSON = new ObjectMapper();

    private StudyCalls() {
    }

    /** Signs {@code username} up on the server at {@code baseUrl} and returns their logged-in session. */
    public static WebSession newLearner(String baseUrl, String username, String password) {
        WebSession session = new WebSession();
        assertEquals(303, session.signup(baseUrl, username, password).statusCode());
        if (session.cookie("prepdeck-session") == null) {
            assertEquals(303, session.login(baseUrl, username, password).statusCode());
        }
        return session;
    }

    /** Signs up {@code count} learners named {@code prefix-<n>-<random>} and returns their logged-in sessions. */
    public static List<WebSession> newLearners(String baseUrl, String prefix, int count, String password) {
        List<WebSession> learners = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            learners.add(newLearner(baseUrl, prefix + "-" + i + "-" + UUID.randomUUID().toString()
                    .substring(0, 6), password));
        }
        return learners;
    }

    /** The id of the first card the learner's review queue shows. */
    public static String nextDueCard(WebSession learner, String baseUrl) throws IOException {
        HttpResponse<String> due = learner.get(baseUrl + "/api/study/due?limit=1");
        assertEquals(200, due.statusCode(), due::body);
        JsonNode cards = JSON.readTree(due.body()).get("cards");
        assertTrue(cards.size() > 0, due::body);
        return cards.get(0).get("card").get("id").asText();
    }

    /** Grades {@code card} "good" (3) with the idempotency key {@code key}. */
    public static HttpResponse<String> grade(WebSession learner, String baseUrl, String card, String key) {
        return learner.postJson(baseUrl + "/api/study/cards/" + card + "/grade",
                "{\"rating\":3,\"idempotencyKey\":\"" + key + "\",\"answerMs\":2100}");
    }

    /** The learner's reviews of {@code card}, oldest first, as the card's history lists them. */
    public static JsonNode reviews(WebSession learner, String baseUrl, String card) throws IOException {
        HttpResponse<String> history = learner.get(baseUrl + "/api/study/cards/" + card + "/history");
        assertEquals(200, history.statusCode(), history::body);
        return JSON.readTree(history.body()).get("reviews");
    }
}
