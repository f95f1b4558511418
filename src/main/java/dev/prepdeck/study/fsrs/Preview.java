package dev.prepdeck.study.fsrs;

import java.time.Duration;
import java.util.Collections;
import java.util.EnumMap;
import java.util.Map;

/** The outcome of each of the four grades for one card at one moment, e.g. for labels on the grade buttons. */
public record Preview(Map<Rating, ReviewResult> results) {

    public Preview {
        if (results.size() != Rating.values().length) {
            throw new IllegalArgumentException("A preview needs a result for every rating");
        }
        results = Collections.unmodifiableMap(new EnumMap<>(results));
    }

    /** The card and log that grading with {@code rating} would produce. */
    public ReviewResult get(Rating rating) {
        return results.get(rating);
    }

    /** How long until the card comes back after {@code rating}. */
    public Duration interval(Rating rating) {
        return get(rating).interval();
    }

    /** Short Anki-style label for the interval after {@code rating}, such as {@code 10m} or {@code 3.5mo}. */
    public String label(Rating rating) {
        return IntervalLabels.format(interval(rating));
    }
}
