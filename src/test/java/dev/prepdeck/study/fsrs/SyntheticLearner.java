package dev.prepdeck.study.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

/**
 * A learner whose memory follows known FSRS weights exactly: cards are graded roughly when due (early or late
 * by a random factor, so retrievability varies), recalled with the probability those weights predict.
 */
public final class SyntheticLearner {

    private SyntheticLearner() {
    }

    /** About {@code reviews} grades over {@code cards} cards, reproducible from {@code seed}. */
    public static List<List<PastReview>> reviewLog(double[] trueWeights, int cards, int reviews, long seed) {
        FsrsScheduler scheduler = new FsrsScheduler(FsrsConfig.defaults().withWeights(trueWeights).withFuzz(false)
                .withDayClock(DayClock.UTC_MIDNIGHT));
        Random random = new Random(seed);
        Instant start = Instant.parse("2026-01-05T09:00:00Z");
        int perCard = Math.max(2, reviews / cards);
        List<List<PastReview>> log = new ArrayList<>();
        for (int c = 0; c < cards; c++) {
            Instant now = start.plus(Duration.ofHours(random.nextInt(24 * 30)));
            FsrsCard card = FsrsCard.newCard(now);
            List<PastReview> history = new ArrayList<>();
            for (int i = 0; i < perCard; i++) {
                double recall = card.state() == CardState.NEW ? 0.75
                        : card.scheduledDays() == 0 ? 0.9 : scheduler.retrievability(card, now);
                Rating rating = grade(random, random.nextDouble() < recall);
                ReviewResult result = scheduler.review(card, now, rating);
                history.add(new PastReview(now.toEpochMilli(), result.log().elapsedDays(), rating.value()));
                card = result.card();
                Duration wait = result.interval();
                if (card.scheduledDays() > 0) {
                    // Early or late by up to a factor of three, at a random time of day.
                    long minutes = (long) (wait.toMinutes() * (0.3 + 2.7 * random.nextDouble()));
                    wait = Duration.ofMinutes(Math.max(minutes, 24 * 60));
                }
                now = now.plus(wait).plus(Duration.ofMinutes(random.nextInt(120)));
            }
            log.add(history);
        }
        return log;
    }

    private static Rating grade(Random random, boolean recalled) {
        if (!recalled) {
            return Rating.AGAIN;
        }
        double u = random.nextDouble();
        return u < 0.1 ? Rating.HARD : u < 0.85 ? Rating.GOOD : Rating.EASY;
    }
}
