package dev.prepdeck.study;

import java.time.Duration;
import java.time.ZoneId;
import java.util.List;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.prepdeck.account.CurrentUser;
import dev.prepdeck.account.UserSettings;
import dev.prepdeck.study.adaptive.AdaptiveStudy;
import dev.prepdeck.study.fsrs.Retention;

/** The logged-in learner of the current request, as the study services see them: an id and study settings. */
@RequestScoped
public class CurrentLearner {

    private static final Logger LOG = Logger.getLogger(CurrentLearner.class);

    @Inject
    CurrentUser user;

    @Inject
    AdaptiveStudy adaptive;

    private StudyPreferences preferences;

    /** The learner's id; a visitor gets 401 (API) or the login page. */
    public long id() {
        return user.id();
    }

    /** The learner's settings from their account, with their fitted FSRS weights and interview plan. */
    public StudyPreferences preferences() {
        if (preferences == null) {
            preferences = adaptive.adapt(user.id(), of(user.settings()));
        }
        return preferences;
    }

    /**
     * Study preferences from account settings. The scheduler counts steps in whole minutes (as ts-fsrs does), so a
     * step in seconds is rounded up to a minute; settings the scheduler cannot use fall back to Anki's defaults.
     */
    static StudyPreferences of(UserSettings settings) {
        StudyPreferences defaults = StudyPreferences.defaults();
        try {
            double retention = settings.desiredRetention >= Retention.USER_MIN
                    && settings.desiredRetention <= Retention.USER_MAX ? settings.desiredRetention
                            : defaults.desiredRetention();
            ZoneId zone = settings.zoneId();
            return new StudyPreferences(retention, Math.max(0, settings.newCardsPerDay),
                    Math.max(0, settings.reviewsPerDay), minutes(settings.learningStepDurations()),
                    minutes(settings.relearningStepDurations()), zone, settings.dayRolloverHour);
        } catch (RuntimeException e) {
            LOG.warnf("Unusable study settings (%s); using the defaults", e.getMessage());
            return defaults;
        }
    }

    private static List<Duration> minutes(List<Duration> steps) {
        return steps.stream().map(s -> Duration.ofMinutes(Math.max(1, (s.toSeconds() + 59) / 60))).toList();
    }
}
