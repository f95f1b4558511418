package dev.prepdeck.study.adaptive;

import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;

import dev.prepdeck.content.Topic;
import dev.prepdeck.study.StudyPreferences;
import dev.prepdeck.study.StudyTopics;
import dev.prepdeck.study.fsrs.CardState;
import dev.prepdeck.study.fsrs.DayClock;
import dev.prepdeck.study.fsrs.FsrsCard;
import dev.prepdeck.study.fsrs.FsrsScheduler;
import dev.prepdeck.study.fsrs.InterviewPlanner;
import dev.prepdeck.study.fsrs.WorkloadSimulator;
import dev.prepdeck.study.review.CardProgress;

/** Builds the adaptive part of the settings page and saves the interview plan. */
@ApplicationScoped
public class AdaptiveSettings {

    static final List<Double> RETENTIONS = List.of(0.70, 0.75, 0.80, 0.85, 0.90, 0.93, 0.95, 0.97);

    /** Interview input that failed validation, with a message key per field; a 400 for the API. */
    public static class Rejected extends IllegalArgumentException {
        public final Map<String, String> errors;

        Rejected(Map<String, String> errors) {
            super("The interview plan needs " + String.join(", ", errors.keySet().stream().map(f -> switch (f) {
                case "interviewDate" -> "a date (YYYY-MM-DD) from tomorrow to two years ahead";
                case "interviewTarget" -> "a target recall between 0.70 and 0.99";
                default -> "known topic ids";
            }).toList()) + ".");
            this.errors = errors;
        }
    }

    @Inject
    AdaptiveConfig config;

    @Inject
    StudyTopics studyTopics;

    /** The panel for {@code userId}; {@code typed} and {@code errors} re-show a rejected interview form. */
    @Transactional
    public AdaptivePanel panel(long userId, StudyPreferences prefs, String notice, String lang,
            AdaptivePanel.InterviewForm typed, Map<String, String> errors) {
        FsrsParameters own = FsrsParameters.ofUser(userId);
        FsrsParameters cohort = FsrsParameters.cohort();
        String source = own != null && own.weights != null ? "own"
                : cohort != null && cohort.weights != null ? "cohort" : "defaults";
        AdaptivePanel.Run run = own == null || own.optimizedAt == null ? null
                : new AdaptivePanel.Run(fmt(own.logLossBefore), fmt(own.logLossAfter), fmt(own.rmseBefore),
                        fmt(own.rmseAfter), own.reviews, own.heldOutReviews, own.accepted);
        AdaptivePanel.InterviewForm form = typed != null ? typed : savedForm(userId);
        List<AdaptivePanel.TopicOption> topics = Topic.listActive().stream()
                .map(t -> new AdaptivePanel.TopicOption(t.id, t.title(lang))).toList();
        return new AdaptivePanel(source, run, notice == null ? "" : notice, workload(userId, prefs),
                config.workloadDays(), form, errors, topics);
    }

    private static AdaptivePanel.InterviewForm savedForm(long userId) {
        InterviewPlan plan = InterviewPlan.ofUser(userId);
        return plan == null ? new AdaptivePanel.InterviewForm("", "0.90", List.of(), false)
                : new AdaptivePanel.InterviewForm(plan.interviewDate.toString(), String.format(Locale.ROOT, "%.2f",
                        plan.target), plan.topicList(), true);
    }

    private List<AdaptivePanel.WorkloadRow> workload(long userId, StudyPreferences prefs) {
        DayClock clock = prefs.dayClock();
        Instant now = Instant.now();
        long today = clock.studyDay(now);
        List<WorkloadSimulator.SimCard> cards = new ArrayList<>();
        for (CardProgress p : CardProgress.<CardProgress>list("userId = ?1 and state > 0 and suspended = false",
                userId)) {
            FsrsCard m = p.memory();
            int since = m.lastReview() == null ? 0 : (int) (today - clock.studyDay(m.lastReview()));
            // Stability 0 means a new card to the simulator, so a studied card keeps at least the minimum.
            cards.add(new WorkloadSimulator.SimCard(Math.max(m.stability(), 0.001), Math.max(m.difficulty(), 1),
                    (int) (clock.studyDay(m.due()) - today), since));
        }
        long fresh = Math.min(CardProgress.countNew(userId, now, List.of()),
                (long) prefs.newCardsPerDay() * config.workloadDays());
        for (long i = 0; i < fresh; i++) {
            cards.add(WorkloadSimulator.SimCard.fresh());
        }
        WorkloadSimulator simulator = new WorkloadSimulator(new FsrsScheduler(prefs.fsrsConfig()).weights(),
                prefs.learningSteps().size(), prefs.relearningSteps().size(), prefs.fsrsConfig().maximumInterval());
        Map<Double, Double> load = simulator.reviewsPerDay(cards, prefs.newCardsPerDay(), config.workloadDays(),
                RETENTIONS, userId);
        List<AdaptivePanel.WorkloadRow> rows = new ArrayList<>();
        load.forEach((r, perDay) -> rows.add(new AdaptivePanel.WorkloadRow(Math.round(r * 100) + "%",
                String.format(Locale.ROOT, "%.1f", perDay), Math.abs(r - prefs.desiredRetention()) < 0.005)));
        return rows;
    }

    /**
     * Saves the interview plan (replacing any earlier one) and pulls forward the reviews of covered cards that
     * would otherwise come after the interview below the target. All or nothing.
     */
    @Transactional
    public void saveInterview(long userId, StudyPreferences prefs, String date, String target, List<String> topics) {
        Map<String, String> errors = new LinkedHashMap<>();
        long today = prefs.dayClock().studyDay(Instant.now());
        LocalDate day = null;
        try {
            day = LocalDate.parse(date == null ? "" : date.trim());
            if (day.toEpochDay() <= today || day.toEpochDay() > today + 731) {
                errors.put("interviewDate", "date");
            }
        } catch (DateTimeParseException e) {
            errors.put("interviewDate", "date");
        }
        double goal = 0;
        try {
            goal = Double.parseDouble(target == null ? "" : target.trim().replace(',', '.'));
            if (!(goal >= 0.70 && goal <= 0.99)) {
                errors.put("interviewTarget", "target");
            }
        } catch (NumberFormatException e) {
            errors.put("interviewTarget", "target");
        }
        List<String> chosen = List.of();
        try {
            chosen = studyTopics.requireKnown(topics);
        } catch (IllegalArgumentException e) {
            errors.put("interviewTopics", "topics");
        }
        if (!errors.isEmpty()) {
            throw new Rejected(errors);
        }
        InterviewPlan plan = InterviewPlan.ofUser(userId);
        boolean isNew = plan == null;
        if (isNew) {
            plan = new InterviewPlan();
            plan.userId = userId;
        }
        plan.interviewDate = day;
        plan.target = goal;
        plan.topics = String.join(",", chosen);
        if (isNew) {
            plan.persist();
        }
        pullForward(userId, prefs, new InterviewPlanner(new FsrsScheduler(prefs.fsrsConfig()), day.toEpochDay(),
                goal), chosen);
    }

    /** Removes the interview plan; due dates already pulled forward stay (reviewing early does no harm). */
    @Transactional
    public void deleteInterview(long userId) {
        InterviewPlan.deleteById(userId);
    }

    private static void pullForward(long userId, StudyPreferences prefs, InterviewPlanner planner,
            List<String> topics) {
        String filter = topics.isEmpty() ? "" : " and cardId in (select c.id from Card c where c.topicId in ?3)";
        List<CardProgress> rows = topics.isEmpty()
                ? CardProgress.list("userId = ?1 and state = ?2" + filter, userId, CardState.REVIEW.value())
                : CardProgress.list("userId = ?1 and state = ?2" + filter, userId, CardState.REVIEW.value(), topics);
        for (CardProgress p : rows) {
            FsrsCard planned = planner.plan(p.memory());
            if (!planned.equals(p.memory())) {
                p.setMemory(planned);
            }
        }
    }

    /** Predicted recall on the interview day per covered topic, or null without a plan still ahead. */
    @Transactional
    public InterviewForecast forecast(long userId, StudyPreferences prefs, String lang) {
        InterviewPlan plan = InterviewPlan.ofUser(userId);
        long today = prefs.dayClock().studyDay(Instant.now());
        if (plan == null || plan.interviewDate.toEpochDay() < today) {
            return null;
        }
        InterviewPlanner planner = new InterviewPlanner(new FsrsScheduler(prefs.fsrsConfig()),
                plan.interviewDate.toEpochDay(), plan.target);
        List<InterviewForecast.Row> rows = new ArrayList<>();
        for (Topic topic : Topic.listActive()) {
            if (!plan.covers(topic.id)) {
                continue;
            }
            List<CardProgress> learned = CardProgress.list("userId = ?1 and state > 0 and cardId in"
                    + " (select c.id from Card c where c.topicId = ?2 and c.retired = false)", userId, topic.id);
            double sum = 0;
            int below = 0;
            for (CardProgress p : learned) {
                double recall = planner.recallOnTheDay(p.memory());
                sum += recall;
                if (recall < plan.target) {
                    below++;
                }
            }
            String mean = learned.isEmpty() ? "–"
                    : String.format(Locale.ROOT, "%.1f%%", 100 * sum / learned.size());
            rows.add(new InterviewForecast.Row(topic.id, topic.title(lang), mean, below,
                    CardProgress.countNew(userId, Instant.now(), List.of(topic.id))));
        }
        return new InterviewForecast(plan.interviewDate.toString(), plan.interviewDate.toEpochDay() - today,
                Math.round(plan.target * 100) + "%", rows);
    }

    /** The saved plan with its forecast, for the API. */
    @Transactional
    public InterviewResource.PlanView view(long userId, StudyPreferences prefs, String lang) {
        InterviewPlan plan = InterviewPlan.ofUser(userId);
        InterviewResource.PlanBody body = plan == null ? null
                : new InterviewResource.PlanBody(plan.interviewDate.toString(), plan.target, plan.topicList());
        return new InterviewResource.PlanView(body, forecast(userId, prefs, lang));
    }

    private static String fmt(Double x) {
        return x == null ? "–" : String.format(Locale.ROOT, "%.4f", x);
    }
}
