package dev.prepdeck.study.adaptive;

import java.util.List;
import java.util.Map;

/**
 * What the settings page shows of adaptive study: the latest optimization, the workload per retention and the
 * interview form.
 *
 * @param source      which weights schedule the learner: {@code own}, {@code cohort} or {@code defaults}
 * @param lastRun     the latest optimization of this learner, or null
 * @param notice      {@code accepted}, {@code kept}, {@code busy}, {@code interviewSaved} or empty
 * @param workload    reviews per day for each retention
 * @param workloadDays days simulated
 * @param interview   the interview form as saved or typed
 * @param errors      field errors of the interview form
 * @param topics      topics the interview may cover
 */
public record AdaptivePanel(String source, Run lastRun, String notice, List<WorkloadRow> workload,
        int workloadDays, InterviewForm interview, Map<String, String> errors, List<TopicOption> topics) {

    /** One optimization, numbers formatted for the page. */
    public record Run(String logLossBefore, String logLossAfter, String rmseBefore, String rmseAfter, int reviews,
            int heldOut, boolean accepted) {
    }

    /** Reviews per day at one retention; {@code current} marks the learner's setting. */
    public record WorkloadRow(String retention, String perDay, boolean current) {
    }

    /** The interview form's values as text. */
    public record InterviewForm(String date, String target, List<String> topics, boolean saved) {

        public boolean has(String topicId) {
            return topics.contains(topicId);
        }
    }

    /** A topic checkbox. */
    public record TopicOption(String id, String title) {
    }
}
