package dev.prepdeck.account;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One user's study settings, stored in the user's own row. Defaults follow Anki's deck options. */
@Embeddable
public class UserSettings {

    public static final double DEFAULT_RETENTION = 0.90;
    public static final double MIN_RETENTION = 0.70;
    public static final double MAX_RETENTION = 0.99;

    /** Probability of recall the scheduler aims for when a card comes due (0.70–0.99). */
    @Column(name = "desired_retention", nullable = false)
    public double desiredRetention = DEFAULT_RETENTION;

    /** New cards introduced per study day. */
    @Column(name = "new_cards_per_day", nullable = false)
    public int newCardsPerDay = 20;

    /** Maximum reviews shown per study day. */
    @Column(name = "reviews_per_day", nullable = false)
    public int reviewsPerDay = 200;

    /** Learning steps, e.g. {@code "1m 10m"}; see {@link StepList}. */
    @Column(name = "learning_steps", nullable = false, length = 100)
    public String learningSteps = "1m 10m";

    /** Relearning steps after a lapse, e.g. {@code "10m"}. */
    @Column(name = "relearning_steps", nullable = false, length = 100)
    public String relearningSteps = "10m";

    /** IANA time zone id, e.g. {@code Asia/Seoul}. */
    @Column(name = "time_zone", nullable = false, length = 64)
    public String timeZone = "Asia/Seoul";

    /** Local hour (0–23) at which the next study day starts, 4 as in Anki. */
    @Column(name = "day_rollover_hour", nullable = false)
    public int dayRolloverHour = 4;

    /** UI language code, {@code ko} or {@code en}. */
    @Column(name = "ui_language", nullable = false, length = 8)
    public String uiLanguage = "ko";

    public ZoneId zoneId() {
        return ZoneId.of(timeZone);
    }

    public List<Duration> learningStepDurations() {
        return StepList.parse(learningSteps);
    }

    public List<Duration> relearningStepDurations() {
        return StepList.parse(relearningSteps);
    }
}
