package dev.prepdeck.study.fsrs;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * FSRS-6 spaced-repetition scheduler with ts-fsrs 5.4.2 semantics: given a card, a time and a grade it returns
 * the next card state and a review log. Immutable and thread-safe; build one per learner configuration.
 */
public final class FsrsScheduler {

    private static final long MINUTES_PER_DAY = 1440;

    private final FsrsConfig config;
    private final double[] weights;
    private final FsrsModel model;
    private final double intervalModifier;
    private final long[] learningMinutes;
    private final long[] relearningMinutes;

    public FsrsScheduler(FsrsConfig config) {
        this.config = Objects.requireNonNull(config, "config");
        double[] given = config.weights().stream().mapToDouble(Double::doubleValue).toArray();
        this.weights = FsrsWeights.effective(given, config.relearningSteps().size(), config.shortTerm());
        this.model = new FsrsModel(weights, config.shortTerm());
        this.intervalModifier = model.intervalModifier(config.desiredRetention());
        this.learningMinutes = toMinutes(config.learningSteps());
        this.relearningMinutes = toMinutes(config.relearningSteps());
    }

    public FsrsConfig config() {
        return config;
    }

    /** The 21 weights actually used, after upgrading and clipping the configured ones. */
    public double[] weights() {
        return weights.clone();
    }

    /** Days-per-stability multiplier for the desired retention (1 at 0.90 with default weights). */
    public double intervalModifier() {
        return intervalModifier;
    }

    /** Grades {@code card} at {@code now}, with fuzz seeded by the review time as ts-fsrs does. */
    public ReviewResult review(FsrsCard card, Instant now, Rating rating) {
        return review(card, now, rating, null);
    }

    /**
     * Grades {@code card} at {@code now}; with a {@code fuzzKey} the fuzz depends only on that key and the card's
     * review count (see {@link #preview(FsrsCard, Instant, String)}).
     */
    public ReviewResult review(FsrsCard card, Instant now, Rating rating, String fuzzKey) {
        Objects.requireNonNull(rating, "rating");
        return preview(card, now, fuzzKey).get(rating);
    }

    /** What each of the four grades would do to {@code card} at {@code now}; {@link #review} picks one of these. */
    public Preview preview(FsrsCard card, Instant now) {
        return preview(card, now, null);
    }

    /**
     * Like {@link #preview(FsrsCard, Instant)}, but with a {@code fuzzKey} (one per learner and card) the fuzz is
     * seeded from the key and the card's review count, as Anki seeds it from the card id and its reps, instead of
     * from the review time: a preview shown a minute before the grade on the same study day gives the interval
     * the grade then gets. Null keeps ts-fsrs's time-based seed.
     */
    public Preview preview(FsrsCard card, Instant now, String fuzzKey) {
        Objects.requireNonNull(card, "card");
        // ts-fsrs works in epoch milliseconds; truncating keeps stored times, fuzz seeds and replays identical.
        Review review = new Review(card, now.truncatedTo(ChronoUnit.MILLIS), fuzzKey);
        Map<Rating, FsrsCard> next = config.shortTerm() ? review.withSteps() : review.longTerm();
        Map<Rating, ReviewResult> results = new EnumMap<>(Rating.class);
        next.forEach((rating, after) -> results.put(rating, new ReviewResult(after, review.log(rating, after))));
        return new Preview(results);
    }

    /**
     * Probability of recalling {@code card} at {@code now}, 0 for a New card. Like ts-fsrs's get_retrievability this
     * counts whole 24-hour periods since the last review, not study days.
     */
    public double retrievability(FsrsCard card, Instant now) {
        if (card.state() == CardState.NEW || card.lastReview() == null) {
            return 0;
        }
        long days = Math.max(Math.floorDiv(now.toEpochMilli() - card.lastReview().toEpochMilli(),
                Duration.ofDays(1).toMillis()), 0);
        return model.forgettingCurve(days, FsrsWeights.toFixed8(card.stability()));
    }

    /** The forgetting curve itself: probability of recall after {@code elapsedDays} at stability {@code stability}. */
    public double forgettingCurve(double elapsedDays, double stability) {
        return model.forgettingCurve(elapsedDays, stability);
    }

    /**
     * Whether {@code card} should be shown at {@code now}: cards scheduled in days are due for their whole study
     * day (as in Anki), cards in minute steps and New cards from their due instant.
     */
    public boolean isDue(FsrsCard card, Instant now) {
        if (card.scheduledDays() > 0) {
            return config.dayClock().studyDay(card.due()) <= config.dayClock().studyDay(now);
        }
        return !card.due().isAfter(now);
    }

    /** One review in progress: the common bookkeeping ts-fsrs does before looking at the grade. */
    private final class Review {
        private final FsrsCard before;
        private final Instant now;
        private final int elapsedDays;
        private final Double retrievability;
        private final FsrsCard current;
        private final double fuzzFactor;

        Review(FsrsCard before, Instant now, String fuzzKey) {
            this.before = before;
            this.now = now;
            boolean reviewedBefore = before.state() != CardState.NEW && before.lastReview() != null;
            this.elapsedDays = reviewedBefore ? config.dayClock().elapsedDays(before.lastReview(), now) : 0;
            if (elapsedDays < 0) {
                throw new IllegalArgumentException("Review time " + now + " is on a study day before the last review "
                        + before.lastReview());
            }
            boolean firstRating = before.difficulty() == 0 && before.stability() == 0;
            this.retrievability = firstRating ? null : model.forgettingCurve(elapsedDays, before.stability());
            this.current = new FsrsCard(before.state(), before.due(), before.stability(), before.difficulty(),
                    elapsedDays, before.scheduledDays(), before.learningSteps(), before.reps() + 1, before.lapses(), now);
            if (!config.fuzz()) {
                this.fuzzFactor = Double.NaN;
            } else if (fuzzKey != null) {
                this.fuzzFactor = Fuzz.factor(fuzzKey, current.reps());
            } else {
                this.fuzzFactor = Fuzz.factor(now, current.reps(), before.difficulty(), before.stability());
            }
        }

        /** ts-fsrs BasicScheduler: minute steps for New/Learning/Relearning cards and for lapses. */
        Map<Rating, FsrsCard> withSteps() {
            Map<Rating, FsrsCard> next = new EnumMap<>(Rating.class);
            if (before.state() == CardState.REVIEW) {
                FsrsCard hard = remember(Rating.HARD);
                FsrsCard good = remember(Rating.GOOD);
                FsrsCard easy = remember(Rating.EASY);
                // The chosen grade's interval depends on the others: Hard <= Good - 1 < Good < Easy.
                int hardDays = nextInterval(hard.stability());
                int goodDays = nextInterval(good.stability());
                hardDays = Math.min(hardDays, goodDays);
                goodDays = Math.max(goodDays, hardDays + 1);
                int easyDays = Math.max(nextInterval(easy.stability()), goodDays + 1);
                next.put(Rating.AGAIN, applySteps(remember(Rating.AGAIN), Rating.AGAIN, CardState.RELEARNING)
                        .withLapse());
                next.put(Rating.HARD, hard.rescheduled(CardState.REVIEW, plusDays(hardDays), hardDays, 0));
                next.put(Rating.GOOD, good.rescheduled(CardState.REVIEW, plusDays(goodDays), goodDays, 0));
                next.put(Rating.EASY, easy.rescheduled(CardState.REVIEW, plusDays(easyDays), easyDays, 0));
            } else {
                CardState target = before.state() == CardState.NEW ? CardState.LEARNING : before.state();
                for (Rating rating : Rating.values()) {
                    next.put(rating, applySteps(remember(rating), rating, target));
                }
            }
            return next;
        }

        /** ts-fsrs LongTermScheduler: every grade schedules whole days; Learning cards are treated as Review. */
        Map<Rating, FsrsCard> longTerm() {
            int[] days = new int[5];
            FsrsCard[] cards = new FsrsCard[5];
            for (Rating rating : Rating.values()) {
                cards[rating.value()] = remember(rating);
                days[rating.value()] = nextInterval(cards[rating.value()].stability());
            }
            days[1] = Math.min(days[1], days[2]);
            days[2] = Math.max(days[2], days[1] + 1);
            days[3] = Math.max(days[3], days[2] + 1);
            days[4] = Math.max(days[4], days[3] + 1);
            Map<Rating, FsrsCard> next = new EnumMap<>(Rating.class);
            for (Rating rating : Rating.values()) {
                int d = days[rating.value()];
                next.put(rating, cards[rating.value()].rescheduled(CardState.REVIEW, plusDays(d), d, 0));
            }
            if (before.state() != CardState.NEW) {
                next.put(Rating.AGAIN, next.get(Rating.AGAIN).withLapse());
            }
            return next;
        }

        /** The current card with the memory state after {@code rating}. */
        private FsrsCard remember(Rating rating) {
            double r = retrievability == null ? Double.NaN : retrievability;
            FsrsModel.Memory memory = model.nextState(before.difficulty(), before.stability(), elapsedDays,
                    rating.value(), r);
            return current.withMemory(memory.difficulty(), memory.stability());
        }

        /** ts-fsrs applyLearningSteps: a minute step if the step table has one for this grade, else graduate. */
        private FsrsCard applySteps(FsrsCard next, Rating rating, CardState target) {
            long[] step = stepFor(rating);
            long minutes = step == null ? 0 : Math.max(0, step[0]);
            int nextStep = step == null ? 0 : (int) Math.max(0, step[1]);
            if (minutes > 0 && minutes < MINUTES_PER_DAY) {
                return next.rescheduled(target, now.plus(Duration.ofMinutes(minutes)), 0, nextStep);
            } else if (minutes >= MINUTES_PER_DAY) {
                return next.rescheduled(CardState.REVIEW, now.plus(Duration.ofMinutes(minutes)),
                        (int) (minutes / MINUTES_PER_DAY), nextStep);
            }
            int days = nextInterval(next.stability());
            return next.rescheduled(CardState.REVIEW, plusDays(days), days, 0);
        }

        /**
         * ts-fsrs BasicLearningStepsStrategy: {minutes, next step index} for a grade, or null to graduate. Hard
         * always averages the first two steps, whatever step the card is on.
         */
        private long[] stepFor(Rating rating) {
            CardState state = before.state();
            long[] steps = state == CardState.REVIEW || state == CardState.RELEARNING ? relearningMinutes
                    : learningMinutes;
            int cur = before.learningSteps();
            if (steps.length == 0 || cur >= steps.length) {
                return null;
            }
            if (state == CardState.REVIEW) {
                return rating == Rating.AGAIN ? new long[] {steps[Math.max(0, cur)], 0} : null;
            }
            return switch (rating) {
                case AGAIN -> new long[] {steps[0], 0};
                case HARD -> new long[] {steps.length == 1 ? Math.round(steps[0] * 1.5)
                        : Math.round((steps[0] + steps[1]) / 2.0), cur};
                case GOOD -> cur + 1 < steps.length ? new long[] {steps[cur + 1], cur + 1} : null;
                case EASY -> null;
            };
        }

        /** Days for stability {@code s}: rounded, at least 1, at most the maximum, then fuzzed. */
        private int nextInterval(double s) {
            int days = (int) Math.min(Math.max(1, Math.round(s * intervalModifier)), config.maximumInterval());
            return config.fuzz() ? Fuzz.apply(days, elapsedDays, config.maximumInterval(), fuzzFactor) : days;
        }

        private Instant plusDays(int days) {
            return now.plus(Duration.ofDays(days));
        }

        FsrsReviewLog log(Rating rating, FsrsCard after) {
            return new FsrsReviewLog(rating, before.state(), after.state(), before.stability(), after.stability(),
                    before.difficulty(), after.difficulty(), retrievability, elapsedDays, after.scheduledDays(), now);
        }
    }

    private static long[] toMinutes(List<Duration> steps) {
        return steps.stream().mapToLong(Duration::toMinutes).toArray();
    }
}
