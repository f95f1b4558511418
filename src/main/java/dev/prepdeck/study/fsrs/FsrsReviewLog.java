package dev.prepdeck.study.fsrs;

import java.time.Instant;

/**
 * What one review did to a card: enough to audit it, to show a card's history and to compute retention.
 *
 * @param rating           the grade given
 * @param stateBefore      card state before the review
 * @param stateAfter       card state after the review
 * @param stabilityBefore  S before (0 for a New card)
 * @param stabilityAfter   S after
 * @param difficultyBefore D before (0 for a New card)
 * @param difficultyAfter  D after
 * @param retrievability   R the scheduler used (probability of recall at review time), null for a New card
 * @param elapsedDays      study days since the previous review
 * @param scheduledDays    interval chosen by this review in days (0 for a minute step)
 * @param reviewedAt       when the review happened
 */
public record FsrsReviewLog(Rating rating, CardState stateBefore, CardState stateAfter, double stabilityBefore,
        double stabilityAfter, double difficultyBefore, double difficultyAfter, Double retrievability,
        int elapsedDays, int scheduledDays, Instant reviewedAt) {
}
