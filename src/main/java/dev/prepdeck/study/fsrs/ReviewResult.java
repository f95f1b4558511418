package dev.prepdeck.study.fsrs;

import java.time.Duration;

/** The card after one grade together with the log entry describing the review. */
public record ReviewResult(FsrsCard card, FsrsReviewLog log) {

    /** Time from the review until the card is due again (minutes for steps, whole days otherwise). */
    public Duration interval() {
        return Duration.between(log.reviewedAt(), card.due());
    }
}
