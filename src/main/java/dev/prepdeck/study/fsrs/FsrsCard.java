package dev.prepdeck.study.fsrs;

import java.time.Instant;
import java.util.Objects;

/**
 * Immutable scheduling state of one card for one learner, as FSRS (ts-fsrs) keeps it.
 *
 * @param state         New, Learning, Review or Relearning
 * @param due           when the card should be shown next
 * @param stability     S in days (0 while New)
 * @param difficulty    D in [1, 10] (0 while New)
 * @param elapsedDays   study days between the previous review and the last one
 * @param scheduledDays interval in days chosen by the last review (0 during minute steps)
 * @param learningSteps index of the current (re)learning step (0 in Review)
 * @param reps          number of reviews so far
 * @param lapses        number of times the card was forgotten while in Review
 * @param lastReview    time of the last review, or null if never reviewed
 */
public record FsrsCard(CardState state, Instant due, double stability, double difficulty, int elapsedDays,
        int scheduledDays, int learningSteps, int reps, int lapses, Instant lastReview) {

    public FsrsCard {
        Objects.requireNonNull(state, "state");
        Objects.requireNonNull(due, "due");
        if (reps < 0 || lapses < 0 || learningSteps < 0 || scheduledDays < 0 || elapsedDays < 0) {
            throw new IllegalArgumentException("Card counters must not be negative");
        }
        if (!(stability >= 0) || !(difficulty >= 0)) {
            throw new IllegalArgumentException("Stability and difficulty must be non-negative numbers");
        }
    }

    /** A card nobody has studied yet, due immediately. */
    public static FsrsCard newCard(Instant now) {
        return new FsrsCard(CardState.NEW, now, 0, 0, 0, 0, 0, 0, 0, null);
    }

    FsrsCard withMemory(double newDifficulty, double newStability) {
        return new FsrsCard(state, due, newStability, newDifficulty, elapsedDays, scheduledDays, learningSteps, reps,
                lapses, lastReview);
    }

    FsrsCard rescheduled(CardState newState, Instant newDue, int newScheduledDays, int newLearningStep) {
        return new FsrsCard(newState, newDue, stability, difficulty, elapsedDays, newScheduledDays, newLearningStep,
                reps, lapses, lastReview);
    }

    FsrsCard withLapse() {
        return new FsrsCard(state, due, stability, difficulty, elapsedDays, scheduledDays, learningSteps, reps,
                lapses + 1, lastReview);
    }
}
