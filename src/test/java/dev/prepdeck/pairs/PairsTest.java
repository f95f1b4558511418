package dev.prepdeck.pairs;

import static dev.prepdeck.support.LiveStream.CONNECT;
import static dev.prepdeck.support.LiveStream.WITHIN_A_SECOND;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.net.http.HttpResponse;
import java.util.Map;
import java.util.UUID;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.junit.jupiter.api.Test;

import dev.prepdeck.interview.InterviewContent;
import dev.prepdeck.interview.InterviewService;
import dev.prepdeck.interview.InterviewViews;
import dev.prepdeck.support.LiveStream;
import dev.prepdeck.support.StudyCalls;
import dev.prepdeck.support.WebSession;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * An interview in pairs over real HTTP connections: the candidate's and the interviewer's screens, what each may
 * see, and both following every step live.
 */
@QuarkusTest
@TestProfile(InterviewContent.class)
class PairsTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    InterviewService interviews;

    /** A signed-in candidate with an interview of two main questions and an interviewer link. */
    private record Pair(WebSession candidate, String interview, String link) {
    }

    @Test
    void shouldShowTheInterviewerTheModelAnswerConceptsAndFollowUpsButTheCandidateOnlyTheQuestion() throws Exception {
        Pair pair = newPair();
        InterviewViews.Answer current = interviews.state(pair.interview()).current();
        Document interviewer = page(new WebSession(), pair.link());
        String modelAnswer = interviewer.select("#pair-model-answer .answer").text();
        assertFalse(modelAnswer.isBlank(), "the interviewer sees the model answer");
        assertEquals(Jsoup.parse(current.questionHtml()).text(), interviewer.select("#pair-question .question").text());
        assertEquals(current.concepts().size(), interviewer.select("#pair-concepts li").size());
        long followUps = interviews.state(pair.interview()).answers().stream()
                .filter(a -> Integer.valueOf(current.position()).equals(a.parentPosition())).count();
        assertEquals(followUps, interviewer.select("#pair-follow-ups li").size());

        HttpResponse<String> candidatePage = pair.candidate().get(root() + "/pair/" + pair.interview());
        assertEquals(200, candidatePage.statusCode());
        Document candidate = Jsoup.parse(candidatePage.body());
        assertAll(
                () -> assertEquals(Jsoup.parse(current.questionHtml()).text(),
                        candidate.select("#pair-question .question").text()),
                () -> assertFalse(candidate.text().contains(modelAnswer), "no model answer on the candidate's screen"),
                () -> assertNull(candidate.selectFirst("#pair-model-answer, #pair-concepts, #pair-follow-ups")));
        try (LiveStream stream = LiveStream.open(root() + "/pair/" + pair.interview() + "/events", pair.candidate(),
                null)) {
            String pushed = stream.awaitEvent(e -> true, CONNECT).data();
            assertTrue(pushed.contains("pair-question"), pushed);
            assertFalse(Jsoup.parse(pushed).text().contains(modelAnswer), "nor in what is pushed to it");
        }
    }

    @Test
    void shouldSendEveryStepToBothScreensWithinASecondAndRecordTheInterviewersRating() throws Exception {
        Pair pair = newPair();
        WebSession mentor = new WebSession();
        try (LiveStream candidate = LiveStream.open(root() + "/pair/" + pair.interview() + "/events",
                pair.candidate(), null);
                LiveStream interviewer = LiveStream.open(pair.link() + "/events", mentor, null)) {
            candidate.awaitEvent(e -> true, CONNECT);
            interviewer.awaitEvent(e -> true, CONNECT);
            int position = interviews.state(pair.interview()).currentPosition();

            Document page = page(pair.candidate(), root() + "/pair/" + pair.interview());
            assertEquals(303, submit(pair.candidate(), page, "/pair/" + pair.interview() + "/answer",
                    Map.of("position", Integer.toString(position))).statusCode());
            candidate.awaitEvent(e -> phase(e).equals("answering"), WITHIN_A_SECOND);
            interviewer.awaitEvent(e -> phase(e).equals("answering"), WITHIN_A_SECOND);

            Document screen = page(mentor, pair.link());
            HttpResponse<String> rated = submit(mentor, screen, pathOf(pair.link()) + "/rating",
                    Map.of("position", Integer.toString(position), "rating", "2",
                            "notes", "Forgot the 2MSL wait"));
            assertEquals(303, rated.statusCode(), rated::body);
            LiveStream.Event recorded = interviewer.awaitEvent(e -> e.data().contains("Forgot the 2MSL wait"),
                    WITHIN_A_SECOND);
            assertTrue(Jsoup.parse(recorded.data()).select("#pair-recorded").text().contains("2"));
            LiveStream.Event afterRating = candidate.awaitEvent(e -> Long.parseLong(e.id())
                    >= Long.parseLong(recorded.id()), WITHIN_A_SECOND);
            assertFalse(afterRating.data().contains("Forgot the 2MSL wait"), "the notes are not on the candidate's screen");
        }
        InterviewViews.Answer answer = interviews.state(pair.interview()).current();
        assertEquals(2, answer.interviewerRating());
        assertEquals("Forgot the 2MSL wait", answer.interviewerNotes());
    }

    @Test
    void shouldAnswer404ForAWrongReplacedOrWithdrawnTokenAndTheCandidateScreenToOthers() throws Exception {
        Pair pair = newPair();
        WebSession stranger = new WebSession();
        String wrong = root() + "/interviewer/" + "x".repeat(43);
        assertEquals(404, stranger.get(wrong).statusCode());
        try (LiveStream events = LiveStream.open(wrong + "/events", stranger, null)) {
            assertEquals(404, events.status());
        }
        assertEquals(404, stranger.get(root() + "/pair/" + pair.interview()).statusCode(), "a visitor");
        WebSession other = StudyCalls.newLearner(root(), "pair-" + UUID.randomUUID().toString().substring(0, 8),
                "pair other password");
        assertEquals(404, other.get(root() + "/pair/" + pair.interview()).statusCode(), "another learner");
        assertEquals(404, other.get(root() + "/pair/" + pair.interview() + "/events").statusCode());

        Document page = page(pair.candidate(), root() + "/pair/" + pair.interview());
        submit(pair.candidate(), page, "/pair/" + pair.interview() + "/link", Map.of());
        String replaced = linkOn(page(pair.candidate(), root() + "/pair/" + pair.interview()));
        assertFalse(replaced.equals(pair.link()));
        assertEquals(404, stranger.get(pair.link()).statusCode(), "the replaced link");
        assertEquals(200, stranger.get(replaced).statusCode());

        try (LiveStream open = LiveStream.open(replaced + "/events", stranger, null)) {
            open.awaitEvent(e -> true, CONNECT);
            page = page(pair.candidate(), root() + "/pair/" + pair.interview());
            submit(pair.candidate(), page, "/pair/" + pair.interview() + "/link", Map.of("withdraw", "true"));
            open.awaitEvent(e -> phase(e).equals("withdrawn"), WITHIN_A_SECOND);
        }
        assertEquals(404, stranger.get(replaced).statusCode(), "the withdrawn link");
    }

    @Test
    void shouldRefuseARatingOutOfRangeAndKeepWhatWasRecorded() throws Exception {
        Pair pair = newPair();
        WebSession mentor = new WebSession();
        Document screen = page(mentor, pair.link());
        String position = screen.selectFirst("#rating input[name=position]").attr("value");
        HttpResponse<String> refused = submit(mentor, screen, pathOf(pair.link()) + "/rating",
                Map.of("position", position, "rating", "7", "notes", "should not be kept"));
        assertEquals(400, refused.statusCode());
        assertFalse(refused.body().contains("Exception"), refused::body);
        assertNull(interviews.state(pair.interview()).current().interviewerNotes());
    }

    private Pair newPair() {
        WebSession candidate = StudyCalls.newLearner(root(), "cand-" + UUID.randomUUID().toString().substring(0, 8),
                "pair candidate password");
        HttpResponse<String> started = candidate.submit(root(), "/interview", "/interview",
                Map.of("mainCount", "2", "answerSeconds", "60"));
        assertEquals(303, started.statusCode(), started::body);
        String id = started.headers().firstValue("Location").orElseThrow().replaceFirst(".*/interview/", "")
                .replaceFirst("[#?].*", "");
        Element toPairs = page(candidate, root() + "/interview/" + id).selectFirst("#interview-pair-link");
        assertNotNull(toPairs, "the interview page offers the two-screen mode");
        assertEquals("/pair/" + id, toPairs.attr("href"));
        Document page = page(candidate, root() + "/pair/" + id);
        assertNotNull(page.selectFirst("#pair-create-link"), "no link yet");
        assertEquals(303, submit(candidate, page, "/pair/" + id + "/link", Map.of()).statusCode());
        return new Pair(candidate, id, linkOn(page(candidate, root() + "/pair/" + id)));
    }

    private static String linkOn(Document page) {
        Element link = page.selectFirst("#pair-link");
        assertNotNull(link, "the candidate's page shows the interviewer link");
        return link.attr("value");
    }

    private Document page(WebSession session, String url) {
        HttpResponse<String> response = session.get(url);
        assertEquals(200, response.statusCode(), () -> url + ": " + response.body());
        return Jsoup.parse(response.body());
    }

    private HttpResponse<String> submit(WebSession session, Document page, String action, Map<String, String> fields) {
        return session.submitForm(root(), page, action, fields);
    }

    private String pathOf(String url) {
        return url.substring(root().length());
    }

    private static String phase(LiveStream.Event event) {
        Element live = Jsoup.parse(event.data()).selectFirst("#pair-live");
        return live == null ? "" : live.attr("data-phase");
    }

    private String root() {
        String url = base.toString();
        return url.endsWith("/") ? url.substring(0, url.length() - 1) : url;
    }
}
