package dev.prepdeck.interview;

import java.time.Instant;
import java.util.List;

/**
 * What the interview pages (and a second screen following the session) show: one shape built from the stored
 * interview and its cards.
 */
public final class InterviewViews {

    private InterviewViews() {
    }

    /** Where a question is: not asked yet, being prepared, being answered, revealed (not rated yet), or rated. */
    public enum Phase {
        WAITING, PREPARING, ANSWERING, REVEALED, RATED;

        public String id() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }

    /** A key concept of the card; {@code covered} is null until the answer is revealed. */
    public record Concept(String label, List<String> terms, Boolean covered) {

        public boolean missed() {
            return Boolean.FALSE.equals(covered);
        }
    }

    /** One question of the interview, with the candidate's answer so far. */
    public record Answer(int position, String cardId, String topicId, String topicTitle, int mainNumber, int depth,
            Integer parentPosition, String questionHtml, String answerHtml, String extraHtml, List<Concept> concepts,
            Phase phase, Instant prepEndsAt, Instant answerStartedAt, Integer answerMs, String notes,
            Integer selfRating, Integer interviewerRating, String interviewerNotes, boolean scheduled) {

        public boolean followUp() {
            return depth > 0;
        }

        public long coveredCount() {
            return concepts.stream().filter(c -> Boolean.TRUE.equals(c.covered())).count();
        }

        public List<Concept> missedConcepts() {
            return concepts.stream().filter(Concept::missed).toList();
        }

        /** The answer time in whole seconds, or null when not answered. */
        public Long answerSeconds() {
            return answerMs == null ? null : Math.round(answerMs / 1000.0);
        }

        /** Whole seconds of preparation left at {@code now}. */
        public long prepLeft(Instant now) {
            return prepEndsAt == null ? 0 : Math.max(0, (prepEndsAt.toEpochMilli() - now.toEpochMilli() + 999) / 1000);
        }

        /** Whole seconds answered so far at {@code now}. */
        public long answeredFor(Instant now) {
            return answerStartedAt == null ? 0 : Math.max(0, (now.toEpochMilli() - answerStartedAt.toEpochMilli())
                    / 1000);
        }

        public boolean weak() {
            return selfRating != null && selfRating <= InterviewService.WEAK_RATING;
        }
    }

    /**
     * A whole interview: its setting, the question being asked ({@code currentPosition}), every question, and a
     * {@code version} that grows with every step.
     */
    public record State(String id, String lang, List<String> topics, int mainCount, Integer prepSeconds,
            Integer answerSeconds, int currentPosition, int version, Instant startedAt, Instant finishedAt,
            boolean signedIn, Instant now, List<Answer> answers) {

        public boolean finished() {
            return finishedAt != null;
        }

        public int total() {
            return answers.size();
        }

        /** The question being asked, or null once the interview is over. */
        public Answer current() {
            return finished() ? null : answer(currentPosition);
        }

        public Answer answer(int position) {
            return answers.stream().filter(a -> a.position() == position).findFirst().orElse(null);
        }

        /** The question a follow-up follows, or null for a main question. */
        public Answer parentOf(Answer answer) {
            return answer.parentPosition() == null ? null : answer(answer.parentPosition());
        }

        public long rated() {
            return answers.stream().filter(a -> a.selfRating() != null).count();
        }
    }

    /** Self-ratings and concept coverage of one topic over the interview. */
    public record TopicSummary(String topicId, String title, int answers, double averageRating, long covered,
            long concepts) {

        public String average() {
            return String.format(java.util.Locale.ROOT, "%.1f", averageRating);
        }

        public long coveredPercent() {
            return concepts == 0 ? 100 : Math.round(100.0 * covered / concepts);
        }
    }

    /** A concept missed in one answer. */
    public record Missed(int position, String label, String topicTitle) {
    }

    /** The report at the end: every answer, the concepts missed, the weakest topics first, the cards scheduled. */
    public record Report(State state, List<Answer> answers, List<Missed> missed, List<TopicSummary> weakestTopics,
            List<Answer> scheduled, long totalSeconds) {
    }
}
