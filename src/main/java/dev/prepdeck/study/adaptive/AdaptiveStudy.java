package dev.prepdeck.study.adaptive;

import java.util.Arrays;
import java.util.List;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import dev.prepdeck.content.Card;
import dev.prepdeck.study.StudyPreferences;
import dev.prepdeck.study.fsrs.FsrsCard;
import dev.prepdeck.study.fsrs.FsrsScheduler;
import dev.prepdeck.study.fsrs.InterviewPlanner;

/** Adds what adapts to a learner to their study preferences: fitted FSRS weights and the interview plan. */
@ApplicationScoped
public class AdaptiveStudy {

    @Inject
    OptimizerService optimizer;

    /** {@code base} with the learner's fitted weights (own or cohort) and interview, read from the database. */
    public StudyPreferences adapt(long userId, StudyPreferences base) {
        List<Double> weights = Arrays.stream(optimizer.weightsFor(userId)).boxed().toList();
        InterviewPlan plan = InterviewPlan.ofUser(userId);
        StudyPreferences.Interview interview = plan == null ? null
                : new StudyPreferences.Interview(plan.interviewDate.toEpochDay(), plan.target, plan.topicList());
        return base.withWeights(weights, interview);
    }

    /** {@code scheduled} moved earlier if the learner's interview needs the card reviewed before it. */
    public static FsrsCard planned(StudyPreferences prefs, FsrsScheduler scheduler, String cardId,
            FsrsCard scheduled) {
        StudyPreferences.Interview interview = prefs.interview();
        if (interview == null) {
            return scheduled;
        }
        Card card = Card.findById(cardId);
        if (card == null || !interview.covers(card.topicId)) {
            return scheduled;
        }
        return new InterviewPlanner(scheduler, interview.day(), interview.target()).plan(scheduled);
    }

    /** The new-card limit for a session over {@code topics} on study day {@code today}, given the interview. */
    public static int newCardLimit(StudyPreferences prefs, FsrsScheduler scheduler, List<String> topics, long today,
            int limit) {
        StudyPreferences.Interview interview = prefs.interview();
        if (interview == null || !interview.coversAll(topics) || today >= interview.day()) {
            return limit;
        }
        return new InterviewPlanner(scheduler, interview.day(), interview.target()).newCardsAllowed(today, limit);
    }
}
