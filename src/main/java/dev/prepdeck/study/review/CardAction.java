package dev.prepdeck.study.review;

import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One bury, suspend or flag (or its reverse) as the learner did it, with the marks before and after, so undo can
 * take it back. Append-only apart from {@link #undoneAt}.
 */
@Entity
@Table(name = "card_action")
public class CardAction extends PanacheEntityBase {

    /** What the learner did; the names are the ones the API and the undo message use. */
    public enum Kind {
        BURY, UNBURY, SUSPEND, UNSUSPEND, FLAG, UNFLAG;

        public String id() {
            return name().toLowerCase(Locale.ROOT);
        }

        static Kind of(String id) {
            return valueOf(id.toUpperCase(Locale.ROOT));
        }
    }

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "user_id")
    public long userId;
    @Column(name = "card_id")
    public String cardId;
    public String kind;
    @Column(name = "acted_at")
    public Instant actedAt;
    @Column(name = "buried_until_before")
    public Instant buriedUntilBefore;
    @Column(name = "buried_until_after")
    public Instant buriedUntilAfter;
    @Column(name = "suspended_before")
    public boolean suspendedBefore;
    @Column(name = "suspended_after")
    public boolean suspendedAfter;
    @Column(name = "flagged_before")
    public boolean flaggedBefore;
    @Column(name = "flagged_after")
    public boolean flaggedAfter;
    @Column(name = "flagged_at_before")
    public Instant flaggedAtBefore;
    @Column(name = "flag_reason_before")
    public String flagReasonBefore;
    @Column(name = "undone_at")
    public Instant undoneAt;

    /** The marks of {@code before}, to be completed with {@link #after} once the change is applied. */
    static CardAction before(Kind kind, CardProgress before, Instant now) {
        CardAction a = new CardAction();
        a.userId = before.userId;
        a.cardId = before.cardId;
        a.kind = kind.id();
        a.actedAt = now;
        a.buriedUntilBefore = before.buriedUntil;
        a.suspendedBefore = before.suspended;
        a.flaggedBefore = before.flagged;
        a.flaggedAtBefore = before.flaggedAt;
        a.flagReasonBefore = before.flagReason;
        return a;
    }

    /** Records the marks after the change; false if the change changed nothing (then nothing is logged). */
    boolean after(CardProgress after) {
        buriedUntilAfter = after.buriedUntil;
        suspendedAfter = after.suspended;
        flaggedAfter = after.flagged;
        return !Objects.equals(buriedUntilBefore, buriedUntilAfter) || suspendedBefore != suspendedAfter
                || flaggedBefore != flaggedAfter;
    }

    /** Whether the row still carries the marks this action left, so restoring the earlier ones loses nothing. */
    boolean stillApplies(CardProgress now) {
        return Objects.equals(now.buriedUntil, buriedUntilAfter) && now.suspended == suspendedAfter
                && now.flagged == flaggedAfter;
    }

    /** Puts the marks back as they were before this action. */
    void restore(CardProgress progress) {
        progress.buriedUntil = buriedUntilBefore;
        progress.suspended = suspendedBefore;
        progress.flagged = flaggedBefore;
        progress.flaggedAt = flaggedAtBefore;
        progress.flagReason = flagReasonBefore;
    }

    public Kind kind() {
        return Kind.of(kind);
    }

    public boolean isUndone() {
        return undoneAt != null;
    }

    public static CardAction findOwned(long userId, long id) {
        return find("id = ?1 and userId = ?2", id, userId).firstResult();
    }

    /** The learner's most recent action not undone, or null. */
    public static CardAction latestActive(long userId) {
        return find("userId = ?1 and undoneAt is null order by actedAt desc, id desc", userId).firstResult();
    }

    /** Sets the undo marker if it is not set yet; false if another request undid this action first. */
    static boolean markUndone(long id, Instant at) {
        return update("undoneAt = ?1 where id = ?2 and undoneAt is null", at, id) == 1;
    }
}
