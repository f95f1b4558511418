package dev.prepdeck.study.review;

import java.io.Serializable;
import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.IdClass;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;
import jakarta.persistence.TypedQuery;

import dev.prepdeck.study.fsrs.CardState;
import dev.prepdeck.study.fsrs.FsrsCard;
import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One learner's progress on one card (table {@code card_state}): the FSRS memory state plus bury, suspend,
 * flag and leech marks. A card without a row is New for that learner.
 */
@Entity
@Table(name = "card_state")
@IdClass(CardProgress.Key.class)
public class CardProgress extends PanacheEntityBase {

    /** The composite primary key. */
    public static class Key implements Serializable {
        public long userId;
        public String cardId;

        public Key() {
        }

        public Key(long userId, String cardId) {
            this.userId = userId;
            this.cardId = cardId;
        }

        @Override
        public boolean equals(Object other) {
            return other instanceof Key k && k.userId == userId && Objects.equals(k.cardId, cardId);
        }

        @Override
        public int hashCode() {
            return Objects.hash(userId, cardId);
        }
    }

    @Id
    @Column(name = "user_id")
    public long userId;
    @Id
    @Column(name = "card_id")
    public String cardId;
    /** {@link CardState#value()}: 0 New, 1 Learning, 2 Review, 3 Relearning. */
    public int state;
    public Instant due;
    public double stability;
    public double difficulty;
    @Column(name = "elapsed_days")
    public int elapsedDays;
    @Column(name = "scheduled_days")
    public int scheduledDays;
    @Column(name = "learning_step")
    public int learningStep;
    public int reps;
    public int lapses;
    @Column(name = "last_review")
    public Instant lastReview;
    @Column(name = "buried_until")
    public Instant buriedUntil;
    public boolean suspended;
    public boolean flagged;
    @Column(name = "flagged_at")
    public Instant flaggedAt;
    /** What the learner wrote when flagging, for the mentor; null without a flag or a reason. */
    @Column(name = "flag_reason")
    public String flagReason;
    public boolean leech;
    /** Scheduling changes so far; a grade or undo made against an older version is stale. */
    public int version;

    /** A row for a card the learner has not studied yet, so it can be buried, suspended or flagged. */
    public static CardProgress fresh(long userId, String cardId, Instant now) {
        CardProgress p = new CardProgress();
        p.userId = userId;
        p.cardId = cardId;
        p.setMemory(FsrsCard.newCard(now));
        return p;
    }

    public static CardProgress find(long userId, String cardId) {
        return findById(new Key(userId, cardId));
    }

    /** The row locked for update until the transaction ends (SELECT … FOR UPDATE), or null. */
    public static CardProgress lock(long userId, String cardId) {
        return findById(new Key(userId, cardId), LockModeType.PESSIMISTIC_WRITE);
    }

    /** Every card a learner has a state for, in card order: the cards an export lists as theirs. */
    public static List<CardProgress> listAllByUser(long userId) {
        return list("userId = ?1 order by cardId", userId);
    }

    public static List<CardProgress> listByUser(long userId, Collection<String> cardIds) {
        if (cardIds.isEmpty()) {
            return List.of();
        }
        return list("userId = ?1 and cardId in ?2", userId, cardIds);
    }

    /**
     * Learning cards due by {@code now} and review cards due today, learning first, each in due order: the head
     * of the review queue. One range scan of the (user_id, due) index.
     */
    public static List<CardProgress> dueQueue(long userId, Instant now, Instant endOfDay, List<String> topics,
            int limit) {
        TypedQuery<CardProgress> query = getEntityManager().createQuery("select p from CardProgress p, Card c"
                + " where c.id = p.cardId and p.userId = :user and p.due < :endOfDay and p.state > 0"
                + " and (p.scheduledDays > 0 or p.due <= :now)"
                + " and p.suspended = false and (p.buriedUntil is null or p.buriedUntil <= :now)"
                + " and c.retired = false" + topicFilter(topics)
                + " order by case when p.state = 2 then 1 else 0 end, p.due, p.cardId", CardProgress.class)
                .setParameter("user", userId).setParameter("now", now).setParameter("endOfDay", endOfDay);
        return withTopics(query, topics).setMaxResults(limit).getResultList();
    }

    /** The learning card due soonest before {@code until} (for learning ahead and the "come back at" hint). */
    public static CardProgress nextLearning(long userId, Instant now, Instant until, List<String> topics) {
        TypedQuery<CardProgress> query = getEntityManager().createQuery("select p from CardProgress p, Card c"
                + " where c.id = p.cardId and p.userId = :user and p.due < :until and p.state in (1, 3)"
                + " and p.suspended = false and (p.buriedUntil is null or p.buriedUntil <= :now)"
                + " and c.retired = false" + topicFilter(topics)
                + " order by p.due, p.cardId", CardProgress.class)
                .setParameter("user", userId).setParameter("now", now).setParameter("until", until);
        List<CardProgress> found = withTopics(query, topics).setMaxResults(1).getResultList();
        return found.isEmpty() ? null : found.get(0);
    }

    /** Learning cards due now and review cards due today: {learning, review}. */
    public static long[] dueCounts(long userId, Instant now, Instant endOfDay, List<String> topics) {
        TypedQuery<Object[]> query = getEntityManager().createQuery("select"
                + " sum(case when p.state <> 2 and p.due <= :now then 1 else 0 end),"
                + " sum(case when p.state = 2 then 1 else 0 end)"
                + " from CardProgress p, Card c"
                + " where c.id = p.cardId and p.userId = :user and p.due < :endOfDay and p.state > 0"
                + " and p.suspended = false and (p.buriedUntil is null or p.buriedUntil <= :now)"
                + " and c.retired = false" + topicFilter(topics), Object[].class)
                .setParameter("user", userId).setParameter("now", now).setParameter("endOfDay", endOfDay);
        Object[] row = withTopics(query, topics).getSingleResult();
        return new long[] {number(row[0]), number(row[1])};
    }

    /**
     * Up to {@code limit} new cards the learner may start now, in content order (topic order, then position):
     * cards without a row, or with a New row that is neither buried nor suspended.
     */
    public static List<String> newCardIds(long userId, Instant now, List<String> topics, int limit) {
        if (limit <= 0) {
            return List.of();
        }
        TypedQuery<String> query = getEntityManager().createQuery("select c.id from Card c, Topic t"
                + " where t.id = c.topicId and c.retired = false" + topicFilter(topics)
                + " and not exists (select 1 from CardProgress p where p.userId = :user and p.cardId = c.id"
                + " and (p.state > 0 or p.suspended = true or p.buriedUntil > :now))"
                + " order by t.sortOrder, c.topicId, c.position, c.id", String.class)
                .setParameter("user", userId).setParameter("now", now);
        return withTopics(query, topics).setMaxResults(limit).getResultList();
    }

    /** How many new cards the learner could start now, whatever today's limit (the ones waiting behind it). */
    public static long countNew(long userId, Instant now, List<String> topics) {
        TypedQuery<Long> query = getEntityManager().createQuery("select count(c) from Card c"
                + " where c.retired = false" + topicFilter(topics)
                + " and not exists (select 1 from CardProgress p where p.userId = :user and p.cardId = c.id"
                + " and (p.state > 0 or p.suspended = true or p.buriedUntil > :now))", Long.class)
                .setParameter("user", userId).setParameter("now", now);
        return withTopics(query, topics).getSingleResult();
    }

    /**
     * When the next studied card comes due after today's queue: a learning card later today or any card due
     * from {@code endOfDay} on (suspended and buried cards left out); null if none.
     */
    public static Instant nextDue(long userId, Instant now, Instant endOfDay, List<String> topics) {
        TypedQuery<Instant> query = getEntityManager().createQuery("select min(p.due) from CardProgress p, Card c"
                + " where c.id = p.cardId and p.userId = :user and p.state > 0 and p.suspended = false"
                + " and (p.buriedUntil is null or p.buriedUntil <= :now) and c.retired = false"
                + " and (p.due >= :endOfDay or (p.state in (1, 3) and p.due > :now))" + topicFilter(topics),
                Instant.class)
                .setParameter("user", userId).setParameter("now", now).setParameter("endOfDay", endOfDay);
        return withTopics(query, topics).getSingleResult();
    }

    /** Cards any learner flagged or that became leeches: {card id, flagged count, leech count, last flagged}. */
    public static List<Object[]> attentionSummary() {
        return getEntityManager().createQuery("select p.cardId,"
                + " sum(case when p.flagged = true then 1 else 0 end),"
                + " sum(case when p.leech = true then 1 else 0 end), max(p.flaggedAt)"
                + " from CardProgress p where p.flagged = true or p.leech = true group by p.cardId"
                + " order by p.cardId", Object[].class).getResultList();
    }

    /** Marks rows of {@code cardIds} buried until {@code until} unless they already are for longer. */
    public static int buryExisting(long userId, Collection<String> cardIds, Instant until) {
        if (cardIds.isEmpty()) {
            return 0;
        }
        return update("buriedUntil = ?1 where userId = ?2 and cardId in ?3"
                + " and (buriedUntil is null or buriedUntil < ?1)", until, userId, cardIds);
    }

    /** Sets the card's burial back to {@code previous}, unless something buried it to another time since. */
    public static int unbury(long userId, String cardId, Instant buriedBy, Instant previous) {
        return update("buriedUntil = ?1 where userId = ?2 and cardId = ?3 and buriedUntil = ?4", previous, userId,
                cardId, buriedBy);
    }

    private static String topicFilter(List<String> topics) {
        return topics.isEmpty() ? "" : " and c.topicId in :topics";
    }

    private static <T> TypedQuery<T> withTopics(TypedQuery<T> query, List<String> topics) {
        return topics.isEmpty() ? query : query.setParameter("topics", topics);
    }

    private static long number(Object value) {
        return value == null ? 0 : ((Number) value).longValue();
    }

    /** The FSRS view of this row. */
    public FsrsCard memory() {
        return new FsrsCard(CardState.of(state), due, stability, difficulty, elapsedDays, scheduledDays, learningStep,
                reps, lapses, lastReview);
    }

    /** Copies the FSRS fields of {@code card} into this row. */
    public void setMemory(FsrsCard card) {
        state = card.state().value();
        due = card.due();
        stability = card.stability();
        difficulty = card.difficulty();
        elapsedDays = card.elapsedDays();
        scheduledDays = card.scheduledDays();
        learningStep = card.learningSteps();
        reps = card.reps();
        lapses = card.lapses();
        lastReview = card.lastReview();
    }

    public CardState cardState() {
        return CardState.of(state);
    }

    public boolean isBuried(Instant now) {
        return buriedUntil != null && buriedUntil.isAfter(now);
    }
}
