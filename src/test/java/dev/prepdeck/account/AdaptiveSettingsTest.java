package dev.prepdeck.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.prepdeck.content.Card;
import dev.prepdeck.study.adaptive.FsrsParameters;
import dev.prepdeck.study.adaptive.InterviewPlan;
import dev.prepdeck.study.adaptive.JobLock;
import dev.prepdeck.study.fsrs.PastReview;
import dev.prepdeck.study.fsrs.SyntheticLearner;
import dev.prepdeck.study.review.CardProgress;
import dev.prepdeck.study.review.ReviewLog;
import dev.prepdeck.support.SyntheticReviews;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The adaptive part of /settings end to end: Optimize, the workload table and the interview date. */
@QuarkusTest
class AdaptiveSettingsTest {

    private static final String USER = "adaptive-learner";
    private static final double[] TRUE_WEIGHTS = {
        1.0, 2.5, 6.0, 20.0, 5.0, 0.6, 1.5, 0.01, 1.4, 0.15, 1.2, 1.8, 0.1, 0.35, 1.8, 0.4, 2.5, 0.5, 0.2, 0.1,
        0.45,
    };

    @Inject
    TestUsers users;

    private long userId;
    private final FormClient browser = new FormClient();

    @BeforeEach
    void freshLearner() {
        userId = QuarkusTransaction.requiringNew().call(() -> {
            AppUser user = users.ensure(USER, Role.CANDIDATE);
            user.settings = new UserSettings();
            // The synthetic log counts days in UTC from midnight.
            user.settings.timeZone = "UTC";
            user.settings.dayRolloverHour = 0;
            ReviewLog.delete("userId", user.id);
            CardProgress.delete("userId", user.id);
            FsrsParameters.delete("userId", user.id);
            FsrsParameters.deleteById(FsrsParameters.COHORT);
            InterviewPlan.delete("userId", user.id);
            return user.id;
        });
        browser.login(USER, "password-of-" + USER).then().statusCode(303);
    }

    /** Fitted weights and the plan only concern this learner; remove them so other tests see the defaults. */
    @AfterEach
    void forgetAdaptiveState() {
        QuarkusTransaction.requiringNew().run(() -> {
            FsrsParameters.delete("userId", userId);
            InterviewPlan.delete("userId", userId);
        });
    }

    @Test
    void shouldLowerLogLossWhenALearnerWithAThousandReviewsPressesOptimize() {
        storeReviewLog(SyntheticLearner.reviewLog(TRUE_WEIGHTS, cardIds().size(), 1000, 42));
        Document before = Jsoup.parse(browser.get("/settings").then().statusCode(200).extract().asString());
        assertEquals("defaults", before.selectFirst("#optimizer-source").attr("data-source"));
        assertNull(before.selectFirst("#optimizer-metrics"), "no run yet");

        String location = browser.submit("/settings", "/settings/optimize", Map.of()).then().statusCode(303)
                .extract().header("Location");
        assertTrue(location.endsWith("/settings?adaptive=accepted#optimizer"), location);

        Document after = Jsoup.parse(browser.get("/settings?adaptive=accepted").then().statusCode(200)
                .extract().asString());
        assertNotNull(after.selectFirst("#optimizer-notice"));
        assertEquals("own", after.selectFirst("#optimizer-source").attr("data-source"));
        double lossBefore = Double.parseDouble(after.selectFirst(".log-loss-before").text());
        double lossAfter = Double.parseDouble(after.selectFirst(".log-loss-after").text());
        assertTrue(lossAfter < lossBefore, lossAfter + " should be below " + lossBefore);
        Double.parseDouble(after.selectFirst(".rmse-before").text());
        Double.parseDouble(after.selectFirst(".rmse-after").text());
        double[] stored = QuarkusTransaction.requiringNew().call(() -> FsrsParameters.ofUser(userId).vector());
        assertEquals(21, stored.length);
    }

    @Test
    void shouldKeepTheWeightsAndSayOptimizerIsBusyWhileAnotherInstanceHoldsTheLock() {
        storeReviewLog(SyntheticLearner.reviewLog(TRUE_WEIGHTS, Math.min(20, cardIds().size()), 200, 5));
        QuarkusTransaction.requiringNew().run(() -> assertTrue(JobLock.tryAcquire(JobLock.OPTIMIZER,
                "another-instance", Instant.now(), java.time.Duration.ofMinutes(5))));
        try {
            String location = browser.submit("/settings", "/settings/optimize", Map.of()).then().statusCode(303)
                    .extract().header("Location");
            assertTrue(location.endsWith("adaptive=busy#optimizer"), location);
            assertNull(QuarkusTransaction.requiringNew().call(() -> FsrsParameters.ofUser(userId)));
            String page = browser.get("/settings?adaptive=busy").then().statusCode(200).extract().asString();
            assertNotNull(Jsoup.parse(page).selectFirst("#optimizer-notice.error"));
        } finally {
            QuarkusTransaction.requiringNew().run(() -> JobLock.release(JobLock.OPTIMIZER, "another-instance",
                    Instant.now().minusSeconds(1)));
        }
    }

    @Test
    void shouldShowMoreDailyReviewsForHigherRetention() {
        storeReviewLog(SyntheticLearner.reviewLog(TRUE_WEIGHTS, Math.min(30, cardIds().size()), 300, 9));
        Document page = Jsoup.parse(browser.get("/settings").then().statusCode(200).extract().asString());
        List<Double> perDay = page.select("#workload-table .per-day").eachText().stream()
                .map(Double::parseDouble).toList();
        assertEquals(8, perDay.size());
        assertTrue(perDay.get(perDay.size() - 1) > perDay.get(0), "97% costs more than 70%: " + perDay);
        assertEquals("90%", page.selectFirst("#workload-table tr.current").attr("data-retention"));
    }

    @Test
    void shouldSaveAnInterviewDateAndShowPredictedRecallPerTopicOnStats() {
        storeReviewLog(SyntheticLearner.reviewLog(TRUE_WEIGHTS, Math.min(10, cardIds().size()), 60, 3));
        String topic = QuarkusTransaction.requiringNew().call(() -> Card.<Card>findById(cardIds().get(0)).topicId);
        String date = LocalDate.now(ZoneOffset.UTC).plusDays(14).toString();

        browser.submit("/settings", "/settings/interview", Map.of("interviewDate", date, "interviewTarget", "0.9",
                "topics", topic)).then().statusCode(303);

        InterviewPlan plan = QuarkusTransaction.requiringNew().call(() -> InterviewPlan.ofUser(userId));
        assertEquals(date, plan.interviewDate.toString());
        assertEquals(List.of(topic), plan.topicList());
        Document stats = Jsoup.parse(browser.get("/stats").then().statusCode(200).extract().asString());
        assertNotNull(stats.selectFirst("#interview-forecast tr[data-topic=" + topic + "] .recall"));
        assertEquals(1, stats.select("#interview-forecast tbody tr").size());
    }

    @Test
    void shouldPullForwardAReviewThatWouldComeAfterTheInterviewBelowTheTarget() {
        String cardId = cardIds().get(0);
        Instant lastReview = Instant.now().minus(java.time.Duration.ofDays(1));
        Instant farAway = Instant.now().plus(java.time.Duration.ofDays(100));
        QuarkusTransaction.requiringNew().run(() -> {
            CardProgress p = CardProgress.fresh(userId, cardId, Instant.now());
            p.state = 2;
            p.stability = 60;
            p.difficulty = 5;
            p.reps = 4;
            p.scheduledDays = 100;
            p.lastReview = lastReview;
            p.due = farAway;
            p.persist();
        });
        LocalDate interview = LocalDate.now(ZoneOffset.UTC).plusDays(30);

        browser.submit("/settings", "/settings/interview", Map.of("interviewDate", interview.toString(),
                "interviewTarget", "0.95")).then().statusCode(303);

        // Stability 60 days would leave about 94 % on the day: the review moves before the interview.
        Instant due = QuarkusTransaction.requiringNew().call(() -> CardProgress.find(userId, cardId).due);
        assertTrue(due.isBefore(interview.atStartOfDay(ZoneOffset.UTC).toInstant()), "due " + due);
        assertTrue(due.isAfter(Instant.now()), "not due at once: " + due);
    }

    @Test
    void shouldRejectAnInterviewDateInThePastAndStoreNothing() {
        String yesterday = LocalDate.now(ZoneOffset.UTC).minusDays(1).toString();

        String page = browser.submit("/settings", "/settings/interview", Map.of("interviewDate", yesterday,
                "interviewTarget", "1.5")).then().statusCode(400).extract().asString();

        Document doc = Jsoup.parse(page);
        assertNotNull(doc.selectFirst("#interviewDate-error"));
        assertNotNull(doc.selectFirst("#interviewTarget-error"));
        assertNull(QuarkusTransaction.requiringNew().call(() -> InterviewPlan.ofUser(userId)));
        assertNull(Jsoup.parse(browser.get("/stats").then().statusCode(200).extract().asString())
                .selectFirst("#interview-forecast"));
    }

    private static List<String> cardIds() {
        return SyntheticReviews.cardIds(100);
    }

    private void storeReviewLog(List<List<PastReview>> log) {
        SyntheticReviews.store(userId, log);
    }
}
