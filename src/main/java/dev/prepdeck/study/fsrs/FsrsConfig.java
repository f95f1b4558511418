package dev.prepdeck.study.fsrs;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Objects;

/**
 * Everything a {@link FsrsScheduler} needs to know; immutable, with defaults matching Anki and ts-fsrs
 * (except that fuzz is on, as in Anki).
 *
 * @param weights          FSRS model weights: 21 values (19 or 17 from older FSRS versions are upgraded)
 * @param desiredRetention target probability of recall when a card comes due, strictly between 0 and 1
 * @param maximumInterval  longest interval in days
 * @param learningSteps    steps for new cards, e.g. 1m 10m; empty schedules new cards in days at once
 * @param relearningSteps  steps after a lapse, e.g. 10m
 * @param shortTerm        true: same-day reviews and steps (ts-fsrs BasicScheduler); false: every answer
 *                         schedules whole days (ts-fsrs LongTermScheduler) and steps are ignored
 * @param fuzz             spread intervals of 3+ days a little so cards learned together split up
 * @param dayClock         how elapsed days are counted (time zone and rollover hour)
 */
public record FsrsConfig(List<Double> weights, double desiredRetention, int maximumInterval,
        List<Duration> learningSteps, List<Duration> relearningSteps, boolean shortTerm, boolean fuzz,
        DayClock dayClock) {

    /** Anki's default: 100 years. */
    public static final int DEFAULT_MAXIMUM_INTERVAL = 36500;

    public FsrsConfig {
        weights = List.copyOf(weights);
        if (weights.size() != 21 && weights.size() != 19 && weights.size() != 17) {
            throw new IllegalArgumentException("FSRS needs 21 weights (or 19/17 from FSRS-5/4.5), got "
                    + weights.size());
        }
        Retention.validateForEngine(desiredRetention);
        if (maximumInterval < 1) {
            throw new IllegalArgumentException("Maximum interval must be at least 1 day, was " + maximumInterval);
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        learningSteps.forEach(LearningSteps::requireValid);
        relearningSteps.forEach(LearningSteps::requireValid);
        Objects.requireNonNull(dayClock, "dayClock");
    }

    /**
     * Default weights, retention 0.90, maximum 36500 days, steps {@code 1m 10m}, relearning {@code 10m},
     * short-term on, fuzz on, days rolling over at 4 am UTC (pass the learner's zone with {@link #withDayClock}).
     */
    public static FsrsConfig defaults() {
        return new FsrsConfig(toList(FsrsWeights.defaults()), Retention.DEFAULT, DEFAULT_MAXIMUM_INTERVAL,
                LearningSteps.parse("1m 10m"), LearningSteps.parse("10m"), true, true, DayClock.of(ZoneOffset.UTC));
    }

    public FsrsConfig withWeights(double... newWeights) {
        return new FsrsConfig(toList(newWeights), desiredRetention, maximumInterval, learningSteps, relearningSteps,
                shortTerm, fuzz, dayClock);
    }

    public FsrsConfig withDesiredRetention(double retention) {
        return new FsrsConfig(weights, retention, maximumInterval, learningSteps, relearningSteps, shortTerm, fuzz,
                dayClock);
    }

    public FsrsConfig withMaximumInterval(int days) {
        return new FsrsConfig(weights, desiredRetention, days, learningSteps, relearningSteps, shortTerm, fuzz,
                dayClock);
    }

    public FsrsConfig withLearningSteps(List<Duration> steps) {
        return new FsrsConfig(weights, desiredRetention, maximumInterval, steps, relearningSteps, shortTerm, fuzz,
                dayClock);
    }

    /** Steps in Anki notation, e.g. {@code "1m 10m"}. */
    public FsrsConfig withLearningSteps(String steps) {
        return withLearningSteps(LearningSteps.parse(steps));
    }

    public FsrsConfig withRelearningSteps(List<Duration> steps) {
        return new FsrsConfig(weights, desiredRetention, maximumInterval, learningSteps, steps, shortTerm, fuzz,
                dayClock);
    }

    /** Steps in Anki notation, e.g. {@code "10m"}. */
    public FsrsConfig withRelearningSteps(String steps) {
        return withRelearningSteps(LearningSteps.parse(steps));
    }

    public FsrsConfig withShortTerm(boolean enabled) {
        return new FsrsConfig(weights, desiredRetention, maximumInterval, learningSteps, relearningSteps, enabled,
                fuzz, dayClock);
    }

    public FsrsConfig withFuzz(boolean enabled) {
        return new FsrsConfig(weights, desiredRetention, maximumInterval, learningSteps, relearningSteps, shortTerm,
                enabled, dayClock);
    }

    public FsrsConfig withDayClock(DayClock clock) {
        return new FsrsConfig(weights, desiredRetention, maximumInterval, learningSteps, relearningSteps, shortTerm,
                fuzz, clock);
    }

    private static List<Double> toList(double[] values) {
        Double[] boxed = new Double[values.length];
        for (int i = 0; i < values.length; i++) {
            boxed[i] = values[i];
        }
        return List.of(boxed);
    }
}
