package dev.prepdeck.quiz;

import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;

import org.jboss.logging.Logger;

import dev.prepdeck.content.CardContent;
import dev.prepdeck.content.ContentCache;
import dev.prepdeck.content.Topic;
import dev.prepdeck.study.StudyPreferences;
import dev.prepdeck.study.StudyTopics;
import dev.prepdeck.study.review.ReviewService;
import dev.prepdeck.study.fsrs.Rating;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Quizzes for visitors and learners: drawing the questions, marking answers, the learner's "I was right", the score,
 * mistakes graded Again in a signed-in learner's reviews, their history and a retry of the missed questions.
 * A quiz lives on the server, so a reload or another device picks it up where it was.
 */
@ApplicationScoped
public class QuizService {

    private static final Logger LOG = Logger.getLogger(QuizService.class);

    static final int DEFAULT_LENGTH = 10;
    static final int MAX_LENGTH = 50;
    static final int HISTORY_LENGTH = 50;
    /** The longest time one answer counts in the review statistics; longer means the learner stepped away. */
    private static final Duration MAX_ANSWER_TIME = Duration.ofMinutes(5);

    private final Random random = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    ContentCache contents;

    @Inject
    ReviewService reviews;

    @Inject
    StudyTopics studyTopics;

    /** The chosen topics and kinds have no card to ask: the learner must choose differently. */
    public static class NoQuestionsException extends IllegalArgumentException {
        NoQuestionsException(String message) {
            super(message);
        }
    }

    /** What a quiz asks: topics (empty for all), how many questions, which card kinds, and the cards' language. */
    public record StartCommand(List<String> topics, Integer length, List<String> kinds, String lang) {
    }

    // ---------------------------------------------------------------- start

    /** Draws a new quiz and returns its id; {@code userId} is null for a visitor. */
    @Transactional
    public String start(Long userId, StartCommand command) {
        List<String> topics = studyTopics.requireKnown(command.topics());
        int length = command.length() == null ? DEFAULT_LENGTH : command.length();
        if (length < 1 || length > MAX_LENGTH) {
            throw new IllegalArgumentException("length must be from 1 to " + MAX_LENGTH + " questions, was " + length
                    + ".");
        }
        List<String> kinds = requireKinds(command.kinds());
        List<Quiz.Candidate> candidates = new ArrayList<>(Quiz.candidates(topics, kinds));
        if (candidates.isEmpty()) {
            throw new NoQuestionsException("The chosen topics have no " + String.join(", ", kinds)
                    + " cards to ask; choose other topics or kinds.");
        }
        return create(userId, lang(command.lang()), topics, kinds, null, pick(candidates, length));
    }

    private static List<String> requireKinds(List<String> kinds) {
        if (kinds == null || kinds.stream().allMatch(k -> k == null || k.isBlank())) {
            return QuestionSheet.KINDS;
        }
        Set<String> chosen = new LinkedHashSet<>();
        for (String kind : kinds) {
            if (kind == null || kind.isBlank()) {
                continue;
            }
            if (!QuestionSheet.KINDS.contains(kind)) {
                throw new IllegalArgumentException("kinds must be among " + QuestionSheet.KINDS + ", was '" + kind
                        + "'.");
            }
            chosen.add(kind);
        }
        // in a fixed order, so the same choice is stored (and shown) the same way
        return QuestionSheet.KINDS.stream().filter(chosen::contains).toList();
    }

    private static String lang(String lang) {
        return "en".equals(lang) ? "en" : "ko";
    }

    /**
     * Picks {@code length} cards at random, one per note first: the gaps of one cloze note would give each other
     * away. Other cards of a note are only taken when the topics have too few notes.
     */
    private List<Quiz.Candidate> pick(List<Quiz.Candidate> candidates, int length) {
        java.util.Collections.shuffle(candidates, random);
        List<Quiz.Candidate> picked = new ArrayList<>();
        List<Quiz.Candidate> rest = new ArrayList<>();
        Set<String> notes = new HashSet<>();
        for (Quiz.Candidate c : candidates) {
            if (notes.add(c.noteId()) && picked.size() < length) {
                picked.add(c);
            } else {
                rest.add(c);
            }
        }
        for (Quiz.Candidate c : rest) {
            if (picked.size() >= length) {
                break;
            }
            picked.add(c);
        }
        return picked;
    }

    private String create(Long userId, String lang, List<String> topics, List<String> kinds, String retryOf,
            List<Quiz.Candidate> cards) {
        Quiz quiz = new Quiz();
        quiz.id = UUID.randomUUID().toString();
        quiz.userId = userId;
        quiz.lang = lang;
        quiz.topics = String.join(",", topics);
        quiz.kinds = String.join(",", kinds);
        quiz.retryOf = retryOf;
        quiz.startedAt = now();
        quiz.questionCount = cards.size();
        quiz.persist();
        Map<String, CardContent> content = contents.cards(cards.stream().map(Quiz.Candidate::cardId).toList());
        int position = 1;
        for (Quiz.Candidate c : cards) {
            QuizQuestion q = new QuizQuestion();
            q.quizId = quiz.id;
            q.position = position++;
            q.cardId = c.cardId();
            q.topicId = c.topicId();
            q.kind = c.kind();
            if (QuestionSheet.ORDER.equals(c.kind())) {
                int steps = content.get(c.cardId()).view().side(lang).steps().size();
                q.shown = join(QuestionSheet.shuffledSteps(steps, random));
            }
            q.persist();
        }
        return quiz.id;
    }

    /** A new quiz asking again every question of a finished quiz that was missed, in a new order. */
    @Transactional
    public String retry(Long userId, String quizId) {
        Quiz quiz = require(userId, quizId);
        if (!quiz.isFinished()) {
            throw new ClientErrorException("Finish this quiz first; then its missed questions can be asked again.",
                    409);
        }
        Set<String> seen = new HashSet<>();
        List<Quiz.Candidate> missed = new ArrayList<>();
        List<String> kinds = QuestionSheet.KINDS;
        Set<String> active = new HashSet<>();
        Quiz.candidates(List.of(), kinds).forEach(c -> active.add(c.cardId()));
        for (QuizQuestion q : QuizQuestion.listByQuiz(quiz.id)) {
            if (q.missed() && active.contains(q.cardId) && seen.add(q.cardId)) {
                missed.add(new Quiz.Candidate(q.cardId, q.topicId, q.kind, q.cardId));
            }
        }
        if (missed.isEmpty()) {
            throw new ClientErrorException("This quiz has no missed questions to ask again.", 409);
        }
        java.util.Collections.shuffle(missed, random);
        return create(quiz.userId, quiz.lang, quiz.topicList(), quiz.kindList(), quiz.id, missed);
    }

    // ---------------------------------------------------------------- answer and override

    /** Marks an answer to one question; answering again with the same answer repeats the verdict. */
    @Transactional
    public QuizViews.Question answer(Long userId, String quizId, int position, QuizAnswer answer) {
        Quiz quiz = require(userId, quizId);
        QuizQuestion q = requireQuestion(quiz, position);
        CardContent card = contents.card(q.cardId);
        QuestionSheet sheet = sheet(q, card, quiz.lang);
        sheet.requireFits(answer);
        if (q.isAnswered()) {
            if (normalized(answer, sheet).equals(QuizAnswer.fromJson(q.answer))) {
                return question(q, sheet, card, quiz.lang, quiz.isFinished());
            }
            throw new ClientErrorException("Question " + position + " was already answered; each question is"
                    + " answered once.", 409);
        }
        if (quiz.isFinished()) {
            throw new ClientErrorException("This quiz is finished; start a new one or retry the missed questions.",
                    409);
        }
        Instant now = now();
        Instant since = quiz.startedAt;
        for (QuizQuestion other : QuizQuestion.listByQuiz(quiz.id)) {
            if (other.answeredAt != null && other.answeredAt.isAfter(since)) {
                since = other.answeredAt;
            }
        }
        QuizAnswer stored = normalized(answer, sheet);
        q.answer = stored.toJson();
        q.correct = sheet.isRight(stored);
        q.answeredAt = now;
        q.answerMs = (int) Math.min(MAX_ANSWER_TIME.toMillis(), Math.max(0, Duration.between(since, now).toMillis()));
        return question(q, sheet, card, quiz.lang, quiz.isFinished());
    }

    /**
     * Moves one step of an unanswered ordering question, for the page without scripts: the order lives on the
     * server, so a reload shows the steps where the learner left them.
     */
    @Transactional
    public void reorder(Long userId, String quizId, int position, List<Integer> order) {
        Quiz quiz = require(userId, quizId);
        QuizQuestion q = requireQuestion(quiz, position);
        if (!QuestionSheet.ORDER.equals(q.kind) || q.isAnswered() || quiz.isFinished()) {
            throw new ClientErrorException("Only the steps of an unanswered ordering question can be moved.", 409);
        }
        QuestionSheet sheet = sheet(q, contents.card(q.cardId), quiz.lang);
        sheet.requireFits(new QuizAnswer(null, null, order));
        q.shown = join(order);
    }

    /** Only the field of the question's kind is kept, and a gap left empty is stored as empty. */
    private static QuizAnswer normalized(QuizAnswer answer, QuestionSheet sheet) {
        return switch (sheet.kind()) {
            case QuestionSheet.CLOZE -> new QuizAnswer(answer.gaps().stream().map(g -> g == null ? "" : g).toList(),
                    null, null);
            case QuestionSheet.CHOICE -> new QuizAnswer(null, answer.options().stream().sorted().toList(), null);
            default -> new QuizAnswer(null, null, List.copyOf(answer.order()));
        };
    }

    /**
     * Records the learner's "I was right" for an answer marked wrong: it then counts as right, and the Again grade
     * it fed into their reviews is taken back when nothing graded the card since.
     */
    public QuizViews.Question override(Long userId, String quizId, int position) {
        Long fedReview = QuarkusTransaction.requiringNew().call(() -> {
            Quiz quiz = require(userId, quizId);
            QuizQuestion q = requireQuestion(quiz, position);
            if (!q.isAnswered()) {
                throw new ClientErrorException("Answer question " + position + " first.", 409);
            }
            if (Boolean.TRUE.equals(q.correct)) {
                throw new ClientErrorException("Question " + position + " was already marked right.", 409);
            }
            if (!q.overridden) {
                q.overridden = true;
                q.overriddenAt = now();
                if (quiz.isFinished()) {
                    quiz.correctCount = (int) QuizQuestion.listByQuiz(quiz.id).stream()
                            .filter(QuizQuestion::counts).count();
                }
            }
            return q.reviewLogId;
        });
        if (fedReview != null && userId != null) {
            takeBack(userId, quizId, position, fedReview);
        }
        return QuarkusTransaction.requiringNew().call(() -> {
            Quiz quiz = require(userId, quizId);
            QuizQuestion q = requireQuestion(quiz, position);
            CardContent card = contents.card(q.cardId);
            return question(q, sheet(q, card, quiz.lang), card, quiz.lang, quiz.isFinished());
        });
    }

    private void takeBack(long userId, String quizId, int position, long reviewId) {
        try {
            reviews.undo(userId, reviewId);
        } catch (WebApplicationException e) {
            // The card was graded again since: that later grade is the learner's own and stays.
            LOG.debugf("Again grade %d of quiz %s stays: %s", reviewId, quizId, e.getMessage());
            return;
        }
        QuarkusTransaction.requiringNew().run(() -> {
            QuizQuestion q = QuizQuestion.lock(quizId, position);
            if (q != null && q.reviewLogId != null && q.reviewLogId == reviewId) {
                q.reviewLogId = null;
            }
        });
    }

    // ---------------------------------------------------------------- finish and result

    /** A mistake to grade Again: the question and the card. */
    private record ToFeed(long questionId, int position, String cardId, int answerMs) {
    }

    /**
     * Ends the quiz and scores it; a question left unanswered counts as wrong. For a signed-in learner who keeps the
     * setting on, every question marked wrong or left unanswered is graded Again in their reviews, once: finishing
     * again grades nothing twice.
     */
    public QuizViews.Result finish(Long userId, StudyPreferences prefs, String quizId) {
        List<ToFeed> toFeed = QuarkusTransaction.requiringNew().call(() -> {
            Quiz quiz = require(userId, quizId);
            List<QuizQuestion> questions = QuizQuestion.listByQuiz(quiz.id);
            if (!quiz.isFinished()) {
                quiz.finishedAt = now();
                quiz.correctCount = (int) questions.stream().filter(QuizQuestion::counts).count();
            }
            if (quiz.userId == null || !QuizSetting.feedsReviews(quiz.userId)) {
                return List.<ToFeed>of();
            }
            return questions.stream().filter(q -> !q.counts() && q.reviewLogId == null)
                    .map(q -> new ToFeed(q.id, q.position, q.cardId, q.answerMs == null ? 0 : q.answerMs))
                    .toList();
        });
        if (!toFeed.isEmpty() && userId != null) {
            feedAgain(userId, prefs, quizId, toFeed);
        }
        return result(userId, quizId);
    }

    private void feedAgain(long userId, StudyPreferences prefs, String quizId, List<ToFeed> mistakes) {
        Map<Integer, Long> fed = new LinkedHashMap<>();
        for (ToFeed mistake : mistakes) {
            // One key per question: a repeated finish replays the same grade instead of grading twice.
            String key = UUID.nameUUIDFromBytes(("quiz-question:" + mistake.questionId())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            try {
                ReviewService.GradeOutcome outcome = reviews.grade(userId, prefs, mistake.cardId(),
                        new ReviewService.GradeCommand(Rating.AGAIN.value(), key, mistake.answerMs(), null));
                fed.put(mistake.position(), outcome.reviewId());
            } catch (NotFoundException e) {
                // retired while the quiz ran: nothing to schedule
                LOG.debugf("Card %s of quiz %s is retired; not graded", mistake.cardId(), quizId);
            }
        }
        List<Long> toUndo = new ArrayList<>();
        QuarkusTransaction.requiringNew().run(() -> fed.forEach((position, reviewId) -> {
            QuizQuestion q = QuizQuestion.lock(quizId, position);
            if (q.overridden) {
                toUndo.add(reviewId);
            } else {
                q.reviewLogId = reviewId;
            }
        }));
        // overridden while its grade was being recorded
        for (long reviewId : toUndo) {
            try {
                reviews.undo(userId, reviewId);
            } catch (WebApplicationException e) {
                LOG.debugf("Again grade %d stays: %s", reviewId, e.getMessage());
            }
        }
    }

    /** The score of a finished quiz, per topic, with every mistake explained. */
    @Transactional
    public QuizViews.Result result(Long userId, String quizId) {
        Quiz quiz = require(userId, quizId);
        if (!quiz.isFinished()) {
            throw new ClientErrorException("This quiz is not finished yet.", 409);
        }
        QuizViews.QuizView view = view(quiz, userId);
        Map<String, long[]> perTopic = new LinkedHashMap<>();
        Map<String, String> titles = new HashMap<>();
        List<QuizViews.Question> mistakes = new ArrayList<>();
        List<String> scheduled = new ArrayList<>();
        int unanswered = 0;
        Map<Integer, QuizQuestion> rows = new HashMap<>();
        QuizQuestion.listByQuiz(quiz.id).forEach(q -> rows.put(q.position, q));
        for (QuizViews.Question question : view.questions()) {
            QuizQuestion row = rows.get(question.position());
            long[] score = perTopic.computeIfAbsent(question.topicId(), t -> new long[2]);
            titles.put(question.topicId(), question.topicTitle());
            score[1]++;
            if (row.counts()) {
                score[0]++;
            } else {
                mistakes.add(question);
            }
            if (!row.isAnswered()) {
                unanswered++;
            }
            if (row.reviewLogId != null) {
                scheduled.add(row.cardId);
            }
        }
        List<QuizViews.TopicScore> topics = new ArrayList<>();
        perTopic.forEach((topic, s) -> topics.add(new QuizViews.TopicScore(topic, titles.get(topic), s[0], s[1])));
        int correct = quiz.correctCount == null ? 0 : quiz.correctCount;
        boolean feeds = quiz.userId != null && QuizSetting.feedsReviews(quiz.userId);
        return new QuizViews.Result(quiz.id, quiz.questionCount, correct, percent(correct, quiz.questionCount),
                unanswered, topics, mistakes, scheduled, feeds, quiz.userId != null);
    }

    private static long percent(long correct, long total) {
        return total == 0 ? 0 : Math.round(100.0 * correct / total);
    }

    // ---------------------------------------------------------------- views

    /** The quiz as its taker sees it; a quiz of another learner is not found. */
    @Transactional
    public QuizViews.QuizView view(Long userId, String quizId) {
        return view(require(userId, quizId), userId);
    }

    private QuizViews.QuizView view(Quiz quiz, Long userId) {
        List<QuizQuestion> questions = QuizQuestion.listByQuiz(quiz.id);
        Map<String, CardContent> cards = contents.cards(questions.stream().map(q -> q.cardId).toList());
        List<QuizViews.Question> shown = new ArrayList<>();
        int answered = 0;
        Integer next = null;
        for (QuizQuestion q : questions) {
            CardContent card = cards.get(q.cardId);
            shown.add(question(q, sheet(q, card, quiz.lang), card, quiz.lang, quiz.isFinished()));
            if (q.isAnswered()) {
                answered++;
            } else if (next == null) {
                next = q.position;
            }
        }
        return new QuizViews.QuizView(quiz.id, quiz.lang, quiz.topicList(), quiz.kindList(), quiz.retryOf,
                quiz.startedAt, quiz.finishedAt, quiz.questionCount, answered, quiz.correctCount,
                quiz.isFinished() ? null : next, quiz.userId != null, shown);
    }

    private static QuestionSheet sheet(QuizQuestion q, CardContent card, String lang) {
        return new QuestionSheet(q.kind, card.view().side(lang), split(q.shown));
    }

    private static QuizViews.Question question(QuizQuestion q, QuestionSheet sheet, CardContent card, String lang,
            boolean finished) {
        QuizAnswer answer = QuizAnswer.fromJson(q.answer);
        // A finished quiz explains every question, also those never answered.
        QuizViews.Feedback feedback = q.isAnswered() || finished
                ? sheet.feedback(answer, Boolean.TRUE.equals(q.correct), q.overridden) : null;
        return new QuizViews.Question(q.position, q.cardId, q.topicId, card.topicTitle(lang), q.kind, sheet.prompt(),
                sheet.gaps().size(), QuestionSheet.CHOICE.equals(q.kind) && sheet.multiple(),
                QuestionSheet.CHOICE.equals(q.kind) ? sheet.options() : List.of(),
                QuestionSheet.ORDER.equals(q.kind) ? sheet.steps(null) : List.of(), q.isAnswered(), feedback,
                "/topics/" + q.topicId + "#card-" + q.cardId);
    }

    // ---------------------------------------------------------------- history and settings

    /** A signed-in learner's finished quizzes, newest first, and their score per topic over all of them. */
    @Transactional
    public QuizViews.History history(long userId, String lang, ZoneId zone) {
        Map<String, String> titles = new HashMap<>();
        java.util.function.Function<String, String> title = id -> titles.computeIfAbsent(id, t -> {
            Topic topic = Topic.findById(t);
            return topic == null ? t : topic.title(lang);
        });
        DateTimeFormatter local = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm").withZone(zone);
        List<QuizViews.HistoryEntry> entries = new ArrayList<>();
        for (Quiz quiz : Quiz.listByUser(userId, HISTORY_LENGTH)) {
            if (!quiz.isFinished()) {
                continue;
            }
            int correct = quiz.correctCount == null ? 0 : quiz.correctCount;
            entries.add(new QuizViews.HistoryEntry(quiz.id, quiz.startedAt, quiz.finishedAt,
                    local.format(quiz.finishedAt), quiz.questionCount, correct, percent(correct, quiz.questionCount),
                    quiz.topicList(), quiz.topicList().stream().map(title).toList(), quiz.retryOf != null,
                    quiz.questionCount - correct));
        }
        List<QuizViews.TopicScore> topics = new ArrayList<>();
        for (Object[] row : QuizQuestion.scoresByTopic(userId)) {
            String topic = (String) row[0];
            topics.add(new QuizViews.TopicScore(topic, title.apply(topic), ((Number) row[2]).longValue(),
                    ((Number) row[1]).longValue()));
        }
        return new QuizViews.History(entries, topics);
    }

    @Transactional
    public QuizViews.Settings settings(long userId) {
        return new QuizViews.Settings(QuizSetting.feedsReviews(userId));
    }

    @Transactional
    public QuizViews.Settings saveSettings(long userId, boolean feedReviews) {
        QuizSetting setting = QuizSetting.findById(userId);
        if (setting == null) {
            setting = new QuizSetting();
            setting.userId = userId;
            setting.feedReviews = feedReviews;
            setting.persist();
        } else {
            setting.feedReviews = feedReviews;
        }
        return new QuizViews.Settings(feedReviews);
    }

    // ---------------------------------------------------------------- visitors' quizzes

    /** How long a visitor's quiz is kept: nobody can find it again once its page is closed, so it is only clutter. */
    static final Duration VISITOR_QUIZ_KEPT = Duration.ofDays(7);

    @Scheduled(every = "1h", delayed = "10m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldVisitorQuizzes() {
        int deleted = deleteOldVisitorQuizzes();
        if (deleted > 0) {
            LOG.infof("Deleted %d visitors' quizzes older than %s", deleted, VISITOR_QUIZ_KEPT);
        }
    }

    /** Deletes visitors' quizzes older than {@link #VISITOR_QUIZ_KEPT} with their questions; learners' stay. */
    public int deleteOldVisitorQuizzes() {
        Instant before = now().minus(VISITOR_QUIZ_KEPT);
        return QuarkusTransaction.requiringNew().call(() -> {
            Quiz.getEntityManager().createQuery("delete from QuizQuestion q where q.quizId in"
                    + " (select z.id from Quiz z where z.userId is null and z.startedAt < :before)")
                    .setParameter("before", before).executeUpdate();
            return (int) Quiz.delete("userId is null and startedAt < ?1", before);
        });
    }

    // ---------------------------------------------------------------- helpers

    private static Quiz require(Long userId, String quizId) {
        Quiz quiz = quizId == null ? null : Quiz.findById(quizId);
        // Another learner's quiz is "not found", not "forbidden": its id says nothing about it.
        if (quiz == null || quiz.userId != null && !quiz.userId.equals(userId)) {
            throw new NotFoundException("No quiz of yours has the id '" + quizId + "'.");
        }
        return quiz;
    }

    private static QuizQuestion requireQuestion(Quiz quiz, int position) {
        QuizQuestion q = QuizQuestion.lock(quiz.id, position);
        if (q == null) {
            throw new NotFoundException("This quiz has no question " + position + "; it has " + quiz.questionCount
                    + ".");
        }
        return q;
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    private static String join(List<Integer> numbers) {
        return String.join(",", numbers.stream().map(String::valueOf).toList());
    }

    private static List<Integer> split(String joined) {
        if (joined == null || joined.isBlank()) {
            return List.of();
        }
        return Arrays.stream(joined.split(",")).map(Integer::valueOf).toList();
    }
}
