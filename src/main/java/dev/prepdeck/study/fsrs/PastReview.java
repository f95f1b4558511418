package dev.prepdeck.study.fsrs;

/**
 * One recorded grade as the optimizer and the simulators read it.
 *
 * @param reviewedAtMillis when the grade was given (epoch milliseconds); with the previous review's time it gives
 *                         the exact, fractional interval FSRS-7 works with
 * @param elapsedDays      study days since the card's previous grade (0 for the first grade and same-day reviews)
 * @param rating           1 Again, 2 Hard, 3 Good, 4 Easy
 */
public record PastReview(long reviewedAtMillis, int elapsedDays, int rating) {

    public PastReview {
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("Elapsed days must not be negative, was " + elapsedDays);
        }
        if (rating < 1 || rating > 4) {
            throw new IllegalArgumentException("Rating must be 1 to 4, was " + rating);
        }
    }

    /** Exact days (24-hour periods, fractional) since {@code previous}: what FSRS-7's same-day model needs. */
    public double exactDaysSince(PastReview previous) {
        return (reviewedAtMillis - previous.reviewedAtMillis) / 86_400_000.0;
    }
}
