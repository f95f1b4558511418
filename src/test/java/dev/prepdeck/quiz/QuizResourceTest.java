package dev.prepdeck.quiz;

import static io.restassured.RestAssured.given;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.everyItem;
import static org.hamcrest.Matchers.hasSize;
import static org.hamcrest.Matchers.not;
import static org.hamcrest.Matchers.nullValue;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.Test;

import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import io.quarkus.test.common.http.TestHTTPEndpoint;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.path.json.JsonPath;

/** The quiz API as a client sees it: start, answer, override, finish, score, history, retry, reviews fed. */
@QuarkusTest
@TestHTTPEndpoint(QuizResource.class)
class QuizResourceTest {

    @Inject
    TestUsers users;

    @Inject
    QuizService quizzes;

    @Inject
    dev.prepdeck.support.TestClock clock;

    private static JsonPath start(Object body, String lang) {
        return given().contentType(ContentType.JSON).header("Accept-Language", lang).body(body)
                .when().post()
                .then().statusCode(201).contentType(containsString("json"))
                .header("Location", containsString("/api/quiz/"))
                .extract().jsonPath();
    }

    private static JsonPath answer(String quiz, int position, QuizAnswer answer) {
        return given().contentType(ContentType.JSON).body(answer)
                .when().post(quiz + "/questions/" + position + "/answer")
                .then().statusCode(200).extract().jsonPath();
    }

    /** The learner's reviews of a card, from the study API (outside this endpoint's path). */
    private static io.restassured.response.ValidatableResponse studyHistory(String card) {
        return given().basePath("/api/study").get("cards/" + card + "/history").then().statusCode(200);
    }

    private static JsonPath post(String path) {
        return given().contentType(ContentType.JSON).body("{}").when().post(path)
                .then().statusCode(200).extract().jsonPath();
    }

    /** Starts a new quiz of the missed questions of finished quiz {@code id}. */
    private static JsonPath retry(String id) {
        return given().contentType(ContentType.JSON).body("{}").when().post(id + "/retry")
                .then().statusCode(201).extract().jsonPath();
    }

    /** Answers every question of a quiz: right when {@code rightWhen} says so for its position, else wrong. */
    private static void answerAll(JsonPath quiz, String lang, java.util.function.IntPredicate rightWhen) {
        String id = quiz.getString("id");
        List<Map<String, Object>> questions = quiz.getList("questions");
        for (Map<String, Object> q : questions) {
            int position = (Integer) q.get("position");
            String kind = (String) q.get("kind");
            String card = (String) q.get("cardId");
            int steps = ((List<?>) q.get("steps")).size();
            QuizAnswer given = rightWhen.test(position) ? QuizAnswers.right(kind, card, lang, steps)
                    : QuizAnswers.wrong(kind, card, lang, steps);
            answer(id, position, given);
        }
    }

    @Test
    void shouldDrawTheChosenTopicsKindsAndLengthWithoutGivingAnswersAway() {
        JsonPath quiz = start(Map.of("topics", List.of("tcp-time-wait"), "length", 4, "kinds", List.of("cloze")), "ko");
        assertEquals(4, quiz.getInt("total"));
        assertEquals(List.of("tcp-time-wait"), quiz.getList("topics"));
        assertEquals(List.of("cloze"), quiz.getList("kinds"));
        assertEquals(1, quiz.getInt("next"));
        List<Map<String, Object>> questions = quiz.getList("questions");
        assertEquals(4, questions.size());
        for (Map<String, Object> q : questions) {
            assertEquals("cloze", q.get("kind"));
            assertEquals("tcp-time-wait", q.get("topicId"));
            String prompt = (String) q.get("prompt");
            assertFalse(prompt.contains("data-answer"), prompt);
            for (String answer : QuizAnswers.gapAnswers((String) q.get("cardId"), "ko")) {
                assertFalse(prompt.contains(">" + answer + "<"), "the gap's answer is not in the question: " + prompt);
            }
            assertTrue((Integer) q.get("gapCount") >= 1);
            assertNull(q.get("feedback"));
        }

        JsonPath mixed = start(Map.of("length", 12), "en");
        assertEquals(12, mixed.getInt("total"));
        assertEquals(List.of("choice", "order", "cloze"), mixed.getList("kinds"));
        List<Map<String, Object>> all = mixed.getList("questions");
        assertTrue(all.stream().allMatch(q -> List.of("choice", "order", "cloze").contains(q.get("kind"))));
        assertEquals(12, all.stream().map(q -> q.get("cardId")).distinct().count(), "no card asked twice");
        all.stream().filter(q -> "order".equals(q.get("kind"))).forEach(q -> {
            List<Map<String, Object>> steps = (List<Map<String, Object>>) q.get("steps");
            List<Object> shown = steps.stream().map(s -> s.get("index")).toList();
            assertFalse(shown.equals(java.util.stream.IntStream.range(0, shown.size()).boxed().toList()),
                    "steps are shuffled: " + shown);
        });
    }

    @Test
    void shouldLetAVisitorTakeAQuizWithParticlesAndAnOverrideButKeepNoHistory() {
        JsonPath quiz = start(Map.of("topics", List.of("tcp-time-wait"), "length", 3, "kinds", List.of("cloze")), "ko");
        String id = quiz.getString("id");
        List<Map<String, Object>> questions = quiz.getList("questions");

        // the right answer followed by a particle, typed in full-width letters
        String card1 = (String) questions.get(0).get("cardId");
        List<String> typed = QuizAnswers.gapAnswers(card1, "ko").stream()
                .map(a -> java.text.Normalizer.normalize(a, java.text.Normalizer.Form.NFKC) + "에").toList();
        JsonPath first = answer(id, 1, new QuizAnswer(typed, null, null));
        assertTrue(first.getBoolean("feedback.correct"), first.prettify());
        assertTrue(first.getBoolean("feedback.gaps[0].accepted"));

        String card2 = (String) questions.get(1).get("cardId");
        JsonPath second = answer(id, 2, QuizAnswers.wrong("cloze", card2, "ko", 0));
        assertFalse(second.getBoolean("feedback.correct"));
        assertEquals(QuizAnswers.gapAnswers(card2, "ko").get(0), second.getString("feedback.gaps[0].expected"),
                "the right answer is told");
        assertNotNull(second.getString("feedback.answerHtml"));
        JsonPath overridden = post(id + "/questions/2/override");
        assertTrue(overridden.getBoolean("feedback.overridden"));
        assertTrue(overridden.getBoolean("feedback.counts"));
        assertFalse(overridden.getBoolean("feedback.correct"), "the marking stays recorded as it was");

        JsonPath result = post(id + "/finish");
        assertEquals(3, result.getInt("total"));
        assertEquals(2, result.getInt("correct"), "question 3 was never answered");
        assertEquals(1, result.getInt("unanswered"));
        assertEquals(67, result.getInt("percent"));
        assertFalse(result.getBoolean("signedIn"));
        assertEquals(List.of(), result.getList("scheduled"));
        assertEquals(1, result.getList("mistakes").size());
        assertEquals(3, result.getInt("mistakes[0].position"));
        assertTrue(result.getString("mistakes[0].cardUrl").startsWith("/topics/tcp-time-wait#card-"));
        assertEquals(QuizAnswers.gapAnswers((String) questions.get(2).get("cardId"), "ko").get(0),
                result.getString("mistakes[0].feedback.gaps[0].expected"), "an unanswered question is explained");
        assertEquals("tcp-time-wait", result.getString("topics[0].topicId"));
        assertEquals(3, result.getInt("topics[0].total"));

        given().get(id + "/result").then().statusCode(200).body("correct", equalTo(2));
        given().get("history").then().statusCode(401).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "quiz-learner", roles = Role.CANDIDATE)
    void shouldGradeMistakesAgainKeepHistoryAndRetryTheMissedOnes() {
        users.ensure("quiz-learner", Role.CANDIDATE);
        JsonPath quiz = start(Map.of("topics", List.of("web-server-vs-was", "browser-github"), "length", 4), "en");
        String id = quiz.getString("id");
        assertEquals(4, quiz.getInt("total"));
        answerAll(quiz, "en", position -> position % 2 == 1);
        String missed2 = quiz.getString("questions[1].cardId");
        String missed4 = quiz.getString("questions[3].cardId");

        JsonPath result = post(id + "/finish");
        assertTrue(result.getBoolean("signedIn"));
        assertTrue(result.getBoolean("feedsReviews"));
        assertEquals(2, result.getInt("correct"));
        assertEquals(50, result.getInt("percent"));
        assertEquals(List.of(missed2, missed4), result.getList("scheduled"));
        assertEquals(List.of(missed2, missed4), result.getList("mistakes.cardId"));

        for (String card : List.of(missed2, missed4)) {
            studyHistory(card).statusCode(200)
                    .body("reviews", hasSize(1))
                    .body("reviews[0].grade", equalTo("again"))
                    .body("state", equalTo("learning"));
        }
        studyHistory(quiz.getString("questions[0].cardId"))
                .body("reviews", hasSize(0));
        post(id + "/finish");
        studyHistory(missed2).body("reviews", hasSize(1));

        JsonPath history = given().get("history").then().statusCode(200).extract().jsonPath();
        assertEquals(id, history.getString("quizzes[0].id"));
        assertEquals(2, history.getInt("quizzes[0].correct"));
        assertEquals(2, history.getInt("quizzes[0].missed"));
        assertEquals(4, history.getList("topics").stream()
                .mapToInt(t -> (Integer) ((Map<?, ?>) t).get("total")).sum());

        JsonPath retry = retry(id);
        assertEquals(id, retry.getString("retryOf"));
        assertEquals(2, retry.getInt("total"));
        assertEquals(java.util.Set.of(missed2, missed4), java.util.Set.copyOf(retry.getList("questions.cardId")));
    }

    @Test
    @TestSecurity(user = "quiz-quitter", roles = Role.CANDIDATE)
    void shouldCountUnansweredQuestionsAsWrongListThemAndGradeThemAgain() {
        users.ensure("quiz-quitter", Role.CANDIDATE);
        JsonPath quiz = start(Map.of("topics", List.of("tcp-time-wait"), "length", 4, "kinds", List.of("cloze")), "ko");
        String id = quiz.getString("id");
        String right = quiz.getString("questions[0].cardId");
        String wrong = quiz.getString("questions[1].cardId");
        String skipped3 = quiz.getString("questions[2].cardId");
        String skipped4 = quiz.getString("questions[3].cardId");
        answer(id, 1, QuizAnswers.right("cloze", right, "ko", 0));
        answer(id, 2, QuizAnswers.wrong("cloze", wrong, "ko", 0));

        JsonPath result = post(id + "/finish");
        assertEquals(4, result.getInt("total"));
        assertEquals(1, result.getInt("correct"), "two questions were never answered");
        assertEquals(25, result.getInt("percent"));
        assertEquals(2, result.getInt("unanswered"));
        assertEquals(List.of(2, 3, 4), result.getList("mistakes.position"));
        assertEquals(List.of(true, false, false), result.getList("mistakes.answered"));
        assertEquals(List.of(wrong, skipped3, skipped4), result.getList("mistakes.cardId"));
        for (int i = 1; i < 3; i++) {
            assertEquals("/topics/tcp-time-wait#card-" + result.getString("mistakes[" + i + "].cardId"),
                    result.getString("mistakes[" + i + "].cardUrl"), "an unanswered question links to its card");
            assertFalse(result.getBoolean("mistakes[" + i + "].feedback.counts"));
        }
        assertEquals(List.of(wrong, skipped3, skipped4), result.getList("scheduled"));
        for (String card : List.of(wrong, skipped3, skipped4)) {
            studyHistory(card)
                    .body("reviews", hasSize(1))
                    .body("reviews[0].grade", equalTo("again"))
                    .body("state", equalTo("learning"));
        }
        studyHistory(right).body("reviews", hasSize(0));

        // finishing again grades nothing twice, and an unanswered question cannot be claimed right
        post(id + "/finish");
        studyHistory(skipped3).body("reviews", hasSize(1));
        given().contentType(ContentType.JSON).body("{}").when().post(id + "/questions/3/override")
                .then().statusCode(409).contentType("application/problem+json");
        given().get("history").then().statusCode(200)
                .body("quizzes[0].correct", equalTo(1)).body("quizzes[0].missed", equalTo(3));
        assertEquals(java.util.Set.of(wrong, skipped3, skipped4),
                java.util.Set.copyOf(retry(id).getList("questions.cardId")), "the unanswered ones are asked again");
    }

    @Test
    @TestSecurity(user = "quiz-overrider", roles = Role.CANDIDATE)
    void shouldTakeBackTheAgainGradeWhenAFinishedMistakeIsOverridden() {
        users.ensure("quiz-overrider", Role.CANDIDATE);
        JsonPath quiz = start(Map.of("topics", List.of("dns-answer-ip"), "length", 1, "kinds", List.of("choice")), "ko");
        String id = quiz.getString("id");
        answerAll(quiz, "ko", position -> false);
        String card = quiz.getString("questions[0].cardId");
        JsonPath result = post(id + "/finish");
        assertEquals(List.of(card), result.getList("scheduled"));

        JsonPath overridden = post(id + "/questions/1/override");
        assertTrue(overridden.getBoolean("feedback.counts"));
        given().get(id + "/result").then().body("correct", equalTo(1)).body("scheduled", hasSize(0))
                .body("mistakes", hasSize(0));
        studyHistory(card)
                .body("reviews", hasSize(1))
                .body("reviews[0].undoneAt", not(nullValue()))
                .body("state", equalTo("new"));
        given().get("history").then().body("quizzes[0].correct", equalTo(1));
    }

    @Test
    @TestSecurity(user = "quiz-no-feed", roles = Role.CANDIDATE)
    void shouldLeaveReviewsAloneWhenTheLearnerTurnedFeedingOff() {
        users.ensure("quiz-no-feed", Role.CANDIDATE);
        given().get("settings").then().statusCode(200).body("feedReviews", equalTo(true));
        given().contentType(ContentType.JSON).body(Map.of("feedReviews", false)).put("settings")
                .then().statusCode(200).body("feedReviews", equalTo(false));
        JsonPath quiz = start(Map.of("topics", List.of("dns-answer-ip"), "length", 1, "kinds", List.of("order")), "ko");
        answerAll(quiz, "ko", position -> false);
        JsonPath result = post(quiz.getString("id") + "/finish");
        assertFalse(result.getBoolean("feedsReviews"));
        assertEquals(List.of(), result.getList("scheduled"));
        studyHistory(quiz.getString("questions[0].cardId"))
                .body("reviews", hasSize(0));
        given().contentType(ContentType.JSON).body(Map.of("feedReviews", true)).put("settings").then().statusCode(200);
    }

    @Test
    @TestSecurity(user = "quiz-owner", roles = Role.CANDIDATE)
    void shouldKeepALearnersQuizFromOthers() {
        users.ensure("quiz-owner", Role.CANDIDATE);
        String mine = start(Map.of("length", 1), "ko").getString("id");
        given().get(mine).then().statusCode(200).body("signedIn", equalTo(true));
        long other = users.ensure("quiz-other", Role.CANDIDATE).id;
        String theirs = quizzes.start(other, new QuizService.StartCommand(List.of(), 1, List.of(), "ko"));
        given().get(theirs).then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body("{}").post(theirs + "/finish").then().statusCode(404);
    }

    @Test
    void shouldAnswerBadInputWithProblemJsonAndRecordNothing() {
        given().contentType(ContentType.JSON).body(Map.of("length", 0)).post()
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("length"));
        given().contentType(ContentType.JSON).body(Map.of("length", 51)).post().then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("topics", List.of("nope"))).post()
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("nope"));
        given().contentType(ContentType.JSON).body(Map.of("kinds", List.of("basic"))).post()
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("kinds"));
        given().contentType(ContentType.JSON).body("{\"length\": ").post()
                .then().statusCode(400).contentType("application/problem+json");
        given().contentType(ContentType.TEXT).body("length=3").post().then().statusCode(403);

        JsonPath quiz = start(Map.of("topics", List.of("tcp-time-wait"), "length", 1, "kinds", List.of("cloze")), "ko");
        String id = quiz.getString("id");
        given().contentType(ContentType.JSON).body(Map.of("options", List.of(0))).post(id + "/questions/1/answer")
                .then().statusCode(400).contentType("application/problem+json").body("detail", containsString("gap"));
        given().contentType(ContentType.JSON).body(Map.of("gaps", List.of("a", "b", "c", "d", "e", "f")))
                .post(id + "/questions/1/answer").then().statusCode(400);
        given().contentType(ContentType.JSON).body(Map.of("gaps", List.of("x"))).post(id + "/questions/9/answer")
                .then().statusCode(404).contentType("application/problem+json");
        given().contentType(ContentType.JSON).body(Map.of("gaps", List.of("x"))).post(id + "/questions/one/answer")
                .then().statusCode(400).contentType("application/problem+json");
        given().get("00000000-0000-0000-0000-000000000000").then().statusCode(404)
                .contentType("application/problem+json");
        given().get(id).then().statusCode(200).body("answered", equalTo(0)).body("questions.answered", everyItem(equalTo(false)));
        given().contentType(ContentType.JSON).body("{}").post(id + "/questions/1/override").then().statusCode(409)
                .contentType("application/problem+json");
        given().get(id + "/result").then().statusCode(409);
        given().contentType(ContentType.JSON).body("{}").post(id + "/retry").then().statusCode(409);

        int gaps = quiz.getInt("questions[0].gapCount");
        QuizAnswer first = new QuizAnswer(java.util.Collections.nCopies(gaps, "무언가"), null, null);
        answer(id, 1, first);
        answer(id, 1, first);
        given().contentType(ContentType.JSON).body(new QuizAnswer(java.util.Collections.nCopies(gaps, "다른 것"), null,
                null)).post(id + "/questions/1/answer").then().statusCode(409).contentType("application/problem+json");
    }

    @Test
    @TestSecurity(user = "quiz-keeper", roles = Role.CANDIDATE)
    void shouldForgetOldVisitorQuizzesButKeepLearnersQuizzes() {
        long learner = users.ensure("quiz-keeper", Role.CANDIDATE).id;
        String visitors = quizzes.start(null, new QuizService.StartCommand(List.of(), 2, List.of(), "ko"));
        String mine = quizzes.start(learner, new QuizService.StartCommand(List.of(), 2, List.of(), "ko"));
        clock.advance(QuizService.VISITOR_QUIZ_KEPT.plusHours(1));
        try {
            assertTrue(quizzes.deleteOldVisitorQuizzes() >= 1);
        } finally {
            clock.reset();
        }
        given().get(visitors).then().statusCode(404);
        given().get(mine).then().statusCode(200).body("total", equalTo(2));
    }
}
