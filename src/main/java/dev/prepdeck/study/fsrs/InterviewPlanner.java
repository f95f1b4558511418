package dev.prepdeck.study.fsrs;

import java.time.Instant;

/**
 * Plans for an interview date: a card whose next review would come after the interview is pulled forward when
 * its predicted recall on the day would fall below the target, and new cards stop when there is no day left
 * to review them before the interview. Days are study days of the learner's {@link DayClock}; the recall
 * predicted "on the day" is the one at the start of the interview day, after the last review before it.
 */
public final class InterviewPlanner {

    /** New cards need at least this many study days before the interview: the learning day and one review. */
    public static final int NEW_CARD_LEAD_DAYS = 2;

    private final FsrsScheduler scheduler;
    private final long interviewDay;
    private final double target;

    /** {@code interviewDay} as {@link DayClock#studyDay} numbers it; {@code target} the recall to keep. */
    public InterviewPlanner(FsrsScheduler scheduler, long interviewDay, double target) {
        this.scheduler = scheduler;
        this.interviewDay = interviewDay;
        this.target = Retention.validateForEngine(target);
    }

    public long interviewDay() {
        return interviewDay;
    }

    public double target() {
        return target;
    }

    /** Predicted recall at the start of the interview day if {@code card} is not reviewed again before it. */
    public double recallOnTheDay(FsrsCard card) {
        if (card.lastReview() == null || card.stability() <= 0) {
            return 0;
        }
        long elapsed = Math.max(0, interviewDay - scheduler.config().dayClock().studyDay(card.lastReview()));
        return scheduler.forgettingCurve(elapsed, card.stability());
    }

    /**
     * {@code card} as just scheduled, with its due date moved earlier if needed so that it is reviewed again
     * before the interview whenever its recall on the day would otherwise be below the target. Cards in minute
     * steps and plans whose day has come are left alone.
     */
    public FsrsCard plan(FsrsCard card) {
        if (card.scheduledDays() == 0 || card.lastReview() == null) {
            return card;
        }
        DayClock clock = scheduler.config().dayClock();
        long reviewDay = clock.studyDay(card.lastReview());
        long dueDay = clock.studyDay(card.due());
        if (reviewDay >= interviewDay || dueDay < interviewDay || recallOnTheDay(card) >= target) {
            return card;
        }
        // The last day the card still stands at the target, but never later than the eve of the interview.
        long days = 1;
        while (reviewDay + days + 1 < interviewDay && scheduler.forgettingCurve(days + 1, card.stability()) >= target) {
            days++;
        }
        Instant due = clock.startOf(reviewDay + days);
        return new FsrsCard(card.state(), due, card.stability(), card.difficulty(), card.elapsedDays(), (int) days,
                card.learningSteps(), card.reps(), card.lapses(), card.lastReview());
    }

    /** How many new cards may start on {@code today}, given the daily limit: none once the interview is too near. */
    public int newCardsAllowed(long today, int dailyLimit) {
        return interviewDay - today >= NEW_CARD_LEAD_DAYS ? dailyLimit : 0;
    }
}
