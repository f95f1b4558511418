package dev.prepdeck.study.review;

import java.time.Instant;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import dev.prepdeck.study.fsrs.CardState;
import dev.prepdeck.study.fsrs.FsrsCard;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One grade, as it happened: append-only. Holds the complete card state before the grade (what undo restores)
 * and the memory state after it. The only later write is {@link #undoneAt}, set once by undo.
 */
@Entity
@Table(name = "review_log")
public class ReviewLog extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "user_id")
    public long userId;
    @Column(name = "card_id")
    public String cardId;
    @Column(name = "idempotency_key")
    public String idempotencyKey;
    public int rating;
    @Column(name = "reviewed_at")
    public Instant reviewedAt;
    @Column(name = "answer_ms")
    public int answerMs;
    /** Study days since the previous review. */
    @Column(name = "elapsed_days")
    public int elapsedDays;
    /** Interval in days this grade chose (0 for a minute step). */
    @Column(name = "scheduled_days")
    public int scheduledDays;
    /** Probability of recall at review time; null for a New card. */
    public Double retrievability;

    @Column(name = "state_before")
    public int stateBefore;
    @Column(name = "due_before")
    public Instant dueBefore;
    @Column(name = "stability_before")
    public double stabilityBefore;
    @Column(name = "difficulty_before")
    public double difficultyBefore;
    @Column(name = "elapsed_days_before")
    public int elapsedDaysBefore;
    @Column(name = "scheduled_days_before")
    public int scheduledDaysBefore;
    @Column(name = "learning_step_before")
    public int learningStepBefore;
    @Column(name = "reps_before")
    public int repsBefore;
    @Column(name = "lapses_before")
    public int lapsesBefore;
    @Column(name = "last_review_before")
    public Instant lastReviewBefore;
    @Column(name = "suspended_before")
    public boolean suspendedBefore;
    @Column(name = "leech_before")
    public boolean leechBefore;

    @Column(name = "state_after")
    public int stateAfter;
    @Column(name = "due_after")
    public Instant dueAfter;
    @Column(name = "stability_after")
    public double stabilityAfter;
    @Column(name = "difficulty_after")
    public double difficultyAfter;
    @Column(name = "learning_step_after")
    public int learningStepAfter;
    @Column(name = "lapses_after")
    public int lapsesAfter;
    @Column(name = "leech_after")
    public boolean leechAfter;
    @Column(name = "version_after")
    public int versionAfter;

    @Column(name = "undone_at")
    public Instant undoneAt;
    /** Siblings this grade buried, as {@link SiblingBurial#encode()} writes them; null if none. */
    @Column(name = "siblings_buried")
    public String siblingsBuried;

    public static ReviewLog findByKey(long userId, String idempotencyKey) {
        return find("userId = ?1 and idempotencyKey = ?2", userId, idempotencyKey).firstResult();
    }

    public static ReviewLog findOwned(long userId, long id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResult();
    }

    /** The learner's most recent grade that was not undone: the top of the undo stack. */
    public static ReviewLog latestActive(long userId) {
        return find("userId = ?1 and undoneAt is null order by reviewedAt desc, id desc", userId).firstResult();
    }

    /** The most recent grade of one card that was not undone. */
    public static ReviewLog latestActive(long userId, String cardId) {
        return find("userId = ?1 and cardId = ?2 and undoneAt is null order by reviewedAt desc, id desc", userId,
                cardId).firstResult();
    }

    /** Every grade of one card, oldest first, undone ones included (card info shows them struck through). */
    public static List<ReviewLog> history(long userId, String cardId) {
        return list("userId = ?1 and cardId = ?2 order by reviewedAt, id", userId, cardId);
    }

    /** Every grade of a learner that was not undone, oldest first: their history as an export shows it. */
    public static List<ReviewLog> activeHistory(long userId) {
        return list("userId = ?1 and undoneAt is null order by reviewedAt, id", userId);
    }

    /** New cards started and review cards answered since {@code since}: {new, review}. */
    public static long[] countsSince(long userId, Instant since) {
        Object[] row = getEntityManager().createQuery("select"
                + " sum(case when r.stateBefore = 0 then 1 else 0 end),"
                + " sum(case when r.stateBefore = 2 then 1 else 0 end)"
                + " from ReviewLog r where r.userId = :user and r.reviewedAt >= :since and r.undoneAt is null",
                Object[].class).setParameter("user", userId).setParameter("since", since).getSingleResult();
        return new long[] {row[0] == null ? 0 : ((Number) row[0]).longValue(),
                row[1] == null ? 0 : ((Number) row[1]).longValue()};
    }

    /** Learners with at least one grade (not undone) since {@code since}. */
    public static long countActiveUsersSince(Instant since) {
        // One short probe of the (user_id, reviewed_at) index per account, instead of scanning a year of log.
        return getEntityManager().createQuery("select count(u) from AppUser u where exists (select 1 from ReviewLog r"
                + " where r.userId = u.id and r.reviewedAt >= :since and r.undoneAt is null)", Long.class)
                .setParameter("since", since).getSingleResult();
    }

    /**
     * What the FSRS optimizer learns from: the latest {@code limit} grades not undone of one learner (or of all
     * when {@code userId} is null) as rows (user id, card id, time, rating, state before), in learner, card and
     * time order.
     */
    public static List<Object[]> forTraining(Long userId, int limit) {
        String who = userId == null ? "" : " and r.userId = :user";
        var latest = getEntityManager().createQuery("select r.id from ReviewLog r where r.undoneAt is null" + who
                + " order by r.id desc", Long.class).setMaxResults(1);
        var query = getEntityManager().createQuery("select r.userId, r.cardId, r.reviewedAt, r.rating, r.stateBefore"
                + " from ReviewLog r where r.undoneAt is null and r.id > :floor" + who
                + " order by r.userId, r.cardId, r.reviewedAt, r.id", Object[].class);
        if (userId != null) {
            latest.setParameter("user", userId);
            query.setParameter("user", userId);
        }
        List<Long> top = latest.getResultList();
        long floor = top.isEmpty() ? 0 : top.get(0) - limit;
        return query.setParameter("floor", floor).getResultList();
    }

    /** Grades not undone per learner: rows (user id, count), most active learners first. */
    public static List<Object[]> reviewCountsByUser() {
        return getEntityManager().createQuery("select r.userId, count(r) from ReviewLog r where r.undoneAt is null"
                + " group by r.userId order by count(r) desc", Object[].class).getResultList();
    }

    /** Sets the undo marker if it is not set yet; false if another request undid this grade first. */
    /** Whether a grade of one of these cards, made after {@code reviewId} and not undone, exists. */
    public static boolean laterActiveGrade(long userId, Collection<String> cardIds, long reviewId) {
        return count("userId = ?1 and cardId in ?2 and id > ?3 and undoneAt is null", userId, cardIds, reviewId) > 0;
    }

    public static boolean markUndone(long id, Instant at) {
        return update("undoneAt = ?1 where id = ?2 and undoneAt is null", at, id) == 1;
    }

    /** The card state before this grade, exactly as it was stored. */
    public FsrsCard before() {
        return new FsrsCard(CardState.of(stateBefore), dueBefore, stabilityBefore, difficultyBefore,
                elapsedDaysBefore, scheduledDaysBefore, learningStepBefore, repsBefore, lapsesBefore,
                lastReviewBefore);
    }

    public boolean isUndone() {
        return undoneAt != null;
    }
}
