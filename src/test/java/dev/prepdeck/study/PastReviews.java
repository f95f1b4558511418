package dev.prepdeck.study;

import java.time.Instant;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.prepdeck.study.review.ReviewService;
import dev.prepdeck.study.review.ReviewService.GradeCommand;
import dev.prepdeck.support.TestClock;

/** Grades cards for a learner at chosen moments, past or present, so tests start with a history of reviews. */
@ApplicationScoped
public class PastReviews {

    @Inject
    ReviewService reviews;

    @Inject
    TestClock clock;

    /** Grades {@code cardId} with {@code rating} (1 Again … 4 Easy) as if at {@code at}; the clock is real again after. */
    public void grade(long learnerId, String cardId, int rating, Instant at) {
        clock.freezeAt(at);
        try {
            reviews.grade(learnerId, StudyPreferences.defaults(), cardId,
                    new GradeCommand(rating, UUID.randomUUID().toString(), 3000, null));
        } finally {
            clock.reset();
        }
    }
}
