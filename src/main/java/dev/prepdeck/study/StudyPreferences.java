package dev.prepdeck.study;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;
import java.util.Objects;

import dev.prepdeck.study.fsrs.DayClock;
import dev.prepdeck.study.fsrs.FsrsConfig;
import dev.prepdeck.study.fsrs.LearningSteps;
import dev.prepdeck.study.fsrs.Retention;

/**
 * What the study services need to know about one learner's settings: scheduling, daily limits and day boundaries.
 *
 * @param desiredRetention probability of recall to aim for (0.70–0.99)
 * @param newCardsPerDay   new cards introduced per study day
 * @param reviewsPerDay    review cards shown per study day
 * @param learningSteps    steps for new cards, e.g. 1m 10m
 * @param relearningSteps  steps after a lapse, e.g. 10m
 * @param zone             the learner's time zone
 * @param dayRolloverHour  local hour at which the next study day starts
 */
public record StudyPreferences(double desiredRetention, int newCardsPerDay, int reviewsPerDay,
        List<Duration> learningSteps, List<Duration> relearningSteps, ZoneId zone, int dayRolloverHour) {

    /** Where PrepDeck's candidates mostly live; used when a learner has not chosen a zone. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Seoul");

    public StudyPreferences {
        Retention.validateForUser(desiredRetention);
        if (newCardsPerDay < 0 || reviewsPerDay < 0) {
            throw new IllegalArgumentException("Daily limits must not be negative");
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        Objects.requireNonNull(zone, "zone");
        // Validates the hour.
        new DayClock(zone, dayRolloverHour);
    }

    /** Anki's deck defaults: retention 0.90, 20 new and 200 reviews a day, steps 1m 10m / 10m, 4 am rollover. */
    public static StudyPreferences defaults() {
        return new StudyPreferences(Retention.DEFAULT, 20, 200, LearningSteps.parse("1m 10m"),
                LearningSteps.parse("10m"), DEFAULT_ZONE, DayClock.DEFAULT_ROLLOVER_HOUR);
    }

    public StudyPreferences withDailyLimits(int newCards, int reviews) {
        return new StudyPreferences(desiredRetention, newCards, reviews, learningSteps, relearningSteps, zone,
                dayRolloverHour);
    }

    public StudyPreferences withDay(ZoneId newZone, int rolloverHour) {
        return new StudyPreferences(desiredRetention, newCardsPerDay, reviewsPerDay, learningSteps, relearningSteps,
                newZone, rolloverHour);
    }

    public StudyPreferences withDesiredRetention(double retention) {
        return new StudyPreferences(retention, newCardsPerDay, reviewsPerDay, learningSteps, relearningSteps, zone,
                dayRolloverHour);
    }

    public DayClock dayClock() {
        return new DayClock(zone, dayRolloverHour);
    }

    /** The scheduler configuration for this learner: default FSRS-6 weights, fuzz on. */
    public FsrsConfig fsrsConfig() {
        return FsrsConfig.defaults()
                .withDesiredRetention(desiredRetention)
                .withLearningSteps(learningSteps)
                .withRelearningSteps(relearningSteps)
                .withDayClock(dayClock());
    }
}
