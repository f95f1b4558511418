package dev.prepdeck.study.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Random;
import java.util.UUID;

import jakarta.inject.Inject;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import dev.prepdeck.content.Card;
import dev.prepdeck.study.Learners;
import dev.prepdeck.study.StudyPreferences;
import dev.prepdeck.study.fsrs.CardState;
import dev.prepdeck.study.fsrs.FsrsCard;
import dev.prepdeck.study.fsrs.Rating;
import dev.prepdeck.study.review.ReviewService.Due;
import dev.prepdeck.study.review.ReviewService.DueCard;
import dev.prepdeck.study.review.ReviewService.GradeCommand;
import dev.prepdeck.study.review.ReviewService.GradeOutcome;
import dev.prepdeck.study.review.ReviewService.Queue;
import dev.prepdeck.study.review.ReviewService.UndoOutcome;
import dev.prepdeck.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.junit.QuarkusTest;

/** The study rules a learner notices: limits, learning steps, siblings, leeches, undo, bury, suspend, day rollover. */
@QuarkusTest
class ReviewServiceTest {

    private static final String TOPIC = "tcp-time-wait";
    private static final List<String> ONE_TOPIC = List.of(TOPIC);
    /** Mid-morning in Seoul, well away from the 4 am rollover. */
    private static final Instant MORNING = OffsetDateTime.parse("2026-03-10T10:00:00+09:00").toInstant();

    @Inject
    ReviewService service;

    @Inject
    Learners learners;

    @Inject
    TestClock clock;

    @Inject
    ReviewMetrics metrics;

    long learner;
    StudyPreferences prefs;

    @BeforeEach
    void freshLearner() {
        clock.freezeAt(MORNING);
        learner = learners.create();
        prefs = StudyPreferences.defaults();
    }

    @AfterEach
    void realTime() {
        clock.reset();
    }

    private GradeOutcome grade(String cardId, Rating rating) {
        return service.grade(learner, prefs, cardId, new GradeCommand(rating.value(), UUID.randomUUID().toString(),
                1500, null));
    }

    private Due due() {
        return service.due(learner, prefs, ONE_TOPIC, 1);
    }

    private DueCard next() {
        Due due = due();
        assertFalse(due.cards().isEmpty(), "a card is due");
        return due.cards().get(0);
    }

    private CardProgress progress(String cardId) {
        return QuarkusTransaction.requiringNew().call(() -> CardProgress.find(learner, cardId));
    }

    private int activeCards(String topic) {
        return QuarkusTransaction.requiringNew().call(() -> Card.listActiveByTopic(topic).size());
    }

    @Test
    void shouldStopOfferingNewCardsAtTheDailyLimitAndOfferThemAgainTheNextDay() {
        prefs = prefs.withDailyLimits(3, 200);
        assertEquals(3, due().counts().newCards());
        for (int i = 0; i < 3; i++) {
            DueCard card = next();
            assertEquals(Queue.NEW, card.queue());
            grade(card.card().id(), Rating.GOOD);
        }
        Due after = due();
        assertEquals(0, after.counts().newCards());
        assertEquals(3, after.today().newStudied());
        assertEquals(0, after.counts().learning(), "Good on a new card waits 10 minutes");

        clock.advance(Duration.ofMinutes(10));
        assertEquals(3, due().counts().learning());

        clock.advance(Duration.ofDays(1));
        assertEquals(3, due().counts().newCards());
        assertEquals(0, due().today().newStudied());
    }

    @Test
    void shouldBringLearningCardsBackWithinTheSession() {
        prefs = prefs.withDailyLimits(1, 200);
        DueCard first = next();
        assertEquals("1m", first.preview().label(Rating.AGAIN));
        assertEquals("10m", first.preview().label(Rating.GOOD));
        grade(first.card().id(), Rating.AGAIN);

        Due soon = due();
        assertEquals(0, soon.counts().learning(), "not due for another minute");
        assertEquals(first.card().id(), soon.cards().get(0).card().id(), "nothing else to do, so it is learned ahead");
        assertEquals(Queue.LEARNING, soon.cards().get(0).queue());

        clock.advance(Duration.ofMinutes(1));
        Due now = due();
        assertEquals(1, now.counts().learning());
        assertEquals(first.card().id(), now.cards().get(0).card().id());
    }

    @Test
    void shouldSayWhenTheNextLearningCardComesBackWhenItIsTooFarAhead() {
        prefs = new StudyPreferences(0.9, 1, 200, List.of(Duration.ofHours(1)), List.of(Duration.ofMinutes(10)),
                prefs.zone(), 4);
        String card = next().card().id();
        grade(card, Rating.AGAIN);
        Due due = due();
        assertTrue(due.cards().isEmpty());
        assertEquals(MORNING.plus(Duration.ofHours(1)), due.nextLearningAt());
    }

    @Test
    void shouldShowNoMoreReviewsThanTheDailyLimit() {
        prefs = prefs.withDailyLimits(3, 2);
        for (int i = 0; i < 3; i++) {
            grade(next().card().id(), Rating.EASY);
        }
        clock.advance(Duration.ofDays(12));
        prefs = prefs.withDailyLimits(0, 2);
        assertEquals(2, due().counts().review(), "three due, two allowed");
        for (int i = 0; i < 2; i++) {
            DueCard card = next();
            assertEquals(Queue.REVIEW, card.queue());
            grade(card.card().id(), Rating.GOOD);
        }
        Due after = service.due(learner, prefs, ONE_TOPIC, 10);
        assertEquals(0, after.counts().review());
        assertEquals(2, after.today().reviewsDone());
        assertTrue(after.cards().isEmpty(), "the third review waits for tomorrow");

        clock.advance(Duration.ofDays(1));
        assertTrue(due().counts().review() >= 1);
    }

    @Test
    void shouldSpreadNewCardsEvenlyAmongReviews() {
        prefs = prefs.withDailyLimits(4, 200);
        for (int i = 0; i < 4; i++) {
            grade(next().card().id(), Rating.EASY);
        }
        clock.advance(Duration.ofDays(12));
        prefs = prefs.withDailyLimits(2, 200);
        List<Queue> order = service.due(learner, prefs, ONE_TOPIC, 6).cards().stream().map(DueCard::queue).toList();
        assertEquals(List.of(Queue.REVIEW, Queue.NEW, Queue.REVIEW, Queue.REVIEW, Queue.NEW, Queue.REVIEW), order);
    }

    @Test
    void shouldStudyOnlyTheChosenTopics() {
        List<String> two = List.of("tcp-time-wait", "dns-answer-ip");
        Due due = service.due(learner, prefs, two, 10);
        assertEquals(20, due.counts().newCards());
        assertTrue(due.cards().stream().allMatch(c -> two.contains(c.card().topicId())));

        grade("dnsip-what", Rating.EASY);
        grade("gh-hsts", Rating.EASY);
        clock.advance(Duration.ofDays(12));
        assertEquals(0, service.due(learner, prefs, List.of("tcp-time-wait"), 1).counts().review());
        assertEquals(1, service.due(learner, prefs, two, 1).counts().review());
        assertEquals(1, service.due(learner, prefs, List.of("browser-github"), 1).counts().review());
        assertEquals(2, service.due(learner, prefs, List.of(), 1).counts().review(), "no topic means everything");
    }

    @Test
    void shouldBuryClozeSiblingsUntilTheNextStudyDay() {
        int cards = activeCards(TOPIC);
        prefs = prefs.withDailyLimits(500, 200);
        assertEquals(cards, due().counts().newCards());

        grade("tw-linux-c1", Rating.GOOD);
        Instant tomorrow4am = OffsetDateTime.parse("2026-03-11T04:00:00+09:00").toInstant();
        assertEquals(tomorrow4am, progress("tw-linux-c2").buriedUntil);
        assertEquals(tomorrow4am, progress("tw-linux-c3").buriedUntil);
        assertEquals(CardState.NEW, progress("tw-linux-c2").cardState());
        assertEquals(cards - 3, due().counts().newCards(), "c1 studied, c2 and c3 buried");

        clock.freezeAt(tomorrow4am);
        assertEquals(cards - 1, due().counts().newCards());
    }

    @Test
    void shouldHandBuriedSiblingsBackWhenTheGradeIsUndone() {
        int cards = activeCards(TOPIC);
        prefs = prefs.withDailyLimits(500, 200);
        service.bury(learner, prefs, "tw-linux-c3");

        GradeOutcome graded = grade("tw-linux-c1", Rating.GOOD);
        assertEquals(cards - 3, due().counts().newCards());
        service.undo(learner, graded.reviewId());

        assertNull(progress("tw-linux-c2").buriedUntil, "buried by the grade, so back with its undo");
        assertNotNull(progress("tw-linux-c3").buriedUntil, "buried by hand before the grade, so still buried");
        assertEquals(cards - 1, due().counts().newCards(), "only the card buried by hand is hidden");
    }

    @Test
    void shouldKeepSiblingsBuriedWhenALaterGradeInTheNoteStillStands() {
        GradeOutcome first = grade("tw-linux-c1", Rating.GOOD);
        grade("tw-linux-c2", Rating.GOOD);

        service.undo(learner, first.reviewId());

        assertNotNull(progress("tw-linux-c3").buriedUntil, "the grade of c2 buries c3 on its own");
        assertNotNull(progress("tw-linux-c1").buriedUntil, "and c1 too");
    }

    @Test
    void shouldBuryAFollowUpAndItsParentTogether() {
        grade("tw-who", Rating.GOOD);
        assertNotNull(progress("tw-server-closes").buriedUntil);
        assertNull(progress("tw-why"), "unrelated cards are left alone");

        long other = learner;
        learner = learners.create();
        grade("tw-server-closes", Rating.GOOD);
        assertNotNull(progress("tw-who").buriedUntil, "answering the follow-up buries its parent");
        learner = other;
        assertNull(progress("tw-who").buriedUntil, "a learner's own progress only");
    }

    @Test
    void shouldTagAndSuspendALeechAtEightLapses() {
        String card = "tw-why";
        grade(card, Rating.EASY);
        for (int lapse = 1; lapse <= 8; lapse++) {
            clock.freezeAt(progress(card).due.plus(Duration.ofHours(1)));
            GradeOutcome again = grade(card, Rating.AGAIN);
            assertEquals(lapse, progress(card).lapses);
            assertEquals(lapse == 8, again.leech(), "leech on lapse " + lapse);
            if (lapse < 8) {
                clock.advance(Duration.ofMinutes(10));
                grade(card, Rating.GOOD);
            }
        }
        CardProgress leech = progress(card);
        assertTrue(leech.leech);
        assertTrue(leech.suspended);
        clock.advance(Duration.ofDays(30));
        assertTrue(service.due(learner, prefs, ONE_TOPIC, 10).cards().stream()
                .noneMatch(c -> c.card().id().equals(card)), "a suspended leech is not shown");
        List<Object[]> attention = QuarkusTransaction.requiringNew().call(CardProgress::attentionSummary);
        assertTrue(attention.stream().anyMatch(row -> card.equals(row[0]) && ((Number) row[2]).longValue() >= 1));
    }

    @Test
    void shouldRestoreTheExactStateOnUndoAndMarkTheLogEntry() {
        String card = "tw-why";
        grade(card, Rating.GOOD);
        clock.advance(Duration.ofMinutes(10));
        grade(card, Rating.GOOD);
        clock.freezeAt(progress(card).due.plus(Duration.ofHours(2)));
        grade(card, Rating.HARD);
        CardProgress before = progress(card);
        clock.freezeAt(before.due.plus(Duration.ofHours(5)));

        GradeOutcome lapse = grade(card, Rating.AGAIN);
        assertEquals(CardState.RELEARNING, progress(card).cardState());
        UndoOutcome undo = service.undo(learner, lapse.reviewId());
        assertFalse(undo.replayed());
        assertEquals(lapse.reviewId(), undo.reviewId());

        CardProgress restored = progress(card);
        assertEquals(before.memory(), restored.memory(), "every FSRS field as it was");
        assertEquals(before.leech, restored.leech);
        assertEquals(before.suspended, restored.suspended);
        assertEquals(before.version + 2, restored.version, "undo is a change of its own");
        ReviewLog log = QuarkusTransaction.requiringNew().call(() -> ReviewLog.findOwned(learner, lapse.reviewId()));
        assertNotNull(log.undoneAt);
        assertEquals(Rating.AGAIN.value(), log.rating, "the log row keeps what happened");
        assertEquals(restored.memory(), service.replay(learner, prefs, card));

        UndoOutcome again = service.undo(learner, lapse.reviewId());
        assertTrue(again.replayed(), "undoing the same grade twice changes nothing");
        assertEquals(restored.version, progress(card).version);
    }

    @Test
    void shouldUndoGradesInReverseOrderAndThenHaveNothingLeft() {
        GradeOutcome first = grade("tw-why", Rating.GOOD);
        GradeOutcome second = grade("tw-last-ack", Rating.EASY);
        assertEquals(second.reviewId(), service.undo(learner, null).reviewId());
        assertEquals(first.reviewId(), service.undo(learner, null).reviewId());
        assertNull(progress("tw-why").lastReview);
        assertEquals(CardState.NEW, progress("tw-why").cardState());
        assertEquals(0, due().today().newStudied(), "undone grades do not count against the limit");
        assertThrows(NotFoundException.class, () -> service.undo(learner, null));
    }

    @Test
    void shouldRefuseToUndoAGradeThatALaterGradeBuiltOn() {
        GradeOutcome first = grade("tw-why", Rating.AGAIN);
        clock.advance(Duration.ofMinutes(1));
        grade("tw-why", Rating.GOOD);
        ClientErrorException e = assertThrows(ClientErrorException.class, () -> service.undo(learner, first.reviewId()));
        assertEquals(409, e.getResponse().getStatus());
    }

    @Test
    void shouldRebuildTheStoredStateByReplayingTheLog() {
        Random random = new Random(42);
        List<String> cards = List.of("tw-why", "tw-who", "tw-last-ack", "tw-old-segments", "tw-linux-60s");
        prefs = prefs.withDesiredRetention(0.85);
        for (int step = 0; step < 120; step++) {
            String card = cards.get(random.nextInt(cards.size()));
            GradeOutcome outcome = grade(card, Rating.of(1 + random.nextInt(4)));
            if (random.nextInt(10) == 0) {
                service.undo(learner, outcome.reviewId());
            }
            clock.advance(Duration.ofMinutes(random.nextInt(3) == 0 ? 1 + random.nextInt(20) : 60L * (1 + random.nextInt(60))));
        }
        for (String card : cards) {
            CardProgress stored = progress(card);
            FsrsCard rebuilt = service.replay(learner, prefs, card);
            if (rebuilt == null) {
                assertTrue(stored == null || stored.lastReview == null, card);
            } else {
                assertEquals(stored.memory(), rebuilt, card);
            }
        }
    }

    @Test
    void shouldBuryACardUntilTomorrowAndSuspendItUntilUnsuspended() {
        prefs = prefs.withDailyLimits(500, 200);
        int cards = activeCards(TOPIC);
        Instant until = service.bury(learner, prefs, "tw-why").value();
        assertEquals(OffsetDateTime.parse("2026-03-11T04:00:00+09:00").toInstant(), until);
        assertEquals(cards - 1, due().counts().newCards());

        assertTrue(service.suspend(learner, "tw-who", true).value());
        assertEquals(cards - 2, due().counts().newCards());

        clock.freezeAt(until);
        assertEquals(cards - 1, due().counts().newCards(), "buried until the next study day only");
        assertFalse(service.suspend(learner, "tw-who", false).value());
        assertEquals(cards, due().counts().newCards());
    }

    @Test
    void shouldFlagACardForMentorsAndTakeTheFlagBack() {
        assertTrue(service.flag(learner, "tw-reuse", true).value());
        CardProgress flagged = progress("tw-reuse");
        assertTrue(flagged.flagged);
        assertEquals(MORNING, flagged.flaggedAt);
        assertEquals(CardState.NEW, flagged.cardState(), "flagging does not study the card");
        List<Object[]> attention = QuarkusTransaction.requiringNew().call(CardProgress::attentionSummary);
        assertTrue(attention.stream().anyMatch(row -> "tw-reuse".equals(row[0]) && ((Number) row[1]).longValue() >= 1));

        assertFalse(service.flag(learner, "tw-reuse", false).value());
        assertFalse(progress("tw-reuse").flagged);
    }

    @Test
    void shouldStartTheStudyDayAtFourInTheMorningInSeoul() {
        prefs = prefs.withDailyLimits(1, 200).withDay(StudyPreferences.DEFAULT_ZONE, 4);
        clock.freezeAt(OffsetDateTime.parse("2026-03-10T03:30:00+09:00").toInstant());
        grade(next().card().id(), Rating.GOOD);
        assertEquals(0, due().counts().newCards());

        clock.freezeAt(OffsetDateTime.parse("2026-03-10T03:59:59+09:00").toInstant());
        assertEquals(0, due().counts().newCards(), "still the previous study day");
        clock.freezeAt(OffsetDateTime.parse("2026-03-10T04:00:00+09:00").toInstant());
        assertEquals(1, due().counts().newCards(), "a new study day");
        assertEquals(0, due().today().newStudied());
    }

    @Test
    void shouldMakeAReviewDueForItsWholeStudyDayInTheLearnersZone() {
        clock.freezeAt(OffsetDateTime.parse("2026-03-10T20:00:00+09:00").toInstant());
        grade("tw-why", Rating.EASY);
        Instant due = progress("tw-why").due;
        assertEquals(20, due.atZone(StudyPreferences.DEFAULT_ZONE).getHour());

        clock.freezeAt(due.atZone(StudyPreferences.DEFAULT_ZONE).withHour(3).toInstant());
        assertEquals(0, due().counts().review(), "03:00 still belongs to the day before");
        clock.freezeAt(due.atZone(StudyPreferences.DEFAULT_ZONE).withHour(4).toInstant());
        assertEquals(1, due().counts().review(), "due from 04:00 though scheduled for 20:00");
        assertEquals("tw-why", next().card().id());
    }

    @Test
    void shouldCountLearnersWithAGradeInTheLastDayAsActive() {
        // Far in the future, so every other test's grades are older than a day.
        clock.freezeAt(OffsetDateTime.parse("2100-01-01T10:00:00Z").toInstant());
        metrics.refreshActiveUsers();
        assertEquals(0, metrics.activeUsers());
        grade("tw-why", Rating.GOOD);
        long other = learner;
        learner = learners.create();
        GradeOutcome undone = grade("tw-why", Rating.GOOD);
        service.undo(learner, undone.reviewId());
        learner = other;
        metrics.refreshActiveUsers();
        assertEquals(1, metrics.activeUsers(), "an undone grade does not make a learner active");
        clock.advance(Duration.ofHours(25));
        metrics.refreshActiveUsers();
        assertEquals(0, metrics.activeUsers());
    }

    @Test
    void shouldRecordTheSameKeyOnceAndAnswerTheSame() {
        String key = UUID.randomUUID().toString();
        GradeCommand command = new GradeCommand(3, key, 2000, 0);
        GradeOutcome first = service.grade(learner, prefs, "tw-why", command);
        GradeOutcome second = service.grade(learner, prefs, "tw-why", command);
        assertFalse(first.replayed());
        assertTrue(second.replayed());
        assertEquals(first.reviewId(), second.reviewId());
        assertEquals(first.due(), second.due());
        assertEquals(1, progress("tw-why").reps);
        assertEquals(1L, QuarkusTransaction.requiringNew().call(() -> ReviewLog.count("userId", learner)));

        ClientErrorException reused = assertThrows(ClientErrorException.class,
                () -> service.grade(learner, prefs, "tw-who", command));
        assertEquals(409, reused.getResponse().getStatus());
    }

    @Test
    void shouldRefuseAGradeOfAStaleCardState() {
        DueCard shown = next();
        service.grade(learner, prefs, shown.card().id(),
                new GradeCommand(3, UUID.randomUUID().toString(), 100, shown.version()));
        ClientErrorException stale = assertThrows(ClientErrorException.class, () -> service.grade(learner, prefs,
                shown.card().id(), new GradeCommand(1, UUID.randomUUID().toString(), 100, shown.version())));
        assertEquals(409, stale.getResponse().getStatus());
        assertEquals(1, progress(shown.card().id()).reps, "nothing recorded");
    }

    @Test
    void shouldRejectUnknownCardsAndBadGrades() {
        assertThrows(NotFoundException.class, () -> grade("no-such-card", Rating.GOOD));
        assertThrows(IllegalArgumentException.class, () -> service.grade(learner, prefs, "tw-why",
                new GradeCommand(5, UUID.randomUUID().toString(), 0, null)));
        assertThrows(IllegalArgumentException.class, () -> service.grade(learner, prefs, "tw-why",
                new GradeCommand(3, "not-a-uuid", 0, null)));
        assertNull(progress("tw-why"));
        assertNotEquals(0, activeCards(TOPIC));
    }

    @Test
    void shouldScheduleTheNextReviewBeforeAnInterviewFourDaysOut() {
        StudyPreferences plain = StudyPreferences.defaults();
        var day = plain.dayClock();
        long interview = day.studyDay(MORNING) + 4;
        prefs = plain.withWeights(List.of(), new StudyPreferences.Interview(interview, 0.97, List.of()));

        GradeOutcome outcome = grade("tw-why", Rating.EASY);

        // Easy on a new card alone would wait about 8 days; at 97 % on the day it must come back before.
        long due = day.studyDay(outcome.due());
        assertEquals(outcome.due(),
                QuarkusTransaction.requiringNew().call(() -> CardProgress.find(learner, "tw-why").due));
        assertTrue(due < interview, "due on day " + due + ", interview on day " + interview);
        assertEquals(day.studyDay(MORNING) + 1, due);
    }

    @Test
    void shouldStopNewCardsTheDayBeforeTheInterview() {
        StudyPreferences plain = StudyPreferences.defaults();
        long tomorrow = plain.dayClock().studyDay(MORNING) + 1;
        StudyPreferences planned = plain.withWeights(List.of(),
                new StudyPreferences.Interview(tomorrow, 0.9, List.of()));

        assertEquals(0, service.due(learner, planned, List.of(), 10).counts().newCards());
        assertTrue(service.due(learner, plain, List.of(), 10).counts().newCards() > 0);
    }
}
