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
 * @param weights          FSRS weights fitted for this learner (or the cohort); empty for the defaults
 * @param interview        the learner's interview plan, or null
 */
public record StudyPreferences(double desiredRetention, int newCardsPerDay, int reviewsPerDay,
        List<Duration> learningSteps, List<Duration> relearningSteps, ZoneId zone, int dayRolloverHour,
        List<Double> weights, Interview interview) {

    /**
     * An interview the scheduler plans for.
     *
     * @param day    the interview's study day ({@link DayClock#studyDay} numbering)
     * @param target recall to keep every covered card at on that day
     * @param topics topic ids it covers; empty for all
     */
    public record Interview(long day, double target, List<String> topics) {

        public Interview {
            topics = List.copyOf(topics);
        }

        public boolean covers(String topicId) {
            return topics.isEmpty() || topics.contains(topicId);
        }

        /** Whether a session over {@code sessionTopics} (empty: all) studies only cards this interview covers. */
        public boolean coversAll(List<String> sessionTopics) {
            return topics.isEmpty() || !sessionTopics.isEmpty() && topics.containsAll(sessionTopics);
        }
    }

    /** Preferences with the default FSRS weights and no interview. */
    public StudyPreferences(double desiredRetention, int newCardsPerDay, int reviewsPerDay,
            List<Duration> learningSteps, List<Duration> relearningSteps, ZoneId zone, int dayRolloverHour) {
        this(desiredRetention, newCardsPerDay, reviewsPerDay, learningSteps, relearningSteps, zone, dayRolloverHour,
                List.of(), null);
    }

    /** Where PrepDeck's candidates mostly live; used when a learner has not chosen a zone. */
    public static final ZoneId DEFAULT_ZONE = ZoneId.of("Asia/Seoul");

    public StudyPreferences {
        Retention.validateForUser(desiredRetention);
        if (newCardsPerDay < 0 || reviewsPerDay < 0) {
            throw new IllegalArgumentException("Daily limits must not be negative");
        }
        learningSteps = List.copyOf(learningSteps);
        relearningSteps = List.copyOf(relearningSteps);
        weights = List.copyOf(weights);
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
                dayRolloverHour, weights, interview);
    }

    public StudyPreferences withDay(ZoneId newZone, int rolloverHour) {
        return new StudyPreferences(desiredRetention, newCardsPerDay, reviewsPerDay, learningSteps, relearningSteps,
                newZone, rolloverHour, weights, interview);
    }

    public StudyPreferences withDesiredRetention(double retention) {
        return new StudyPreferences(retention, newCardsPerDay, reviewsPerDay, learningSteps, relearningSteps, zone,
                dayRolloverHour, weights, interview);
    }

    public StudyPreferences withWeights(List<Double> fitted, Interview plan) {
        return new StudyPreferences(desiredRetention, newCardsPerDay, reviewsPerDay, learningSteps, relearningSteps,
                zone, dayRolloverHour, fitted, plan);
    }

    public DayClock dayClock() {
        return new DayClock(zone, dayRolloverHour);
    }

    /** The scheduler configuration for this learner: their fitted (or the default) FSRS-6 weights, fuzz on. */
    public FsrsConfig fsrsConfig() {
        FsrsConfig base = FsrsConfig.defaults();
        if (!weights.isEmpty()) {
            base = new FsrsConfig(weights, base.desiredRetention(), base.maximumInterval(), base.learningSteps(),
                    base.relearningSteps(), base.shortTerm(), base.fuzz(), base.dayClock());
        }
        return base
                .withDesiredRetention(desiredRetention)
                .withLearningSteps(learningSteps)
                .withRelearningSteps(relearningSteps)
                .withDayClock(dayClock());
    }
}
