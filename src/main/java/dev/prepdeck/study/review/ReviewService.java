package dev.prepdeck.study.review;

import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.persistence.LockTimeoutException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.PessimisticLockException;
import jakarta.ws.rs.ClientErrorException;
import jakarta.ws.rs.NotFoundException;

import dev.prepdeck.content.Card;
import dev.prepdeck.content.CardContent;
import dev.prepdeck.content.ContentCache;
import dev.prepdeck.study.StudyConfig;
import dev.prepdeck.study.StudyPreferences;
import dev.prepdeck.study.adaptive.AdaptiveStudy;
import dev.prepdeck.study.fsrs.CardState;
import dev.prepdeck.study.fsrs.DayClock;
import dev.prepdeck.study.fsrs.FsrsCard;
import dev.prepdeck.study.fsrs.FsrsScheduler;
import dev.prepdeck.study.fsrs.Preview;
import dev.prepdeck.study.fsrs.Rating;
import dev.prepdeck.study.fsrs.ReviewResult;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Spaced-repetition study for one learner at a time: what is due, grading (idempotent, never losing an update),
 * undo, bury, suspend, flag and card history. Every method takes the learner's id and settings, so it does not
 * care how the learner logged in.
 */
@ApplicationScoped
public class ReviewService {

    /** How often a grade or mark is retried when a concurrent request got in between. */
    private static final int ATTEMPTS = 3;

    @Inject
    Clock clock;

    @Inject
    StudyConfig config;

    @Inject
    EntityManager em;

    @Inject
    ReviewMetrics metrics;

    @Inject
    ContentCache contents;

    /** Which pile a due card comes from, as the due counts name them. */
    public enum Queue {
        NEW, LEARNING, REVIEW;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** New, learning and review cards left for today (daily limits applied). */
    public record Counts(long newCards, long learning, long review) {
        public long total() {
            return newCards + learning + review;
        }
    }

    /** Today's progress against the daily limits. */
    /** Today's progress against the daily limits; {@code newLimit} includes {@code extraNew} asked for today. */
    public record Today(long newStudied, long reviewsDone, int newLimit, int reviewLimit, int extraNew) {
    }

    /** A card to show, with its current state and what each grade would do. */
    public record DueCard(CardContent card, Queue queue, CardProgress progress, int version, Preview preview) {
    }

    /** The head of the review queue. */
    /**
     * The head of the review queue. When it is empty: when the next card comes due ({@code nextDueAt}) and how
     * many new cards wait behind today's limit ({@code newWaiting}); both are only worked out then.
     */
    public record Due(Counts counts, Today today, List<DueCard> cards, Instant nextLearningAt, Instant nextDueAt,
            long newWaiting, int aheadDays) {
    }

    /** Most days a learner can review ahead. */
    public static final int MAX_AHEAD_DAYS = 30;
    /** Most extra new cards one request adds to today's limit. */
    public static final int MAX_EXTRA_NEW = 100;

    /** A grade as a client sends it. */
    public record GradeCommand(int rating, String idempotencyKey, int answerMs, Integer expectedVersion) {
    }

    /** What a grade did; built from the log row alone, so a repeated request gets the very same answer. */
    public record GradeOutcome(long reviewId, String cardId, Rating rating, Instant reviewedAt, CardState stateBefore,
            CardState stateAfter, Instant due, int scheduledDays, Duration interval, int version, boolean leech,
            boolean replayed) {

        static GradeOutcome of(ReviewLog log, boolean replayed) {
            return new GradeOutcome(log.id, log.cardId, Rating.of(log.rating), log.reviewedAt,
                    CardState.of(log.stateBefore), CardState.of(log.stateAfter), log.dueAfter, log.scheduledDays,
                    Duration.between(log.reviewedAt, log.dueAfter), log.versionAfter,
                    log.leechAfter && !log.leechBefore, replayed);
        }
    }

    /** What an undo restored. */
    public record UndoOutcome(long reviewId, String cardId, Rating rating, CardState state, Instant due,
            Instant undoneAt, boolean replayed) {

        static UndoOutcome of(ReviewLog log, boolean replayed) {
            return new UndoOutcome(log.id, log.cardId, Rating.of(log.rating), CardState.of(log.stateBefore),
                    log.dueBefore, log.undoneAt, replayed);
        }
    }

    /** A card's current progress (null if never touched) and every grade it got. */
    public record History(Card card, CardProgress progress, double retrievability, List<ReviewLog> reviews) {
    }

    // ---------------------------------------------------------------- due

    /** Counts and the next {@code limit} cards to show, for all topics or only {@code topics}. */
    public Due due(long userId, StudyPreferences prefs, List<String> topics, int limit) {
        return due(userId, prefs, topics, limit, 0);
    }

    /**
     * Like {@link #due(long, StudyPreferences, List, int)}, reviewing ahead: review cards due in the next
     * {@code aheadDays} study days count as due today (Anki's "review ahead").
     */
    public Due due(long userId, StudyPreferences prefs, List<String> topics, int limit, int aheadDays) {
        if (aheadDays < 0 || aheadDays > MAX_AHEAD_DAYS) {
            throw new IllegalArgumentException("ahead must be a number of days from 0 to " + MAX_AHEAD_DAYS
                    + ", was " + aheadDays);
        }
        int wanted = Math.max(1, Math.min(limit, config.maxListedCards()));
        return QuarkusTransaction.requiringNew().call(() -> dueNow(userId, prefs, List.copyOf(topics), wanted,
                aheadDays));
    }

    /** Lets the learner start {@code more} new cards today beyond their daily limit; returns today's extra. */
    public int studyMoreNewToday(long userId, StudyPreferences prefs, int more) {
        if (more < 1 || more > MAX_EXTRA_NEW) {
            throw new IllegalArgumentException("more must be a number of cards from 1 to " + MAX_EXTRA_NEW
                    + ", was " + more);
        }
        long day = prefs.dayClock().studyDay(now());
        return retrying(() -> {
            int updated = em.createNativeQuery("UPDATE new_card_extension SET extra = extra + ?1"
                    + " WHERE user_id = ?2 AND study_day = ?3")
                    .setParameter(1, more).setParameter(2, userId).setParameter(3, day).executeUpdate();
            if (updated == 0) {
                // A concurrent first insert makes this one fail on the key; retrying then takes the update path.
                em.createNativeQuery("INSERT INTO new_card_extension (user_id, study_day, extra) VALUES (?1, ?2, ?3)")
                        .setParameter(1, userId).setParameter(2, day).setParameter(3, more).executeUpdate();
            }
            return extraNew(userId, day);
        }, () -> null);
    }

    private int extraNew(long userId, long studyDay) {
        List<?> rows = em.createNativeQuery("SELECT extra FROM new_card_extension WHERE user_id = ?1 AND study_day = ?2")
                .setParameter(1, userId).setParameter(2, studyDay).getResultList();
        return rows.isEmpty() ? 0 : ((Number) rows.get(0)).intValue();
    }

    private Due dueNow(long userId, StudyPreferences prefs, List<String> topics, int limit, int aheadDays) {
        Instant now = now();
        DayClock day = prefs.dayClock();
        Instant endOfDay = day.startOf(day.studyDay(now) + 1 + aheadDays);
        long[] done = ReviewLog.countsSince(userId, day.startOfStudyDay(now));
        int extra = extraNew(userId, day.studyDay(now));
        int newLimit = AdaptiveStudy.newCardLimit(prefs, new FsrsScheduler(prefs.fsrsConfig()), topics,
                day.studyDay(now), prefs.newCardsPerDay() + extra);
        int newLeft = (int) Math.max(0, newLimit - done[0]);
        long reviewLeft = Math.max(0, prefs.reviewsPerDay() - done[1]);

        long[] dueCounts = CardProgress.dueCounts(userId, now, endOfDay, topics);
        List<String> newIds = CardProgress.newCardIds(userId, now, topics, newLeft);
        long reviewAvailable = Math.min(dueCounts[1], reviewLeft);
        Counts counts = new Counts(newIds.size(), dueCounts[0], reviewAvailable);
        Today today = new Today(done[0], done[1], newLimit, prefs.reviewsPerDay(), extra);

        List<CardProgress> learning = new ArrayList<>();
        List<CardProgress> reviews = new ArrayList<>();
        for (CardProgress p : CardProgress.dueQueue(userId, now, endOfDay, topics, limit)) {
            if (p.state == CardState.REVIEW.value()) {
                if (reviews.size() < reviewAvailable) {
                    reviews.add(p);
                }
            } else {
                learning.add(p);
            }
        }

        // Learning cards first (their steps are short); then new cards spread evenly among the reviews, picking
        // whichever pile is further behind its share for today.
        List<Object[]> picked = new ArrayList<>();
        int li = 0;
        int ri = 0;
        int ni = 0;
        while (picked.size() < limit) {
            if (li < learning.size()) {
                picked.add(new Object[] {Queue.LEARNING, learning.get(li++)});
                continue;
            }
            boolean canNew = ni < newIds.size();
            boolean canReview = ri < reviews.size();
            if (!canNew && !canReview) {
                break;
            }
            boolean pickNew = canNew && (!canReview
                    || (done[0] + ni) * (done[1] + reviewAvailable) < (done[1] + ri) * (done[0] + newIds.size()));
            if (pickNew) {
                picked.add(new Object[] {Queue.NEW, newIds.get(ni++)});
            } else {
                picked.add(new Object[] {Queue.REVIEW, reviews.get(ri++)});
            }
        }

        Instant nextLearningAt = null;
        Instant nextDueAt = null;
        long newWaiting = 0;
        if (picked.isEmpty()) {
            nextDueAt = CardProgress.nextDue(userId, now, endOfDay, topics);
            newWaiting = newLeft > 0 ? 0 : CardProgress.countNew(userId, now, topics);
            CardProgress ahead = CardProgress.nextLearning(userId, now, now.plus(Duration.ofDays(1)), topics);
            if (ahead != null && !ahead.due.isAfter(now.plus(config.learnAhead()))) {
                // Nothing else to do: learn ahead instead of making the learner wait a few minutes.
                picked.add(new Object[] {Queue.LEARNING, ahead});
            } else if (ahead != null) {
                nextLearningAt = ahead.due;
            }
        }

        FsrsScheduler scheduler = new FsrsScheduler(prefs.fsrsConfig());
        Map<String, CardProgress> newRows = new LinkedHashMap<>();
        List<String> newPicked = picked.stream().filter(p -> p[0] == Queue.NEW).map(p -> (String) p[1]).toList();
        CardProgress.listByUser(userId, newPicked).forEach(p -> newRows.put(p.cardId, p));
        Map<String, CardContent> content = contents.cards(picked.stream()
                .map(p -> p[0] == Queue.NEW ? (String) p[1] : ((CardProgress) p[1]).cardId).toList());
        List<DueCard> cards = new ArrayList<>();
        for (Object[] p : picked) {
            Queue queue = (Queue) p[0];
            CardProgress progress = queue == Queue.NEW ? newRows.get((String) p[1]) : (CardProgress) p[1];
            String cardId = queue == Queue.NEW ? (String) p[1] : progress.cardId;
            CardContent card = content.get(cardId);
            FsrsCard memory = progress == null ? FsrsCard.newCard(now) : progress.memory();
            cards.add(new DueCard(card, queue, progress, progress == null ? 0 : progress.version,
                    scheduler.preview(memory, reviewTime(memory, now), fuzzKey(userId, cardId))));
        }
        return new Due(counts, today, cards, nextLearningAt, nextDueAt, newWaiting, aheadDays);
    }

    /** One card as the review screen shows it (after undo, or to look at a card again). */
    public DueCard card(long userId, StudyPreferences prefs, String cardId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            requireActive(cardId);
            CardContent card = contents.card(cardId);
            Instant now = now();
            CardProgress progress = CardProgress.find(userId, cardId);
            FsrsCard memory = progress == null ? FsrsCard.newCard(now) : progress.memory();
            Queue queue = switch (memory.state()) {
                case NEW -> Queue.NEW;
                case REVIEW -> Queue.REVIEW;
                default -> Queue.LEARNING;
            };
            Preview preview = new FsrsScheduler(prefs.fsrsConfig()).preview(memory, reviewTime(memory, now),
                    fuzzKey(userId, cardId));
            return new DueCard(card, queue, progress, progress == null ? 0 : progress.version, preview);
        });
    }

    // ---------------------------------------------------------------- grade

    /**
     * Records one grade. The same idempotency key always yields the first outcome and one log row. With an
     * expected version, a grade of a card whose state changed since it was shown is refused (409); without one
     * it is applied on top of the current state. Concurrent grades of one card are serialised by a row lock.
     */
    public GradeOutcome grade(long userId, StudyPreferences prefs, String cardId, GradeCommand command) {
        Rating rating = Rating.of(command.rating());
        String key = normalizeKey(command.idempotencyKey());
        if (command.answerMs() < 0) {
            throw new IllegalArgumentException("answerMs must not be negative");
        }
        GradeOutcome outcome = retrying(() -> gradeOnce(userId, prefs, cardId, rating, key, command),
                () -> {
                    ReviewLog recorded = ReviewLog.findByKey(userId, key);
                    if (recorded != null) {
                        return replay(recorded, cardId);
                    }
                    if (command.expectedVersion() != null) {
                        throw stale(cardId);
                    }
                    return null;
                });
        if (!outcome.replayed()) {
            metrics.graded(outcome.rating());
        }
        return outcome;
    }

    private GradeOutcome gradeOnce(long userId, StudyPreferences prefs, String cardId, Rating rating, String key,
            GradeCommand command) {
        Card.Links card = requireActive(cardId);
        CardProgress progress = CardProgress.lock(userId, cardId);
        // Checked after taking the lock: a request with the same key that held it has committed by now.
        ReviewLog recorded = ReviewLog.findByKey(userId, key);
        if (recorded != null) {
            return replay(recorded, cardId);
        }
        int version = progress == null ? 0 : progress.version;
        if (command.expectedVersion() != null && command.expectedVersion() != version) {
            throw stale(cardId);
        }
        Instant now = now();
        FsrsCard before = progress == null ? FsrsCard.newCard(now) : progress.memory();
        Instant at = reviewTime(before, now);
        FsrsScheduler scheduler = new FsrsScheduler(prefs.fsrsConfig());
        ReviewResult scheduled = scheduler.review(before, at, rating, fuzzKey(userId, cardId));
        // An interview date may need the next review sooner than the retention alone would schedule it.
        ReviewResult result = new ReviewResult(AdaptiveStudy.planned(prefs, scheduler, cardId, scheduled.card()),
                scheduled.log());

        boolean isNew = progress == null;
        if (isNew) {
            progress = CardProgress.fresh(userId, cardId, now);
        }
        boolean suspendedBefore = progress.suspended;
        boolean leechBefore = progress.leech;
        progress.setMemory(result.card());
        progress.version = version + 1;
        if (result.card().lapses() > before.lapses() && isLeechLapse(result.card().lapses())) {
            progress.leech = true;
            if (config.suspendLeeches()) {
                progress.suspended = true;
            }
        }
        if (isNew) {
            progress.persist();
        }

        SiblingBurial buried = burySiblings(userId, card, prefs.dayClock().startOfNextStudyDay(now), now);
        ReviewLog log = new ReviewLog();
        log.siblingsBuried = buried.encode();
        log.userId = userId;
        log.cardId = cardId;
        log.idempotencyKey = key;
        log.rating = rating.value();
        log.reviewedAt = result.log().reviewedAt();
        log.answerMs = command.answerMs();
        log.elapsedDays = result.log().elapsedDays();
        log.scheduledDays = result.log().scheduledDays();
        log.retrievability = result.log().retrievability();
        log.stateBefore = before.state().value();
        log.dueBefore = before.due();
        log.stabilityBefore = before.stability();
        log.difficultyBefore = before.difficulty();
        log.elapsedDaysBefore = before.elapsedDays();
        log.scheduledDaysBefore = before.scheduledDays();
        log.learningStepBefore = before.learningSteps();
        log.repsBefore = before.reps();
        log.lapsesBefore = before.lapses();
        log.lastReviewBefore = before.lastReview();
        log.suspendedBefore = suspendedBefore;
        log.leechBefore = leechBefore;
        log.stateAfter = progress.state;
        log.dueAfter = progress.due;
        log.stabilityAfter = progress.stability;
        log.difficultyAfter = progress.difficulty;
        log.learningStepAfter = progress.learningStep;
        log.lapsesAfter = progress.lapses;
        log.leechAfter = progress.leech;
        log.versionAfter = progress.version;
        log.persist();
        em.flush();
        return GradeOutcome.of(log, false);
    }

    /** Anki's leech rule: at the threshold, then again every half threshold (8, 12, 16, … lapses). */
    private boolean isLeechLapse(int lapses) {
        int threshold = config.leechThreshold();
        if (threshold <= 0 || lapses < threshold) {
            return false;
        }
        return (lapses - threshold) % Math.max(1, threshold / 2) == 0;
    }

    /** Hides the card's siblings until the next study day, so its answer does not give theirs away. */
    private SiblingBurial burySiblings(long userId, Card.Links card, Instant until, Instant now) {
        List<String> siblings = siblingIds(card);
        Map<String, Instant> previous = new LinkedHashMap<>();
        if (siblings.isEmpty()) {
            return new SiblingBurial(until, previous);
        }
        Set<String> withRow = new HashSet<>();
        for (CardProgress p : CardProgress.listByUser(userId, siblings)) {
            withRow.add(p.cardId);
            if (p.buriedUntil == null || p.buriedUntil.isBefore(until)) {
                previous.put(p.cardId, p.buriedUntil);
            }
        }
        // Only buried_until is written, so a concurrent grade of a sibling keeps its scheduling fields.
        CardProgress.buryExisting(userId, withRow, until);
        for (String id : siblings) {
            if (!withRow.contains(id)) {
                CardProgress fresh = CardProgress.fresh(userId, id, now);
                fresh.buriedUntil = until;
                fresh.persist();
                previous.put(id, null);
            }
        }
        return new SiblingBurial(until, previous);
    }

    /**
     * Hands back the siblings a grade buried, as undo must leave everything as it was before the grade; skipped
     * when a later grade in the same note would have buried them anyway.
     */
    private void unburySiblings(long userId, ReviewLog target) {
        SiblingBurial buried = SiblingBurial.decode(target.siblingsBuried);
        if (buried == null) {
            return;
        }
        Set<String> note = new HashSet<>(buried.previous().keySet());
        note.add(target.cardId);
        if (ReviewLog.laterActiveGrade(userId, note, target.id)) {
            return;
        }
        buried.previous().forEach((id, before) -> CardProgress.unbury(userId, id, buried.until(), before));
    }

    /** Cards of the same note (cloze c1/c2), the card's follow-ups, and the card it follows. */
    List<String> siblingIds(Card.Links card) {
        return em.createQuery("select c.id from Card c where c.retired = false and c.id <> :id"
                + " and (c.noteId = :note or c.follows = :id or c.id = :parent) order by c.id", String.class)
                .setParameter("id", card.id()).setParameter("note", card.noteId())
                .setParameter("parent", card.follows() == null ? "" : card.follows())
                .getResultList();
    }

    private static GradeOutcome replay(ReviewLog recorded, String cardId) {
        if (!recorded.cardId.equals(cardId)) {
            throw new ClientErrorException("This idempotency key was already used to grade another card ("
                    + recorded.cardId + "); send a new key for each card shown.", 409);
        }
        return GradeOutcome.of(recorded, true);
    }

    private static ClientErrorException stale(String cardId) {
        return new ClientErrorException("Card " + cardId + " was graded or undone elsewhere after it was shown here;"
                + " nothing was recorded. Load the next card and grade again.", 409);
    }

    // ---------------------------------------------------------------- undo

    /**
     * Takes back a grade: the card's state before it is restored exactly and the log row is marked undone.
     * {@code reviewId} null means the learner's latest grade. Undoing an already undone grade answers as before.
     */
    public UndoOutcome undo(long userId, Long reviewId) {
        return retrying(() -> undoOnce(userId, reviewId), () -> null);
    }

    private UndoOutcome undoOnce(long userId, Long reviewId) {
        ReviewLog target = reviewId != null ? ReviewLog.findOwned(userId, reviewId) : ReviewLog.latestActive(userId);
        if (target == null) {
            throw new NotFoundException(reviewId != null ? "You have no review with the id " + reviewId + "."
                    : "There is no grade to undo.");
        }
        if (target.isUndone()) {
            return UndoOutcome.of(target, true);
        }
        CardProgress progress = CardProgress.lock(userId, target.cardId);
        em.refresh(target);
        if (target.isUndone()) {
            return UndoOutcome.of(target, true);
        }
        ReviewLog latest = ReviewLog.latestActive(userId, target.cardId);
        if (latest == null || !latest.id.equals(target.id)) {
            throw new ClientErrorException("Card " + target.cardId
                    + " was graded again after this review; undo the later grade first.", 409);
        }
        if (progress == null || progress.version != target.versionAfter) {
            throw new ClientErrorException("Card " + target.cardId + " changed since this grade.", 409);
        }
        progress.setMemory(target.before());
        progress.version++;
        if (target.leechAfter && !target.leechBefore) {
            progress.leech = false;
            progress.suspended = target.suspendedBefore;
        }
        Instant now = now();
        if (!ReviewLog.markUndone(target.id, now)) {
            throw new ClientErrorException("This grade is being undone by another request.", 409);
        }
        unburySiblings(userId, target);
        em.flush();
        em.refresh(target);
        return UndoOutcome.of(target, false);
    }

    // ---------------------------------------------------------------- bury, suspend, flag

    /** Longest reason a learner can give when flagging a card. */
    public static final int MAX_FLAG_REASON = 500;

    /** A mark as applied: its result, and the action undo can take back (null when nothing changed). */
    public record Marked<T>(T value, Long actionId) {
    }

    /** Hides the card until the learner's next study day starts; returns that instant. */
    public Marked<Instant> bury(long userId, StudyPreferences prefs, String cardId) {
        return mark(userId, cardId, CardAction.Kind.BURY, (p, now) -> {
            Instant until = prefs.dayClock().startOfNextStudyDay(now);
            p.buriedUntil = until;
            return until;
        });
    }

    /** Shows a buried card again today. */
    public Marked<Boolean> unbury(long userId, String cardId) {
        return mark(userId, cardId, CardAction.Kind.UNBURY, (p, now) -> {
            p.buriedUntil = null;
            return false;
        });
    }

    /** Takes the card out of (or back into) the learner's reviews. */
    public Marked<Boolean> suspend(long userId, String cardId, boolean suspended) {
        return mark(userId, cardId, suspended ? CardAction.Kind.SUSPEND : CardAction.Kind.UNSUSPEND, (p, now) -> {
            p.suspended = suspended;
            return suspended;
        });
    }

    /** Flags the card (or removes the flag) for a mentor's attention. */
    public Marked<Boolean> flag(long userId, String cardId, boolean flagged) {
        return flag(userId, cardId, flagged, null);
    }

    /** Flags the card with the learner's reason (blank for none), or removes the flag and its reason. */
    public Marked<Boolean> flag(long userId, String cardId, boolean flagged, String reason) {
        String why = reason == null || reason.isBlank() ? null : reason.strip();
        if (why != null && why.length() > MAX_FLAG_REASON) {
            throw new IllegalArgumentException("The reason for a flag can be at most " + MAX_FLAG_REASON
                    + " characters; it has " + why.length() + ".");
        }
        return mark(userId, cardId, flagged ? CardAction.Kind.FLAG : CardAction.Kind.UNFLAG, (p, now) -> {
            if (flagged && !p.flagged) {
                p.flaggedAt = now;
            } else if (!flagged) {
                p.flaggedAt = null;
            }
            p.flagged = flagged;
            p.flagReason = flagged ? (why != null ? why : p.flagReason) : null;
            return flagged;
        });
    }

    /** A change to the non-scheduling marks of a card row. */
    private interface Mark<T> {
        T apply(CardProgress progress, Instant now);
    }

    private <T> Marked<T> mark(long userId, String cardId, CardAction.Kind kind, Mark<T> change) {
        return retrying(() -> {
            requireActive(cardId);
            Instant now = now();
            CardProgress progress = CardProgress.lock(userId, cardId);
            boolean isNew = progress == null;
            if (isNew) {
                progress = CardProgress.fresh(userId, cardId, now);
            }
            CardAction action = CardAction.before(kind, progress, now);
            T result = change.apply(progress, now);
            if (isNew) {
                progress.persist();
            }
            Long actionId = null;
            if (action.after(progress)) {
                action.persist();
                em.flush();
                actionId = action.id;
            }
            em.flush();
            return new Marked<>(result, actionId);
        }, () -> null);
    }

    /**
     * Resets the card to New for this learner (Anki's "forget"): its memory state is dropped, its history is
     * kept, and bury, suspension and leech marks are cleared. A grade made against the old state is then stale.
     */
    public void reset(long userId, String cardId) {
        retrying(() -> {
            requireActive(cardId);
            CardProgress progress = CardProgress.lock(userId, cardId);
            if (progress != null) {
                progress.setMemory(FsrsCard.newCard(now()));
                progress.version++;
                progress.buriedUntil = null;
                progress.suspended = false;
                progress.leech = false;
                em.flush();
            }
            return Boolean.TRUE;
        }, () -> null);
    }

    // ---------------------------------------------------------------- undo of any action

    /** What an undo took back: a grade (with its review id and rating) or a mark (with its action id). */
    public record Undone(String action, String cardId, Long reviewId, Long actionId, Rating rating,
            CardState state, Instant due, Instant undoneAt, boolean replayed) {

        static Undone of(CardAction action, CardProgress progress, boolean replayed) {
            return new Undone(action.kind, action.cardId, null, action.id, null,
                    progress == null ? CardState.NEW : progress.cardState(), progress == null ? null : progress.due,
                    action.undoneAt, replayed);
        }
    }

    /**
     * Takes back the learner's latest grade, bury, suspend or flag, whichever came last; or exactly the grade
     * {@code reviewId} or the mark {@code actionId} when one is given (a retried undo then answers as before).
     */
    public Undone undoLast(long userId, Long reviewId, Long actionId) {
        if (reviewId != null) {
            return undone(undo(userId, reviewId));
        }
        if (actionId != null) {
            return undoAction(userId, actionId);
        }
        // A grade's id, or minus a mark's id: whichever the learner did last.
        long latest = QuarkusTransaction.requiringNew().call(() -> {
            ReviewLog grade = ReviewLog.latestActive(userId);
            CardAction mark = CardAction.latestActive(userId);
            if (grade == null && mark == null) {
                throw new NotFoundException("There is nothing to undo.");
            }
            return mark == null || (grade != null && grade.reviewedAt.isAfter(mark.actedAt)) ? grade.id : -mark.id;
        });
        return latest > 0 ? undone(undo(userId, latest)) : undoAction(userId, -latest);
    }

    private static Undone undone(UndoOutcome grade) {
        return new Undone("grade", grade.cardId(), grade.reviewId(), null, grade.rating(), grade.state(),
                grade.due(), grade.undoneAt(), grade.replayed());
    }

    /** Takes back one bury, suspend or flag: the card's marks go back to what they were before it. */
    public Undone undoAction(long userId, long actionId) {
        return retrying(() -> {
            CardAction target = CardAction.findOwned(userId, actionId);
            if (target == null) {
                throw new NotFoundException("You have no action with the id " + actionId + ".");
            }
            if (target.isUndone()) {
                return Undone.of(target, CardProgress.find(userId, target.cardId), true);
            }
            CardProgress progress = CardProgress.lock(userId, target.cardId);
            em.refresh(target);
            if (target.isUndone()) {
                return Undone.of(target, progress, true);
            }
            if (progress == null || !target.stillApplies(progress)) {
                throw new ClientErrorException("Card " + target.cardId + " was changed again after this "
                        + target.kind + "; undo the later change first.", 409);
            }
            target.restore(progress);
            if (!CardAction.markUndone(target.id, now())) {
                throw new ClientErrorException("This action is being undone by another request.", 409);
            }
            em.flush();
            em.refresh(target);
            return Undone.of(target, progress, false);
        }, () -> null);
    }

    // ---------------------------------------------------------------- history and replay

    /** The card's progress, its retrievability now, and every grade it got (undone ones included). */
    public History history(long userId, StudyPreferences prefs, String cardId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Card card = requireCard(cardId);
            CardProgress progress = CardProgress.find(userId, cardId);
            double r = progress == null ? 0
                    : new FsrsScheduler(prefs.fsrsConfig()).retrievability(progress.memory(), now());
            return new History(card, progress, r, ReviewLog.history(userId, cardId));
        });
    }

    /**
     * The card state rebuilt by replaying the learner's grades of a card (undone ones skipped) through the
     * scheduler; null if the card was never graded. Equals the stored state as long as the settings did not
     * change in between.
     */
    public FsrsCard replay(long userId, StudyPreferences prefs, String cardId) {
        List<ReviewLog> reviews = QuarkusTransaction.requiringNew().call(() -> ReviewLog.history(userId, cardId));
        FsrsScheduler scheduler = new FsrsScheduler(prefs.fsrsConfig());
        FsrsCard card = null;
        for (ReviewLog review : reviews) {
            if (review.isUndone()) {
                continue;
            }
            if (card == null) {
                card = FsrsCard.newCard(review.reviewedAt);
            }
            card = scheduler.review(card, review.reviewedAt, Rating.of(review.rating), fuzzKey(userId, cardId))
                    .card();
        }
        return card;
    }

    // ---------------------------------------------------------------- helpers

    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MILLIS);
    }

    /**
     * Seeds a card's fuzz by learner and card (with the review count added by the scheduler), so the interval on
     * a grade button is the one that grade gives, however long the learner looks at the answer.
     */
    static String fuzzKey(long userId, String cardId) {
        return userId + "/" + cardId;
    }

    /** Instances' clocks may differ by a little: never review a card "before" its last review. */
    private static Instant reviewTime(FsrsCard card, Instant now) {
        return card.lastReview() != null && now.isBefore(card.lastReview()) ? card.lastReview() : now;
    }

    /** Like {@link #requireCard} without reading the card's rendered view. */
    private static Card.Links requireActive(String cardId) {
        Card.Links card = Card.findActiveLinks(cardId);
        if (card == null) {
            throw new NotFoundException("No active card has the id '" + cardId + "'.");
        }
        return card;
    }

    private static Card requireCard(String cardId) {
        Card card = Card.findActive(cardId);
        if (card == null) {
            throw new NotFoundException("No active card has the id '" + cardId + "'.");
        }
        return card;
    }

    static String normalizeKey(String key) {
        if (key == null || key.isBlank()) {
            throw new IllegalArgumentException("idempotencyKey is required: a new UUID for each card shown");
        }
        try {
            return UUID.fromString(key.trim()).toString();
        } catch (IllegalArgumentException e) {
            throw new IllegalArgumentException("idempotencyKey must be a UUID such as "
                    + "3f0c2a4e-8d1b-4c55-9a77-1e2d3c4b5a69, was '" + key + "'");
        }
    }

    /**
     * Runs {@code attempt} in its own transaction; when a concurrent request made it fail (unique key, lock
     * timeout, deadlock), asks {@code recover} in a fresh transaction for an answer, else tries again.
     */
    private <T> T retrying(Supplier<T> attempt, Supplier<T> recover) {
        RuntimeException last = null;
        for (int i = 0; i < ATTEMPTS; i++) {
            try {
                return QuarkusTransaction.requiringNew().call(attempt::get);
            } catch (RuntimeException e) {
                if (!isConcurrencyFailure(e)) {
                    throw e;
                }
                last = e;
            }
            T recovered = QuarkusTransaction.requiringNew().call(recover::get);
            if (recovered != null) {
                return recovered;
            }
        }
        throw new ClientErrorException("The card was changed by another request at the same time; try again.", 409,
                last);
    }

    static boolean isConcurrencyFailure(Throwable e) {
        for (Throwable t = e; t != null; t = t.getCause()) {
            if (t instanceof OptimisticLockException || t instanceof PessimisticLockException
                    || t instanceof LockTimeoutException) {
                return true;
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                String state = sql.getSQLState();
                // unique violation, serialization failure / deadlock, H2 lock timeout, PostgreSQL lock not available
                if (state.equals("23505") || state.startsWith("40") || state.equals("HYT00")
                        || state.equals("55P03")) {
                    return true;
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return false;
    }
}
