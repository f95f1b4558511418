package dev.prepdeck.study.stats;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.Test;

import dev.prepdeck.study.fsrs.CardState;
import dev.prepdeck.study.fsrs.DayClock;
import dev.prepdeck.study.stats.StudyStats.CardPoint;
import dev.prepdeck.study.stats.StudyStats.Period;
import dev.prepdeck.study.stats.StudyStats.Report;
import dev.prepdeck.study.stats.StudyStats.ReviewPoint;

class StudyStatsTest {

    private static final DayClock SEOUL = DayClock.of(ZoneId.of("Asia/Seoul"));
    private static final Instant NOW = OffsetDateTime.parse("2026-03-10T21:00:00+09:00").toInstant();

    private static Instant daysAgo(int days) {
        return NOW.minus(Duration.ofDays(days));
    }

    private static ReviewPoint review(Instant at, int rating, CardState before, int interval) {
        return new ReviewPoint(at, rating, before, interval, 4000, "tcp");
    }

    @Test
    void shouldSplitTrueRetentionIntoYoungAndMatureReviewCardsOnly() {
        List<ReviewPoint> reviews = List.of(
                review(daysAgo(0), 3, CardState.REVIEW, 5),
                review(daysAgo(0), 1, CardState.REVIEW, 5),
                review(daysAgo(0), 2, CardState.REVIEW, 30),
                review(daysAgo(3), 1, CardState.REVIEW, 40),
                review(daysAgo(20), 4, CardState.REVIEW, 21),
                review(daysAgo(0), 1, CardState.LEARNING, 0),
                review(daysAgo(0), 3, CardState.NEW, 0));
        Report report = StudyStats.compute(reviews, List.of(), 0, SEOUL, NOW);

        StudyStats.Retention today = report.retention().get(Period.TODAY);
        assertEquals(50.0, today.youngPercent(), "Good passes, Again fails; learning grades left out");
        assertEquals(100.0, today.maturePercent(), "Hard still passes");
        StudyStats.Retention week = report.retention().get(Period.WEEK);
        assertEquals(2, week.matureTotal());
        assertEquals(50.0, week.maturePercent());
        assertEquals(3, report.retention().get(Period.MONTH).matureTotal(), "21 days is mature");
        assertEquals(5, report.retentionByTopic().get("tcp").get(Period.YEAR).total());
        assertEquals(7, report.todayWork().reviews() + 2, "two reviews were days ago");
    }

    @Test
    void shouldReportNoRetentionWithoutReviews() {
        Report report = StudyStats.compute(List.of(), List.of(), 12, SEOUL, NOW);
        assertNull(report.retention().get(Period.YEAR).totalPercent());
        assertEquals(12, report.counts().newCards());
        assertEquals(0, report.streak().current());
        assertEquals(365, report.calendar().size());
        assertEquals(LocalDate.parse("2026-03-10"), report.calendar().get(364).date());
    }

    @Test
    void shouldCountReviewsPerStudyDayWithTheRolloverInTheLearnersZone() {
        Instant lateNight = OffsetDateTime.parse("2026-03-10T03:30:00+09:00").toInstant();
        Instant morning = OffsetDateTime.parse("2026-03-10T04:30:00+09:00").toInstant();
        Report report = StudyStats.compute(List.of(review(lateNight, 3, CardState.NEW, 0),
                review(morning, 3, CardState.NEW, 0)), List.of(), 0, SEOUL, NOW);
        assertEquals(1, report.calendar().get(364).count(), "04:30 is today");
        assertEquals(1, report.calendar().get(363).count(), "03:30 still belonged to the day before");
        assertEquals(1, report.todayWork().newCards());
    }

    @Test
    void shouldKeepTheStreakAliveUntilTheDayIsOver() {
        List<ReviewPoint> reviews = new ArrayList<>();
        for (int d = 1; d <= 5; d++) {
            reviews.add(review(daysAgo(d), 3, CardState.REVIEW, 3));
        }
        reviews.add(review(daysAgo(9), 3, CardState.REVIEW, 3));
        reviews.add(review(daysAgo(10), 3, CardState.REVIEW, 3));
        assertEquals(new StudyStats.Streak(5, 5), StudyStats.compute(reviews, List.of(), 0, SEOUL, NOW).streak());
        reviews.add(review(daysAgo(0), 3, CardState.REVIEW, 3));
        assertEquals(new StudyStats.Streak(6, 6), StudyStats.compute(reviews, List.of(), 0, SEOUL, NOW).streak());
    }

    @Test
    void shouldForecastDueCardsWithOverdueOnesToday() {
        List<CardPoint> cards = List.of(
                new CardPoint(CardState.REVIEW, daysAgo(3), 4, false, "tcp"),
                new CardPoint(CardState.REVIEW, NOW.plus(Duration.ofDays(2)), 30, false, "tcp"),
                new CardPoint(CardState.LEARNING, NOW.plus(Duration.ofMinutes(10)), 0, false, "tcp"),
                new CardPoint(CardState.RELEARNING, NOW.plus(Duration.ofMinutes(10)), 0, false, "tcp"),
                new CardPoint(CardState.REVIEW, NOW.plus(Duration.ofDays(2)), 30, true, "tcp"),
                new CardPoint(CardState.REVIEW, NOW.plus(Duration.ofDays(90)), 90, false, "tcp"),
                new CardPoint(CardState.NEW, NOW, 0, false, "tcp"));
        Report report = StudyStats.compute(List.of(), cards, 10, SEOUL, NOW);
        assertEquals(3, report.forecast().get(0).count(), "overdue review and both learning cards");
        assertEquals(1, report.forecast().get(2).count(), "the suspended card is not due");
        assertEquals(3, report.forecastMax());
        assertEquals(new StudyStats.CardCounts(4, 1, 1, 1, 2, 1), report.counts());
    }

    @Test
    void shouldCountAnswerButtonsByKindOfCardOverTheLastMonth() {
        List<ReviewPoint> reviews = List.of(
                review(daysAgo(0), 1, CardState.NEW, 0),
                review(daysAgo(1), 3, CardState.LEARNING, 0),
                review(daysAgo(2), 2, CardState.REVIEW, 3),
                review(daysAgo(2), 4, CardState.REVIEW, 50),
                review(daysAgo(40), 4, CardState.REVIEW, 50));
        StudyStats.Buttons buttons = StudyStats.compute(reviews, List.of(), 0, SEOUL, NOW).buttons();
        assertArrayEquals(new int[] {1, 0, 1, 0}, buttons.learning());
        assertArrayEquals(new int[] {0, 1, 0, 0}, buttons.young());
        assertArrayEquals(new int[] {0, 0, 0, 1}, buttons.mature());
    }

    @Test
    void shouldSumUpEachStudiedTopicWithCardsSeenDueTodayAndLastMonthsRetention() {
        List<CardPoint> cards = List.of(
                new CardPoint(CardState.REVIEW, daysAgo(1), 4, false, "tcp"),
                new CardPoint(CardState.REVIEW, NOW.plus(Duration.ofHours(2)), 4, false, "tcp"),
                new CardPoint(CardState.REVIEW, NOW.plus(Duration.ofDays(5)), 9, false, "tcp"),
                new CardPoint(CardState.REVIEW, daysAgo(2), 9, true, "tcp"),
                new CardPoint(CardState.NEW, NOW, 0, false, "tcp"),
                new CardPoint(CardState.LEARNING, NOW.plus(Duration.ofMinutes(5)), 0, false, "dns"));
        List<ReviewPoint> reviews = List.of(
                review(daysAgo(3), 3, CardState.REVIEW, 4),
                review(daysAgo(4), 1, CardState.REVIEW, 4),
                review(daysAgo(60), 1, CardState.REVIEW, 4));
        Report report = StudyStats.compute(reviews, cards, 20, SEOUL, NOW);
        Map<String, StudyStats.TopicProgress> progress = StudyStats.topicProgress(report, cards, SEOUL, NOW);
        assertEquals(new StudyStats.TopicProgress(4, 2, 50.0), progress.get("tcp"),
                "New cards are not seen, suspended ones are not due, the review of 60 days ago is left out");
        assertEquals(new StudyStats.TopicProgress(1, 1, null), progress.get("dns"), "no review-card answers yet");
        assertNull(progress.get("http"), "a topic never studied has no entry");
    }
}
