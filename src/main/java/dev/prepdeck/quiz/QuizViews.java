package dev.prepdeck.quiz;

import java.time.Instant;
import java.util.List;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

/** What the quiz pages and the quiz API show: one shape for both, built from the stored quiz and its cards. */
public final class QuizViews {

    private QuizViews() {
    }

    @Schema(description = "A choice option as asked")
    public record Option(int index, String letter, String html) {
    }

    @Schema(description = "An ordering step: index identifies it in an answer's order")
    public record Step(int index, String html) {
    }

    @Schema(description = "One typed gap: what was typed, the expected answer, and whether it was accepted")
    public record GapVerdict(int number, String typed, String expected, boolean accepted, boolean exact) {
    }

    @Schema(description = "One choice option after answering: right or not, picked or not, and why")
    public record OptionVerdict(int index, String letter, String html, boolean correct, boolean picked,
            String explanation) {

        /** An option the learner got wrong: picked but wrong, or right but not picked. */
        public boolean mistaken() {
            return correct != picked;
        }
    }

    @Schema(description = "A step at the place the learner put it, and whether that is its place")
    public record StepVerdict(int place, String html, boolean inPlace) {
    }

    @Schema(description = "The verdict on an answer and everything that explains it")
    public record Feedback(boolean correct, boolean overridden, boolean counts, List<GapVerdict> gaps,
            List<OptionVerdict> options, String picked, String rightOptions, List<StepVerdict> yourOrder,
            List<String> rightOrder, String answerHtml, String extraHtml) {

        /** Right only because a typo was forgiven: worth telling, so the learner sees the spelling. */
        public boolean forgiven() {
            return correct && gaps.stream().anyMatch(g -> g.accepted() && !g.exact());
        }
    }

    @Schema(description = "One question as asked, with its feedback once answered")
    public record Question(int position, String cardId, String topicId, String topicTitle, String kind,
            String prompt, int gapCount, boolean multiple, List<Option> options, List<Step> steps, boolean answered,
            Feedback feedback, String cardUrl) {
    }

    @Schema(description = "A quiz: its questions, how far it got and, once finished, its score")
    public record QuizView(String id, String lang, List<String> topics, List<String> kinds, String retryOf,
            Instant startedAt, Instant finishedAt, int total, int answered, Integer correct, Integer next,
            boolean signedIn, List<Question> questions) {

        public boolean finished() {
            return finishedAt != null;
        }

        public Question question(int position) {
            return questions.stream().filter(q -> q.position() == position).findFirst().orElse(null);
        }
    }

    @Schema(description = "Right answers of one topic in a quiz or over a learner's history")
    public record TopicScore(String topicId, String title, long correct, long total) {

        public long percent() {
            return total == 0 ? 0 : Math.round(100.0 * correct / total);
        }
    }

    @Schema(description = "A finished quiz's score: per topic, every mistake explained, cards now due for review")
    public record Result(String id, int total, int correct, long percent,
            @Schema(description = "Questions left unanswered; they count as wrong and are among the mistakes")
            int unanswered, List<TopicScore> topics,
            List<Question> mistakes, List<String> scheduled, boolean feedsReviews, boolean signedIn) {
    }

    @Schema(description = "One finished quiz in a learner's history")
    public record HistoryEntry(String id, Instant startedAt, Instant finishedAt, String finishedLocal, int total,
            int correct, long percent, List<String> topics, List<String> topicTitles, boolean retry, int missed) {
    }

    @Schema(description = "A learner's quizzes, newest first, and their scores per topic")
    public record History(List<HistoryEntry> quizzes, List<TopicScore> topics) {
    }

    @Schema(description = "A learner's quiz setting")
    public record Settings(boolean feedReviews) {
    }
}
