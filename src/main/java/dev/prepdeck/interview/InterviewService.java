package dev.prepdeck.interview;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Event;
import jakarta.inject.Inject;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import org.jboss.logging.Logger;

import dev.prepdeck.content.Card;
import dev.prepdeck.content.CardContent;
import dev.prepdeck.content.ContentCache;
import dev.prepdeck.content.parse.CardView;
import dev.prepdeck.content.parse.KeyConcept;
import dev.prepdeck.study.StudyPreferences;
import dev.prepdeck.study.StudyTopics;
import dev.prepdeck.study.review.ReviewService;
import dev.prepdeck.study.fsrs.Rating;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.scheduler.Scheduled;

/**
 * Mock interviews: drawing the main questions and their follow-ups, every step of answering one (preparing,
 * answering, revealing the model answer with its key concepts, rating), the interviewer's rating, the report, and
 * weak self-ratings fed into a signed-in learner's reviews. Every step that changes an interview is a method here
 * and fires {@link InterviewChanged}.
 */
@ApplicationScoped
public class InterviewService {

    private static final Logger LOG = Logger.getLogger(InterviewService.class);

    static final int DEFAULT_MAIN_COUNT = 3;
    static final int MAX_MAIN_COUNT = 20;
    static final int MAX_PREP_SECONDS = 600;
    static final int MAX_ANSWER_SECONDS = 3600;
    static final int MAX_NOTES = 8000;
    static final int MAX_INTERVIEWER_NOTES = 4000;
    /** Self-ratings up to this one (Again, Hard) are weak: the card is graded so in the learner's reviews. */
    static final int WEAK_RATING = Rating.HARD.value();
    /** The longest time one answer counts; longer means the candidate stepped away. */
    private static final Duration MAX_ANSWER_TIME = Duration.ofHours(1);
    /** How long a visitor's interview is kept. */
    static final Duration VISITOR_INTERVIEW_KEPT = Duration.ofDays(7);
    private static final Set<String> ANSWERED_KINDS = Set.of("basic", "followup");

    private final Random random = new SecureRandom();

    @Inject
    Clock clock;

    @Inject
    ContentCache contents;

    @Inject
    ReviewService reviews;

    @Inject
    StudyTopics studyTopics;

    @Inject
    Event<InterviewChanged> changed;

    /** Who runs an interview: a learner ({@code userId}), or a visitor's browser ({@code visitorSecret}). */
    public record Owner(Long userId, String visitorSecret) {

        public boolean signedIn() {
            return userId != null;
        }
    }

    /** The chosen topics have no question to ask. */
    public static class NoQuestionsException extends IllegalArgumentException {
        NoQuestionsException(String message) {
            super(message);
        }
    }

    /** What an interview asks: topics (empty for all), main questions, preparation and answer seconds (null: none). */
    public record StartCommand(List<String> topics, Integer mainCount, Integer prepSeconds, Integer answerSeconds,
            String lang) {
    }

    // ---------------------------------------------------------------- start

    @Transactional
    public String start(Owner owner, StartCommand command) {
        List<String> topics = studyTopics.requireKnown(command.topics());
        int mains = command.mainCount() == null ? DEFAULT_MAIN_COUNT : command.mainCount();
        if (mains < 1 || mains > MAX_MAIN_COUNT) {
            throw new IllegalArgumentException("The number of main questions must be from 1 to " + MAX_MAIN_COUNT
                    + ", was " + mains + ".");
        }
        Integer prep = seconds(command.prepSeconds(), MAX_PREP_SECONDS, "preparation");
        Integer answer = seconds(command.answerSeconds(), MAX_ANSWER_SECONDS, "answer");
        if (owner.userId() == null && (owner.visitorSecret() == null || owner.visitorSecret().isBlank())) {
            throw new IllegalArgumentException("A visitor's interview needs its browser cookie.");
        }
        List<FollowUpOrder.Node> cards = answerableCards(topics);
        Set<String> answerable = new HashSet<>();
        cards.forEach(c -> answerable.add(c.cardId()));
        // A main question is a card that follows nothing answerable: a basic card, or a follow-up of a quiz card.
        List<FollowUpOrder.Node> candidates = new ArrayList<>(cards.stream()
                .filter(c -> c.follows() == null || !answerable.contains(c.follows())).toList());
        if (candidates.isEmpty()) {
            throw new NoQuestionsException("The chosen topics have no question and answer cards to ask.");
        }
        Collections.shuffle(candidates, random);
        List<FollowUpOrder.Node> picked = candidates.subList(0, Math.min(mains, candidates.size()));
        List<FollowUpOrder.Step> steps = new FollowUpOrder(cards).steps(picked);

        Interview interview = new Interview();
        interview.id = UUID.randomUUID().toString();
        interview.userId = owner.userId();
        interview.visitorKey = owner.userId() == null ? hash(owner.visitorSecret()) : null;
        interview.lang = "en".equals(command.lang()) ? "en" : "ko";
        interview.topics = String.join(",", topics);
        interview.mainCount = picked.size();
        interview.questionCount = steps.size();
        interview.prepSeconds = prep;
        interview.answerSeconds = answer;
        interview.currentPosition = 1;
        interview.startedAt = now();
        interview.persist();
        int position = 1;
        for (FollowUpOrder.Step step : steps) {
            InterviewAnswer a = new InterviewAnswer();
            a.interviewId = interview.id;
            a.position = position++;
            a.cardId = step.cardId();
            a.topicId = step.topicId();
            a.mainNumber = step.mainNumber();
            a.parentPosition = step.parent() < 0 ? null : step.parent() + 1;
            a.depth = step.depth();
            a.persist();
        }
        ask(interview, InterviewAnswer.find(interview.id, 1));
        changed(interview);
        return interview.id;
    }

    private static Integer seconds(Integer value, int max, String what) {
        if (value == null || value == 0) {
            return null;
        }
        if (value < 0 || value > max) {
            throw new IllegalArgumentException("The " + what + " time must be from 0 to " + max + " seconds, was "
                    + value + ".");
        }
        return value;
    }

    /** The active question and answer cards of the topics, in content order. */
    private static List<FollowUpOrder.Node> answerableCards(List<String> topics) {
        List<FollowUpOrder.Node> nodes = new ArrayList<>();
        for (Card card : Card.listAllActive()) {
            if (ANSWERED_KINDS.contains(card.kind) && (topics.isEmpty() || topics.contains(card.topicId))) {
                nodes.add(new FollowUpOrder.Node(card.id, card.topicId, card.follows));
            }
        }
        return nodes;
    }

    /** Puts a question to the candidate: the preparation countdown starts, or the answer timer when there is none. */
    private void ask(Interview interview, InterviewAnswer answer) {
        interview.currentPosition = answer.position;
        if (interview.prepSeconds != null) {
            answer.prepStartedAt = now();
        } else {
            answer.answerStartedAt = now();
        }
    }

    // ---------------------------------------------------------------- the steps of one question

    /** Ends the preparation early: the answer timer starts now. Repeating it changes nothing. */
    @Transactional
    public InterviewViews.State startAnswer(Owner owner, String id, int position) {
        Interview interview = requireOwn(owner, id, true);
        InterviewAnswer answer = requireCurrent(interview, position);
        if (answer.answerStartedAt == null) {
            answer.answerStartedAt = answerStart(interview, answer);
            changed(interview);
        }
        return state(interview);
    }

    /** Keeps the notes typed so far, so a reload finds them; only before the answer is revealed. */
    @Transactional
    public void saveNotes(Owner owner, String id, int position, String notes) {
        Interview interview = requireOwn(owner, id, true);
        InterviewAnswer answer = requireCurrent(interview, position);
        if (answer.isRevealed()) {
            throw new ClientErrorException("The model answer of question " + position + " is already shown; its"
                    + " notes are kept as they were then.", 409);
        }
        answer.notes = notes(notes);
    }

    /**
     * Reveals the model answer: the notes are kept, the answer time is taken, and each key concept is marked
     * covered or missed in the notes. Revealing again shows the same.
     */
    @Transactional
    public InterviewViews.State reveal(Owner owner, String id, int position, String notes) {
        Interview interview = requireOwn(owner, id, true);
        InterviewAnswer answer = requireCurrent(interview, position);
        if (answer.isRevealed()) {
            return state(interview);
        }
        Instant now = now();
        Instant started = answerStart(interview, answer);
        if (answer.answerStartedAt == null) {
            answer.answerStartedAt = started;
        }
        answer.notes = notes(notes);
        answer.revealedAt = now;
        answer.answerMs = (int) Math.min(MAX_ANSWER_TIME.toMillis(),
                Math.max(0, Duration.between(started, now).toMillis()));
        List<KeyConcept> concepts = concepts(answer.cardId);
        List<ConceptCoverage.Verdict> verdicts = ConceptCoverage.check(answer.notes, concepts);
        List<String> covered = new ArrayList<>();
        for (int i = 0; i < verdicts.size(); i++) {
            if (verdicts.get(i).covered()) {
                covered.add(String.valueOf(i));
            }
        }
        answer.covered = String.join(",", covered);
        answer.conceptCount = concepts.size();
        changed(interview);
        return state(interview);
    }

    /**
     * The candidate's self-rating (1 Again … 4 Easy) of a revealed answer; the next question is asked, or the
     * interview ends after the last one. A signed-in learner's weak ratings are then graded in their reviews.
     */
    public InterviewViews.State rate(Owner owner, StudyPreferences prefs, String id, int position, int rating) {
        Rating.of(rating);
        boolean finished = QuarkusTransaction.requiringNew().call(() -> {
            Interview interview = requireOwn(owner, id, false);
            InterviewAnswer answer = InterviewAnswer.find(interview.id, position);
            if (answer != null && answer.isRated() && answer.selfRating == rating) {
                return interview.isFinished();
            }
            if (interview.isFinished()) {
                throw new ClientErrorException("This interview is over; start a new one.", 409);
            }
            answer = requireCurrent(interview, position);
            if (!answer.isRevealed()) {
                throw new ClientErrorException("Reveal the model answer of question " + position
                        + " before rating it.", 409);
            }
            answer.selfRating = rating;
            answer.ratedAt = now();
            InterviewAnswer next = InterviewAnswer.find(interview.id, position + 1);
            if (next != null) {
                ask(interview, next);
            } else {
                interview.finishedAt = now();
            }
            changed(interview);
            return interview.isFinished();
        });
        if (finished) {
            feedWeakAnswers(owner, prefs, id);
        }
        return QuarkusTransaction.requiringNew().call(() -> state(requireOwn(owner, id, false)));
    }

    /** Ends the interview before the last question; the answers rated so far make up the report. */
    public InterviewViews.State finish(Owner owner, StudyPreferences prefs, String id) {
        QuarkusTransaction.requiringNew().run(() -> {
            Interview interview = requireOwn(owner, id, false);
            if (!interview.isFinished()) {
                interview.finishedAt = now();
                changed(interview);
            }
        });
        feedWeakAnswers(owner, prefs, id);
        return QuarkusTransaction.requiringNew().call(() -> state(requireOwn(owner, id, false)));
    }

    /**
     * Records an interviewer's rating (1 … 4, or null) and notes on one answer, shown in the report. The caller has
     * already checked that the interviewer may follow this interview.
     */
    @Transactional
    public InterviewViews.State rateAsInterviewer(String id, int position, Integer rating, String notes) {
        if (rating != null) {
            Rating.of(rating);
        }
        if (notes != null && notes.length() > MAX_INTERVIEWER_NOTES) {
            throw new IllegalArgumentException("The interviewer's notes may be at most " + MAX_INTERVIEWER_NOTES
                    + " characters long.");
        }
        Interview interview = requireExisting(id, true);
        InterviewAnswer answer = InterviewAnswer.find(interview.id, position);
        if (answer == null) {
            throw new NotFoundException("This interview has no question " + position + ".");
        }
        answer.interviewerRating = rating;
        answer.interviewerNotes = notes == null || notes.isBlank() ? null : notes.strip();
        changed(interview);
        return state(interview);
    }

    private void feedWeakAnswers(Owner owner, StudyPreferences prefs, String id) {
        if (owner.userId() == null || prefs == null) {
            return;
        }
        record ToFeed(long answerId, int position, String cardId, int rating, int answerMs) {
        }
        List<ToFeed> weak = QuarkusTransaction.requiringNew().call(() -> InterviewAnswer.listByInterview(id)
                .stream().filter(a -> a.isRated() && a.selfRating <= WEAK_RATING && a.reviewLogId == null)
                .map(a -> new ToFeed(a.id, a.position, a.cardId, a.selfRating, a.answerMs == null ? 0 : a.answerMs))
                .toList());
        Map<Integer, Long> fed = new LinkedHashMap<>();
        for (ToFeed answer : weak) {
            // one key per answer: finishing again replays the grade instead of grading twice
            String key = UUID.nameUUIDFromBytes(("interview-answer:" + answer.answerId())
                    .getBytes(StandardCharsets.UTF_8)).toString();
            try {
                fed.put(answer.position(), reviews.grade(owner.userId(), prefs, answer.cardId(),
                        new ReviewService.GradeCommand(answer.rating(), key, answer.answerMs(), null)).reviewId());
            } catch (NotFoundException e) {
                LOG.debugf("Card %s of interview %s is retired; not graded", answer.cardId(), id);
            }
        }
        if (!fed.isEmpty()) {
            QuarkusTransaction.requiringNew().run(() -> fed.forEach((position, reviewId) ->
                    InterviewAnswer.find(id, position).reviewLogId = reviewId));
        }
    }

    // ---------------------------------------------------------------- reading

    /** The interview of this owner as it stands. */
    @Transactional
    public InterviewViews.State view(Owner owner, String id) {
        return state(requireOwn(owner, id, false));
    }

    /**
     * The interview with this id as it stands, whoever owns it: for a second screen whose right to follow the
     * interview the caller has already checked.
     */
    @Transactional
    public InterviewViews.State state(String id) {
        return state(requireExisting(id, false));
    }

    /** The report of a finished interview. */
    @Transactional
    public InterviewViews.Report report(Owner owner, String id) {
        Interview interview = requireOwn(owner, id, false);
        if (!interview.isFinished()) {
            throw new ClientErrorException("This interview is not over yet.", 409);
        }
        InterviewViews.State state = state(interview);
        List<InterviewViews.Answer> answered = state.answers().stream().filter(a -> a.selfRating() != null).toList();
        List<InterviewViews.Missed> missed = new ArrayList<>();
        Map<String, List<InterviewViews.Answer>> byTopic = new LinkedHashMap<>();
        long totalMs = 0;
        for (InterviewViews.Answer a : answered) {
            a.missedConcepts().forEach(c -> missed.add(new InterviewViews.Missed(a.position(), c.label(),
                    a.topicTitle())));
            byTopic.computeIfAbsent(a.topicId(), t -> new ArrayList<>()).add(a);
            totalMs += a.answerMs() == null ? 0 : a.answerMs();
        }
        List<InterviewViews.TopicSummary> topics = new ArrayList<>();
        byTopic.forEach((topic, list) -> topics.add(new InterviewViews.TopicSummary(topic, list.get(0).topicTitle(),
                list.size(), list.stream().mapToInt(InterviewViews.Answer::selfRating).average().orElse(0),
                list.stream().mapToLong(InterviewViews.Answer::coveredCount).sum(),
                list.stream().mapToLong(a -> a.concepts().size()).sum())));
        topics.sort(Comparator.comparingDouble(InterviewViews.TopicSummary::averageRating)
                .thenComparingLong(InterviewViews.TopicSummary::coveredPercent));
        List<InterviewViews.Answer> scheduled = answered.stream().filter(InterviewViews.Answer::scheduled).toList();
        return new InterviewViews.Report(state, answered, missed, topics, scheduled, Math.round(totalMs / 1000.0));
    }

    private InterviewViews.State state(Interview interview) {
        List<InterviewAnswer> rows = InterviewAnswer.listByInterview(interview.id);
        Map<String, CardContent> cards = contents.cards(rows.stream().map(a -> a.cardId).toList());
        List<InterviewViews.Answer> answers = new ArrayList<>();
        for (InterviewAnswer row : rows) {
            answers.add(answer(interview, row, cards.get(row.cardId)));
        }
        return new InterviewViews.State(interview.id, interview.lang, interview.topicList(), interview.mainCount,
                interview.prepSeconds, interview.answerSeconds, interview.currentPosition, interview.version,
                interview.startedAt, interview.finishedAt, interview.userId != null, now(), List.copyOf(answers));
    }

    private InterviewViews.Answer answer(Interview interview, InterviewAnswer row, CardContent card) {
        CardView view = card == null ? null : card.view();
        CardView.Side side = view == null ? null : view.side(interview.lang);
        List<KeyConcept> keys = view == null ? List.of() : view.keys();
        List<Integer> covered = row.coveredIndexes();
        List<InterviewViews.Concept> concepts = new ArrayList<>();
        for (int i = 0; i < keys.size(); i++) {
            Boolean verdict = row.isRevealed() && (row.conceptCount == null || i < row.conceptCount)
                    ? covered.contains(i) : null;
            concepts.add(new InterviewViews.Concept(keys.get(i).label(), keys.get(i).terms(), verdict));
        }
        Instant prepEnds = row.prepStartedAt == null || interview.prepSeconds == null ? null
                : row.prepStartedAt.plusSeconds(interview.prepSeconds);
        return new InterviewViews.Answer(row.position, row.cardId, row.topicId,
                card == null ? row.topicId : card.topicTitle(interview.lang), row.mainNumber, row.depth,
                row.parentPosition, side == null ? "" : side.front(), side == null ? "" : side.back(),
                side == null ? "" : side.extra(), List.copyOf(concepts), phase(interview, row), prepEnds,
                row.answerStartedAt != null ? row.answerStartedAt : (prepEnds != null && !prepEnds.isAfter(now())
                        ? prepEnds : null), row.answerMs, row.notes, row.selfRating, row.interviewerRating,
                row.interviewerNotes, row.reviewLogId != null);
    }

    private InterviewViews.Phase phase(Interview interview, InterviewAnswer row) {
        if (row.isRated()) {
            return InterviewViews.Phase.RATED;
        }
        if (row.isRevealed()) {
            return InterviewViews.Phase.REVEALED;
        }
        if (interview.isFinished() || row.position != interview.currentPosition) {
            return InterviewViews.Phase.WAITING;
        }
        if (row.answerStartedAt == null && row.prepStartedAt != null
                && row.prepStartedAt.plusSeconds(interview.prepSeconds).isAfter(now())) {
            return InterviewViews.Phase.PREPARING;
        }
        return InterviewViews.Phase.ANSWERING;
    }

    /** When the answer timer started: when it was started, or when the preparation ran out. */
    private Instant answerStart(Interview interview, InterviewAnswer answer) {
        if (answer.answerStartedAt != null) {
            return answer.answerStartedAt;
        }
        Instant now = now();
        if (answer.prepStartedAt != null && interview.prepSeconds != null) {
            Instant prepEnds = answer.prepStartedAt.plusSeconds(interview.prepSeconds);
            return prepEnds.isBefore(now) ? prepEnds : now;
        }
        return now;
    }

    private List<KeyConcept> concepts(String cardId) {
        CardContent card = contents.card(cardId);
        return card == null ? List.of() : card.view().keys();
    }

    private static String notes(String notes) {
        if (notes == null || notes.isBlank()) {
            return null;
        }
        if (notes.length() > MAX_NOTES) {
            throw new IllegalArgumentException("Notes may be at most " + MAX_NOTES + " characters long; these are "
                    + notes.length() + ".");
        }
        return notes.replace("\r\n", "\n");
    }

    // ---------------------------------------------------------------- ownership

    private Interview requireOwn(Owner owner, String id, boolean lock) {
        Interview interview = requireExisting(id, lock);
        boolean own = interview.userId != null ? interview.userId.equals(owner.userId())
                : owner.visitorSecret() != null && hash(owner.visitorSecret()).equals(interview.visitorKey);
        // Someone else's interview is "not found": its id says nothing about it.
        if (!own) {
            throw new NotFoundException("No interview of yours has the id '" + id + "'.");
        }
        return interview;
    }

    private static Interview requireExisting(String id, boolean lock) {
        Interview interview = id == null ? null : lock ? Interview.lock(id) : Interview.findById(id);
        if (interview == null) {
            throw new NotFoundException("No interview has the id '" + id + "'.");
        }
        return interview;
    }

    private static InterviewAnswer requireCurrent(Interview interview, int position) {
        if (interview.isFinished()) {
            throw new ClientErrorException("This interview is over; start a new one.", 409);
        }
        InterviewAnswer answer = InterviewAnswer.find(interview.id, position);
        if (answer == null) {
            throw new NotFoundException("This interview has no question " + position + "; it has "
                    + interview.questionCount + ".");
        }
        if (position != interview.currentPosition) {
            throw new ClientErrorException("Question " + position + " is not the one being asked; question "
                    + interview.currentPosition + " is.", 409);
        }
        return answer;
    }

    private void changed(Interview interview) {
        interview.version++;
        changed.fire(new InterviewChanged(interview.id, interview.version));
    }

    /** A new secret for a visitor's interview cookie. */
    public String newVisitorSecret() {
        byte[] bytes = new byte[32];
        random.nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }

    static String hash(String secret) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(secret.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is missing", e);
        }
    }

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    // ---------------------------------------------------------------- visitors' interviews

    @Scheduled(every = "1h", delayed = "15m", concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void forgetOldVisitorInterviews() {
        int deleted = deleteOldVisitorInterviews();
        if (deleted > 0) {
            LOG.infof("Forgot %d visitors' mock interviews started before %s ago", deleted, VISITOR_INTERVIEW_KEPT);
        }
    }

    /**
     * Deletes visitors' interviews older than {@link #VISITOR_INTERVIEW_KEPT}; their answers go with them (the
     * foreign key cascades). Learners' interviews stay.
     */
    @Transactional
    public int deleteOldVisitorInterviews() {
        return (int) Interview.delete("userId is null and startedAt < ?1", now().minus(VISITOR_INTERVIEW_KEPT));
    }
}
