package dev.prepdeck.study;

import java.time.Duration;

import dev.prepdeck.study.fsrs.CardState;
import dev.prepdeck.study.fsrs.IntervalLabels;
import io.quarkus.qute.i18n.Localized;
import io.quarkus.qute.i18n.MessageBundles;

/** Study strings needed outside templates: interval labels and state names in the learner's language. */
public final class StudyText {

    private StudyText() {
    }

    public static StudyMessages messages(String lang) {
        return "en".equals(lang) ? MessageBundles.get(StudyMessages.class, Localized.Literal.of("en"))
                : MessageBundles.get(StudyMessages.class);
    }

    /** An Anki-style interval label ({@code 10m}, {@code 3d}; {@code 10분}, {@code 3일} in Korean). */
    public static String interval(Duration interval, String lang) {
        StudyMessages m = messages(lang);
        return IntervalLabels.format(interval, new IntervalLabels.Units(m.unit_seconds(), m.unit_minutes(),
                m.unit_hours(), m.unit_days(), m.unit_months(), m.unit_years()));
    }

    public static String state(CardState state, String lang) {
        StudyMessages m = messages(lang);
        return switch (state) {
            case NEW -> m.state_new();
            case LEARNING -> m.state_learning();
            case REVIEW -> m.state_review();
            case RELEARNING -> m.state_relearning();
        };
    }
}
