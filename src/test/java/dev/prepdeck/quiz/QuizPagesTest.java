package dev.prepdeck.quiz;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** The quiz pages driven with their own forms (CSRF token included), the way a browser without scripts would. */
@QuarkusTest
class QuizPagesTest {

    @Inject
    TestUsers users;

    /** Cookies of one visitor, and the page each form was last served on. */
    private final Map<String, String> cookies = new HashMap<>();

    private Response get(String path) {
        // like a browser, never send the fragment
        path = path.replaceFirst("#.*$", "");
        Response r = given().redirects().follow(false).cookies(cookies).header("Accept-Language", "en").get(path);
        r.getDetailedCookies().forEach(c -> cookies.put(c.getName(), c.getValue()));
        return r;
    }

    private Document page(String path) {
        Response r = get(path);
        assertEquals(200, r.statusCode(), () -> path + ": " + r.asString());
        return Jsoup.parse(r.asString());
    }

    /** Posts the form of {@code doc} whose action is {@code action}, with its CSRF token and {@code fields}. */
    private Response submit(Document doc, String action, Map<String, List<String>> fields) {
        Element token = doc.selectFirst("form[action=" + action + "] input[name=csrf-token]");
        assertNotNull(token, "a form posting to " + action + " with a CSRF field");
        return post(action, token.attr("value"), fields);
    }

    private Response post(String action, String token, Map<String, List<String>> fields) {
        RequestSpecification spec = given().redirects().follow(false).cookies(cookies).header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8");
        if (token != null) {
            spec = spec.formParam("csrf-token", token);
        }
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            spec = spec.formParam(field.getKey(), field.getValue().toArray());
        }
        Response r = spec.post(action);
        r.getDetailedCookies().forEach(c -> cookies.put(c.getName(), c.getValue()));
        return r;
    }

    private static String location(Response r) {
        assertEquals(303, r.statusCode(), r::asString);
        String location = r.header("Location");
        return location.replaceFirst("^https?://[^/]+", "");
    }

    private String startQuiz(String topic, String kind, int length) {
        Document start = page("/quiz");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("topic", List.of(topic));
        fields.put("kind", List.of(kind));
        fields.put("length", List.of(String.valueOf(length)));
        String location = location(submit(start, "/quiz", fields));
        assertTrue(location.matches("/quiz/[0-9a-f-]{36}"), location);
        return location.substring("/quiz/".length());
    }

    @Test
    void shouldTakeAWholeClozeQuizWithFormsAsAVisitor() {
        Document start = page("/quiz");
        assertEquals("Quiz", start.selectFirst("h1").text());
        assertEquals(4, start.select("#quiz-start input[name=topic]").size());
        assertNull(start.selectFirst("#quiz-settings"), "visitors have no setting to keep");
        assertTrue(start.select("nav a[href=/quiz]").size() == 1, "the quiz is in the navigation");
        String korean = given().header("Accept-Language", "ko").get("/quiz").then().statusCode(200).extract().asString();
        assertEquals("퀴즈 시작", Jsoup.parse(korean).selectFirst("#quiz-start button[type=submit]").text());

        String id = startQuiz("tcp-time-wait", "cloze", 2);
        Document first = page("/quiz/" + id);
        Element question = first.getElementById("question");
        assertEquals("1", question.attr("data-position"));
        String card1 = question.attr("data-card");
        List<String> answers = QuizAnswers.gapAnswers(card1, "en");
        assertEquals(answers.size(), question.select("input.cloze-input[name=gap]").size());
        assertTrue(first.select("[data-answer]").isEmpty(), "the answer is not in the page");
        answers.forEach(a -> assertFalse(question.selectFirst(".quiz-prompt").html().contains(">" + a + "<"), a));
        assertTrue(first.select("input.cloze-input").first().hasAttr("aria-label"));

        // Without its CSRF token the form is refused and nothing is recorded.
        Response forged = post("/quiz/" + id + "/answer", null, Map.of("position", List.of("1"), "gap", answers));
        assertEquals(400, forged.statusCode());
        assertFalse(page("/quiz/" + id + "?q=1").getElementById("question").attr("data-answered").equals("true"));

        List<String> withParticle = answers.stream().map(a -> a + "에").toList();
        String back = location(submit(first, "/quiz/" + id + "/answer",
                Map.of("position", List.of("1"), "gap", withParticle)));
        assertEquals("/quiz/" + id + "?q=1", back);
        Document verdict = page(back);
        assertEquals("Right.", verdict.selectFirst(".verdict").text());
        assertNull(verdict.selectFirst(".override-form"), "nothing to override on a right answer");

        Document second = page(verdict.getElementById("quiz-next").attr("href"));
        assertEquals("2", second.getElementById("question").attr("data-position"));
        String card2 = second.getElementById("question").attr("data-card");
        List<String> wrong = QuizAnswers.gapAnswers(card2, "en").stream().map(a -> "모르겠음").toList();
        Document wrongVerdict = page(location(submit(second, "/quiz/" + id + "/answer",
                Map.of("position", List.of("2"), "gap", wrong))));
        assertEquals("Wrong.", wrongVerdict.selectFirst(".verdict").text());
        assertEquals(QuizAnswers.gapAnswers(card2, "en").get(0), wrongVerdict.selectFirst(".gap-verdict .expected").text());
        assertTrue(wrongVerdict.selectFirst(".quiz-card-link a").attr("href").endsWith("#card-" + card2));

        Document overridden = page(location(submit(wrongVerdict, "/quiz/" + id + "/override",
                Map.of("position", List.of("2"), "from", List.of("question")))));
        assertTrue(overridden.selectFirst(".verdict").text().contains("marked this as right"));

        Document finish = page(overridden.getElementById("quiz-next").attr("href"));
        assertNotNull(finish.getElementById("quiz-finish"));
        String result = location(submit(finish, "/quiz/" + id + "/finish", Map.of()));
        assertEquals("/quiz/" + id + "/result", result);
        Document score = page(result);
        assertEquals("2 of 2 right (100%)", score.getElementById("quiz-score").text());
        assertNotNull(score.getElementById("quiz-no-mistakes"));
        assertTrue(score.text().contains("Sign in to keep your quizzes"));
        assertEquals("/quiz/" + id + "/result", location(get("/quiz/" + id)), "a finished quiz opens on its score");
    }

    @Test
    void shouldListQuestionsLeftUnansweredAsWrongWithTheirCards() {
        String id = startQuiz("tcp-time-wait", "cloze", 2);
        Document score = page(location(submit(page("/quiz/" + id), "/quiz/" + id + "/finish", Map.of())));
        assertEquals("0 of 2 right (0%)", score.getElementById("quiz-score").text());
        assertEquals("2 unanswered question(s) counted as wrong.", score.getElementById("quiz-unanswered").text());
        assertEquals(2, score.select(".quiz-mistake.is-unanswered").size());
        for (Element mistake : score.select(".quiz-mistake")) {
            assertEquals("Not answered.", mistake.selectFirst(".verdict").text());
            assertTrue(mistake.selectFirst(".quiz-card-link a").attr("href").endsWith("#card-" + mistake.attr("data-card")));
            assertNull(mistake.selectFirst(".override-form"), "nothing answered, nothing to claim right");
        }
    }

    @Test
    void shouldMoveOrderingStepsWithoutScriptsAndKeepTheFocus() {
        String id = startQuiz("browser-github", "order", 1);
        Document page = page("/quiz/" + id);
        List<String> shown = page.select("#steps .order-step").eachAttr("data-step");
        assertTrue(shown.size() >= 3, shown::toString);
        assertTrue(page.selectFirst("#steps button.move[value=0:up]").hasAttr("disabled"));

        Map<String, List<String>> move = new LinkedHashMap<>();
        move.put("position", List.of("1"));
        move.put("step", shown);
        move.put("move", List.of("0:down"));
        String back = location(submit(page, "/quiz/" + id + "/answer", move));
        assertTrue(back.contains("focus=1-down"), back);
        Document moved = page(back);
        List<String> now = moved.select("#steps .order-step").eachAttr("data-step");
        List<String> expected = new ArrayList<>(shown);
        java.util.Collections.swap(expected, 0, 1);
        assertEquals(expected, now, "the step moved down one place and stays there on reload");
        assertTrue(moved.selectFirst("#steps button.move[value=1:down]").hasAttr("autofocus"),
                () -> "the focus stays on the button that moved the step: " + moved.select("#steps").outerHtml());

        List<String> right = now.stream().sorted().toList();
        Document verdict = page(location(submit(moved, "/quiz/" + id + "/answer",
                Map.of("position", List.of("1"), "step", right))));
        assertEquals("Right.", verdict.selectFirst(".verdict").text());
        assertEquals(right.size(), verdict.select(".right-order li").size());
    }

    @Test
    @TestSecurity(user = "quiz-page-learner", roles = Role.CANDIDATE)
    void shouldScheduleMistakesShowHistoryAndRetryTheMissedOnes() {
        users.ensure("quiz-page-learner", Role.CANDIDATE);
        Document start = page("/quiz");
        assertNotNull(start.selectFirst("#quiz-settings input[name=feedReviews][checked]"), "on by default");
        String id = startQuiz("dns-answer-ip", "choice", 1);
        Document question = page("/quiz/" + id);
        String card = question.getElementById("question").attr("data-card");
        int wrongOption = QuizAnswers.wrong("choice", card, "en", 0).options().get(0);
        assertEquals(1, question.select(".quiz-option").first().select("input").size(), "one control per option");
        assertTrue(question.select(".quiz-options ol").isEmpty(), "no second list numbering next to the letters");

        Document empty = Jsoup.parse(submit(question, "/quiz/" + id + "/answer", Map.of("position", List.of("1")))
                .then().statusCode(400).extract().asString());
        assertEquals("Pick an answer first.", empty.getElementById("quiz-error").text());

        Document verdict = page(location(submit(question, "/quiz/" + id + "/answer",
                Map.of("position", List.of("1"), "option", List.of(String.valueOf(wrongOption))))));
        assertEquals("Wrong.", verdict.selectFirst(".verdict").text());
        assertEquals(1, verdict.select(".option-verdict.is-picked.is-mistaken").size());
        assertTrue(verdict.select(".option-verdict.is-mistaken.is-picked .badge.right").isEmpty(),
                "the wrong pick is not labelled right");
        assertFalse(verdict.text().contains("✔"));

        Document score = page(location(submit(page("/quiz/" + id), "/quiz/" + id + "/finish", Map.of())));
        assertEquals("0 of 1 right (0%)", score.getElementById("quiz-score").text());
        assertTrue(score.getElementById("quiz-scheduled").text().startsWith("1 missed card(s) are now due"));
        Element mistake = score.getElementById("mistake-1");
        assertEquals(card, mistake.attr("data-card"));
        assertNotNull(mistake.selectFirst(".option-explanation"), "the mistake is explained");
        given().get("/api/study/cards/" + card + "/history").then().statusCode(200)
                .body("reviews[0].grade", org.hamcrest.Matchers.equalTo("again"));

        Document history = page("/quiz/history");
        Element row = history.selectFirst("#history-quizzes tr[data-quiz=" + id + "]");
        assertTrue(row.text().contains("0 / 1 (0%)"), row.text());
        assertNotNull(history.selectFirst("#history-topics tr[data-topic=dns-answer-ip]"));
        String retry = location(submit(score, "/quiz/" + id + "/retry", Map.of()));
        Document again = page(retry);
        assertEquals(card, again.getElementById("question").attr("data-card"), "the missed card is asked again");

        location(submit(page("/quiz"), "/quiz/settings", Map.of()));
        assertNull(page("/quiz").selectFirst("#quiz-settings input[name=feedReviews][checked]"));
    }

    @Test
    void shouldShowClearErrorsForBadInput() {
        Document start = page("/quiz");
        Response bad = submit(start, "/quiz", Map.of("length", List.of("lots")));
        assertEquals(400, bad.statusCode());
        assertEquals("Questions must be a whole number from 1 to 50.",
                Jsoup.parse(bad.asString()).getElementById("quiz-error").text());
        Response none = submit(page("/quiz"), "/quiz", Map.of("topic", List.of("dns-answer-ip"),
                "kind", List.of("order"), "length", List.of("60")));
        assertEquals(400, none.statusCode());
        Response missing = get("/quiz/00000000-0000-0000-0000-000000000000");
        assertEquals(404, missing.statusCode());
        assertTrue(missing.contentType().startsWith("text/html"));
        assertEquals(303, get("/quiz/history").statusCode(), "history needs an account: to the login page");
    }
}
