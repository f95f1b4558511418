package dev.prepdeck.interview;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import dev.prepdeck.support.TestClock;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;
import io.quarkus.test.security.TestSecurity;
import io.restassured.response.Response;
import io.restassured.specification.RequestSpecification;

/** Mock interviews driven with their own forms (CSRF token included), the way a browser without scripts would. */
@QuarkusTest
@TestProfile(InterviewContent.class)
class InterviewPagesTest {

    @Inject
    TestUsers users;

    @Inject
    TestClock clock;

    @Inject
    InterviewService service;

    /** Cookies of one visitor. */
    private final Map<String, String> cookies = new HashMap<>();

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private Response get(String path) {
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

    private Response submit(Document doc, String action, Map<String, List<String>> fields) {
        return submit(doc, action, action, fields);
    }

    /** Posts to {@code target} with the CSRF fields of the form whose action is {@code action}, as a script does. */
    private Response submit(Document doc, String action, String target, Map<String, List<String>> fields) {
        Element token = doc.selectFirst("form[action=" + action + "] input[name=csrf-token]");
        assertNotNull(token, "a form posting to " + action + " with a CSRF field");
        RequestSpecification spec = given().redirects().follow(false).cookies(cookies).header("Accept-Language", "en")
                .contentType("application/x-www-form-urlencoded; charset=UTF-8")
                .formParam("csrf-token", token.attr("value"));
        Element bind = doc.selectFirst("form[action=" + action + "] input[name=csrf-bind]");
        if (bind != null) {
            spec = spec.formParam("csrf-bind", bind.attr("value"));
        }
        for (Map.Entry<String, List<String>> field : fields.entrySet()) {
            spec = spec.formParam(field.getKey(), field.getValue().toArray());
        }
        Response r = spec.post(target);
        r.getDetailedCookies().forEach(c -> cookies.put(c.getName(), c.getValue()));
        return r;
    }

    private static String location(Response r) {
        assertEquals(303, r.statusCode(), r::asString);
        return r.header("Location").replaceFirst("^https?://[^/]+", "").replaceFirst("#.*$", "");
    }

    private String start(int mains, String prep, String answer) {
        Document setup = page("/interview");
        Map<String, List<String>> fields = new LinkedHashMap<>();
        fields.put("topic", List.of("iv-net"));
        fields.put("mainCount", List.of(String.valueOf(mains)));
        fields.put("prepSeconds", List.of(prep));
        fields.put("answerSeconds", List.of(answer));
        String location = location(submit(setup, "/interview", fields));
        assertTrue(location.matches("/interview/[0-9a-f-]{36}"), location);
        return location.substring("/interview/".length());
    }

    /** Notes that name some key concepts of each card, so coverage has something to find and something to miss. */
    private static final Map<String, String> NOTES = Map.of(
            InterviewContent.MAIN, "마지막 ACK를 다시 보내야 하고, 두 배의 MSL 동안 기다린다",
            InterviewContent.FOLLOW_UP, "Ports run out: port exhaustion.",
            InterviewContent.DEEPER, "",
            InterviewContent.OTHER, "루트서버부터 묻는다");

    /** What one question looked like: its card, depth and the concepts marked. */
    private record Asked(String card, int depth, List<String> covered, List<String> missed) {
    }

    /** Answers the question being asked (reveal with notes, then rate) and says what it was. */
    private Asked answerCurrent(String id, Map<String, Integer> ratings) {
        Document page = page("/interview/" + id);
        Element question = page.getElementById("question");
        assertEquals("answering", question.attr("data-phase"));
        String card = question.attr("data-card");
        int position = Integer.parseInt(question.attr("data-position"));
        Document revealed = page(location(submit(page, "/interview/" + id + "/reveal",
                Map.of("position", List.of(String.valueOf(position)), "notes", List.of(NOTES.get(card))))));
        assertEquals("revealed", revealed.getElementById("question").attr("data-phase"));
        assertFalse(revealed.getElementById("model-answer").text().isBlank(), "the model answer is shown");
        List<String> covered = revealed.select(".concept.covered").eachAttr("data-concept");
        List<String> missed = revealed.select(".concept.missed").eachAttr("data-concept");
        String back = location(submit(revealed, "/interview/" + id + "/rate", Map.of("position",
                List.of(String.valueOf(position)), "rating", List.of(String.valueOf(ratings.getOrDefault(card, 3))))));
        assertTrue(back.equals("/interview/" + id), back);
        return new Asked(card, Integer.parseInt(question.attr("data-depth")), covered, missed);
    }

    @Test
    void shouldRunAWholeInterviewThroughTwoLevelsOfFollowUpsToTheReport() {
        Document setup = page("/interview");
        assertEquals("Mock interview", setup.selectFirst("h1").text());
        assertEquals(1, setup.select("nav a[href=/interview]").size(), "the interview is in the navigation");
        String korean = given().header("Accept-Language", "ko").get("/interview").then().statusCode(200).extract()
                .asString();
        assertEquals("면접 시작", Jsoup.parse(korean).getElementById("interview-start").text());

        String id = start(2, "", "90");
        assertNotNull(cookies.get("prepdeck-interview"), "a visitor's interview is tied to the browser");
        List<Asked> asked = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            asked.add(answerCurrent(id, Map.of(InterviewContent.DEEPER, 1)));
        }
        assertTrue(location(get("/interview/" + id)).endsWith("/interview/" + id + "/report"),
                "after the last rating the interview opens on its report");

        List<String> order = asked.stream().map(Asked::card).toList();
        int main = order.indexOf(InterviewContent.MAIN);
        assertEquals(List.of(InterviewContent.MAIN, InterviewContent.FOLLOW_UP, InterviewContent.DEEPER),
                order.subList(main, main + 3), "follow-ups come right after their main question, depth first");
        assertEquals(List.of(0, 1, 2), asked.subList(main, main + 3).stream().map(Asked::depth).toList());
        Asked first = asked.get(main);
        assertEquals(List.of("2MSL", "마지막 ACK"), first.covered(), "Korean particles and synonyms are covered");
        assertEquals(List.of("지연 세그먼트"), first.missed());
        assertEquals(List.of("포트 고갈"), asked.get(main + 1).covered(), "an English synonym counts too");
        assertEquals(List.of("RST", "비정상 종료"), asked.get(main + 2).missed(), "no notes: every concept missed");
        assertEquals(List.of("루트 서버"), asked.get(order.indexOf(InterviewContent.OTHER)).covered(),
                "spacing does not matter");

        Document report = page("/interview/" + id + "/report");
        assertEquals("Interview report", report.selectFirst("h1").text());
        assertEquals(4, report.select("#report-answers tbody tr").size());
        Element deeper = report.selectFirst("#report-answers tr[data-card=" + InterviewContent.DEEPER + "]");
        assertEquals("2", deeper.attr("data-depth"));
        assertTrue(deeper.hasClass("weak"), "an Again rating is a weak answer");
        assertTrue(deeper.text().contains("Again"), deeper::text);
        assertTrue(deeper.text().matches(".*\\d+ s.*"), () -> "the time of the answer: " + deeper.text());
        List<String> missed = report.select("#report-missed li").eachText();
        assertTrue(missed.stream().anyMatch(m -> m.startsWith("지연 세그먼트")), missed::toString);
        assertTrue(missed.stream().anyMatch(m -> m.startsWith("RST")), missed::toString);
        assertEquals(1, report.select("#report-topics li").size());
        assertTrue(report.selectFirst("#report-topics li").text().contains("average rating 2.5"),
                () -> report.selectFirst("#report-topics").text());
        assertTrue(report.getElementById("report-scheduled").text().startsWith("Sign in"),
                "a visitor is told that signing in schedules the weak cards");
    }

    @Test
    void shouldKeepTheSessionAcrossAReloadMidQuestion() {
        String id = start(1, "30", "");
        Document preparing = page("/interview/" + id);
        Element question = preparing.getElementById("question");
        assertEquals("preparing", question.attr("data-phase"));
        long prepEnds = Long.parseLong(preparing.getElementById("prep-timer").attr("data-ends-at"));
        assertEquals(prepEnds, Long.parseLong(page("/interview/" + id).getElementById("prep-timer")
                .attr("data-ends-at")), "a reload does not restart the countdown");

        Document answering = page(location(submit(preparing, "/interview/" + id + "/answer",
                Map.of("position", List.of("1")))));
        assertEquals("answering", answering.getElementById("question").attr("data-phase"));
        String startedAt = answering.getElementById("answer-timer").attr("data-started-at");
        assertEquals("/interview/" + id + "/notes", answering.getElementById("reveal-form").attr("data-notes-url"));
        Response saved = submit(answering, "/interview/" + id + "/reveal", "/interview/" + id + "/notes",
                Map.of("position", List.of("1"), "notes", List.of("typed before the reload")));
        assertEquals(204, saved.statusCode(), saved::asString);

        clock.advance(Duration.ofSeconds(40));
        Document reloaded = page("/interview/" + id);
        assertEquals("answering", reloaded.getElementById("question").attr("data-phase"));
        assertEquals("typed before the reload", reloaded.getElementById("notes").text());
        assertEquals(startedAt, reloaded.getElementById("answer-timer").attr("data-started-at"),
                "the answer timer runs from when the answer started, not from the reload");
        assertTrue(Integer.parseInt(reloaded.selectFirst("#answer-timer .seconds").text()) >= 40);

        // another browser cannot open it, and this one keeps it
        Response stranger = given().redirects().follow(false).header("Accept-Language", "en").get("/interview/" + id);
        assertEquals(404, stranger.statusCode());
        assertEquals(200, get("/interview/" + id).statusCode());
    }

    @Test
    void shouldStartAnsweringByItselfWhenThePreparationRunsOut() {
        String id = start(1, "5", "");
        clock.advance(Duration.ofSeconds(6));
        Document page = page("/interview/" + id);
        assertEquals("answering", page.getElementById("question").attr("data-phase"));
        assertTrue(Integer.parseInt(page.selectFirst("#answer-timer .seconds").text()) <= 2,
                "the answer timer started when the preparation ended");
    }

    @Test
    @TestSecurity(user = "interview-page-learner", roles = Role.CANDIDATE)
    void shouldScheduleWeakAnswersSoTheyAreDueInStudy() {
        users.ensure("interview-page-learner", Role.CANDIDATE);
        String id = start(2, "", "");
        Map<String, Integer> ratings = Map.of(InterviewContent.MAIN, 3, InterviewContent.FOLLOW_UP, 2,
                InterviewContent.DEEPER, 1, InterviewContent.OTHER, 4);
        for (int i = 0; i < 4; i++) {
            answerCurrent(id, ratings);
        }
        Document report = page("/interview/" + id + "/report");
        assertEquals(List.of(InterviewContent.FOLLOW_UP, InterviewContent.DEEPER),
                report.select("#report-scheduled li").eachAttr("data-card"), "the weak follow-ups are scheduled");
        assertNotNull(report.getElementById("go-study"));

        // grading a follow-up buries its family for the rest of the day, as in Anki; the next day they are due
        clock.advance(Duration.ofHours(25));
        List<Map<String, Object>> due = given().accept("application/json").get("/api/study/due?limit=50").then()
                .statusCode(200).extract().jsonPath().getList("cards");
        Map<String, String> queues = new HashMap<>();
        due.forEach(c -> queues.put((String) ((Map<?, ?>) c.get("card")).get("id"), (String) c.get("queue")));
        assertEquals("learning", queues.get(InterviewContent.FOLLOW_UP), queues::toString);
        assertEquals("learning", queues.get(InterviewContent.DEEPER), queues::toString);
        assertEquals("new", queues.get(InterviewContent.MAIN), "a good answer is not graded: " + queues);

        // finishing again grades nothing twice
        service.finish(new InterviewService.Owner(users.ensure("interview-page-learner", Role.CANDIDATE).id, null),
                dev.prepdeck.study.StudyPreferences.defaults(), id);
        given().get("/api/study/cards/" + InterviewContent.DEEPER + "/history").then().statusCode(200)
                .body("reviews.size()", org.hamcrest.Matchers.equalTo(1));
    }

    @Test
    void shouldRecordAnInterviewersRatingAndNotesInTheReport() {
        String id = start(1, "", "");
        InterviewViews.State state = service.state(id);
        assertEquals(1, state.currentPosition());
        assertNotNull(state.current().answerHtml(), "the interviewer's view holds the model answer");
        service.rateAsInterviewer(id, 1, 2, "Needs the second reason");
        int version = service.state(id).version();
        Document finish = page("/interview/" + id);
        location(submit(finish, "/interview/" + id + "/finish", Map.of()));
        assertTrue(service.state(id).version() > version, "every step moves the version on");
        Document report = page("/interview/" + id + "/report");
        assertEquals(0, report.select("#report-answers tbody tr").size(), "an unrated question is not reported");
        assertTrue(service.state(id).answer(1).interviewerNotes().contains("second reason"));
    }

    @Test
    void shouldShowTheSetupAgainWithAnErrorForBadNumbers() {
        Document setup = page("/interview");
        Response tooMany = submit(setup, "/interview", Map.of("mainCount", List.of("99")));
        assertEquals(400, tooMany.statusCode());
        Document shown = Jsoup.parse(tooMany.asString());
        assertTrue(shown.getElementById("interview-error").text().contains("from 1 to 20"));
        assertEquals("99", shown.getElementById("main-count").attr("value"), "what was typed is shown again");
        Response badPrep = submit(setup, "/interview", Map.of("prepSeconds", List.of("soon")));
        assertEquals(400, badPrep.statusCode());
        assertTrue(Jsoup.parse(badPrep.asString()).getElementById("interview-error").text().contains("preparation"));
        Response unknown = submit(setup, "/interview", Map.of("topic", List.of("no-such-topic")));
        assertEquals(400, unknown.statusCode());
        Response noToken = given().redirects().follow(false).cookies(cookies)
                .contentType("application/x-www-form-urlencoded").formParam("mainCount", "1").post("/interview");
        assertEquals(400, noToken.statusCode(), "a form without its CSRF token is refused");
    }

    @Test
    void shouldRefuseToRateBeforeTheAnswerIsRevealed() {
        String id = start(1, "", "");
        Document page = page("/interview/" + id);
        assertNull(page.getElementById("rate-form"));
        Response early = submit(page, "/interview/" + id + "/reveal", "/interview/" + id + "/rate",
                Map.of("position", List.of("1"), "rating", List.of("3")));
        assertEquals(409, early.statusCode(), early::asString);
        assertTrue(early.asString().contains("Reveal the model answer"), early::asString);
        Response missing = submit(page, "/interview/" + id + "/reveal", Map.of("position", List.of("99"),
                "notes", List.of("x")));
        assertEquals(404, missing.statusCode(), "there is no such question");
        Response badRating = submit(page, "/interview/" + id + "/reveal", "/interview/" + id + "/rate",
                Map.of("position", List.of("1"), "rating", List.of("7")));
        assertEquals(400, badRating.statusCode(), badRating::asString);
        assertEquals("answering", page("/interview/" + id).getElementById("question").attr("data-phase"));
    }

    @Test
    void shouldForgetAVisitorsInterviewAfterAWeek() {
        String id = start(1, "", "");
        answerCurrent(id, Map.of());
        clock.advance(InterviewService.VISITOR_INTERVIEW_KEPT.plusHours(1));
        assertTrue(service.deleteOldVisitorInterviews() >= 1);
        assertEquals(404, get("/interview/" + id + "/report").statusCode(), "the interview and its answers are gone");
    }
}
