package dev.prepdeck.support;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

import dev.prepdeck.content.Card;
import dev.prepdeck.study.fsrs.PastReview;
import dev.prepdeck.study.review.CardProgress;
import dev.prepdeck.study.review.ReviewLog;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Stores synthetic review logs for a learner as if they had graded real cards. */
public final class SyntheticReviews {

    private static final long DAY_MS = 86_400_000L;

    private SyntheticReviews() {
    }

    /** Up to {@code limit} ids of active cards. */
    public static List<String> cardIds(int limit) {
        return QuarkusTransaction.requiringNew().call(() -> Card.listAllActive().stream().map(c -> c.id)
                .limit(limit).toList());
    }

    /**
     * Writes a synthetic log as graded reviews of real cards, one card per history, moved in time so that its last
     * review is two to three days ago: a learner's log lies in the past, and other tests count recent reviews.
     */
    public static void store(long userId, List<List<PastReview>> log) {
        List<String> ids = cardIds(log.size());
        long last = log.stream().flatMap(List::stream).mapToLong(PastReview::reviewedAtMillis).max().orElse(0);
        // whole days, so every review keeps its time of day and the log's study days stay the same on every run
        long shift = Math.floorDiv(Instant.now().minusSeconds(2 * 86400).toEpochMilli() - last, DAY_MS) * DAY_MS;
        QuarkusTransaction.requiringNew().run(() -> {
            for (int c = 0; c < log.size(); c++) {
                List<PastReview> history = log.get(c);
                for (int i = 0; i < history.size(); i++) {
                    PastReview review = history.get(i);
                    ReviewLog row = new ReviewLog();
                    row.userId = userId;
                    row.cardId = ids.get(c);
                    row.idempotencyKey = UUID.randomUUID().toString();
                    row.rating = review.rating();
                    row.reviewedAt = Instant.ofEpochMilli(review.reviewedAtMillis() + shift);
                    row.elapsedDays = review.elapsedDays();
                    row.stateBefore = i == 0 ? 0 : 2;
                    row.dueBefore = row.reviewedAt;
                    row.stabilityBefore = i == 0 ? 0 : 1;
                    row.difficultyBefore = i == 0 ? 0 : 5;
                    row.lastReviewBefore = i == 0 ? null
                            : Instant.ofEpochMilli(history.get(i - 1).reviewedAtMillis() + shift);
                    row.stateAfter = 2;
                    row.dueAfter = row.reviewedAt.plusSeconds(86400);
                    row.stabilityAfter = 1;
                    row.difficultyAfter = 5;
                    row.persist();
                }
                CardProgress p = CardProgress.fresh(userId, ids.get(c), Instant.now());
                p.state = 2;
                p.stability = 3;
                p.difficulty = 5;
                p.scheduledDays = 3;
                p.lastReview = Instant.now().minusSeconds(86400);
                p.due = Instant.now().plusSeconds(2 * 86400);
                p.persist();
            }
        });
    }
}
