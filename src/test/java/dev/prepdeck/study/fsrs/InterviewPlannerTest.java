package dev.prepdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import org.junit.jupiter.api.Test;

class InterviewPlannerTest {

    private static final DayClock CLOCK = DayClock.UTC_MIDNIGHT;
    private static final Instant TODAY = Instant.parse("2026-03-02T00:00:00Z");
    private static final double TARGET = 0.9;

    private final FsrsScheduler scheduler = new FsrsScheduler(FsrsConfig.defaults().withDayClock(CLOCK));

    /**
     * A learner who studies every day, 14 days before the interview, with 40 cards already learned (some long
     * ago, some recently) and 30 new ones. They forget a card only when its recall has dropped below 85 %
     * (at random below that); the planner's job is that on the day every card stands at the target or above.
     */
    @Test
    void shouldBringEveryCardToTheTargetRecallOnAnInterviewFourteenDaysOut() {
        long interviewDay = CLOCK.studyDay(TODAY) + 14;
        InterviewPlanner planner = new InterviewPlanner(scheduler, interviewDay, TARGET);
        Random random = new Random(14);
        List<FsrsCard> cards = new ArrayList<>();
        for (int i = 0; i < 40; i++) {
            cards.add(learned(random));
        }
        for (int i = 0; i < 30; i++) {
            cards.add(FsrsCard.newCard(TODAY));
        }
        int newPerDay = 5;

        for (long day = CLOCK.studyDay(TODAY); day < interviewDay; day++) {
            Instant morning = CLOCK.startOf(day).plus(Duration.ofHours(9));
            int newLeft = planner.newCardsAllowed(day, newPerDay);
            for (int i = 0; i < cards.size(); i++) {
                FsrsCard card = cards.get(i);
                if (card.state() == CardState.NEW) {
                    if (newLeft-- <= 0) {
                        continue;
                    }
                } else if (CLOCK.studyDay(card.due()) > day) {
                    continue;
                }
                cards.set(i, study(planner, card, morning, random));
            }
        }

        for (FsrsCard card : cards) {
            assertTrue(card.state() != CardState.NEW, "every new card was learned in time");
            double recall = planner.recallOnTheDay(card);
            assertTrue(recall >= TARGET, "recall on the day " + recall + " for " + card);
        }
    }

    @Test
    void shouldPullAReviewDueAfterTheInterviewForward() {
        long interviewDay = CLOCK.studyDay(TODAY) + 10;
        InterviewPlanner planner = new InterviewPlanner(scheduler, interviewDay, TARGET);
        // Stability 5 days, reviewed today, due in 5 days is fine; due in 30 days after the interview is not.
        FsrsCard card = new FsrsCard(CardState.REVIEW, TODAY.plus(Duration.ofDays(30)), 5, 5, 0, 30, 0, 3, 0, TODAY);

        FsrsCard planned = planner.plan(card);

        long dueDay = CLOCK.studyDay(planned.due());
        assertTrue(dueDay < interviewDay, "pulled before the interview: " + planned.due());
        assertEquals(5, dueDay - CLOCK.studyDay(TODAY), "the last day recall still stands at 90 %");
        assertTrue(scheduler.forgettingCurve(dueDay - CLOCK.studyDay(TODAY), 5) >= TARGET);
    }

    @Test
    void shouldLeaveACardThatStaysAboveTheTargetUntilTheDay() {
        long interviewDay = CLOCK.studyDay(TODAY) + 3;
        InterviewPlanner planner = new InterviewPlanner(scheduler, interviewDay, TARGET);
        FsrsCard card = new FsrsCard(CardState.REVIEW, TODAY.plus(Duration.ofDays(60)), 60, 5, 0, 60, 0, 5, 0, TODAY);

        assertEquals(card, planner.plan(card));
    }

    @Test
    void shouldStopNewCardsWhenNoDayIsLeftToReviewThem() {
        long today = CLOCK.studyDay(TODAY);
        InterviewPlanner planner = new InterviewPlanner(scheduler, today + 1, TARGET);

        assertEquals(0, planner.newCardsAllowed(today, 20));
        assertEquals(20, new InterviewPlanner(scheduler, today + 5, TARGET).newCardsAllowed(today, 20));
    }

    private FsrsCard learned(Random random) {
        FsrsCard card = FsrsCard.newCard(TODAY.minus(Duration.ofDays(200)));
        Instant at = TODAY.minus(Duration.ofDays(10 + random.nextInt(180)));
        for (int i = 0; i < 3 + random.nextInt(4); i++) {
            card = scheduler.review(card, at, Rating.GOOD).card();
            at = card.due();
            if (!at.isBefore(TODAY)) {
                break;
            }
        }
        return card;
    }

    /** Grades one card through its steps on {@code day}, the way the learner above remembers. */
    private FsrsCard study(InterviewPlanner planner, FsrsCard card, Instant at, Random random) {
        double recall = card.state() == CardState.NEW ? 1 : scheduler.retrievability(card, at);
        Rating rating = recall < 0.85 && random.nextDouble() > recall ? Rating.AGAIN : Rating.GOOD;
        FsrsCard next = scheduler.review(card, at, rating).card();
        while (next.scheduledDays() == 0) {
            at = next.due();
            next = scheduler.review(next, at, Rating.GOOD).card();
        }
        return planner.plan(next);
    }
}
