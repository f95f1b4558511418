package dev.prepdeck.account;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntity;
import io.quarkus.panache.common.Sort;

/** A single-use sign-up code that an admin hands out when registration is invite-only. */
@Entity
@Table(name = "invite")
public class Invite extends PanacheEntity {

    /** Random URL-safe code the invitee types or follows as a link. */
    @Column(nullable = false, unique = true, length = 64)
    public String code;

    /** Role the new account gets. */
    @Column(nullable = false, length = 16)
    public String role = Role.CANDIDATE;

    @Column(name = "created_by")
    public Long createdBy;

    @Column(name = "created_at", nullable = false)
    public Instant createdAt;

    @Column(name = "expires_at", nullable = false)
    public Instant expiresAt;

    @Column(name = "used_by")
    public Long usedBy;

    @Column(name = "used_at")
    public Instant usedAt;

    public static Invite findByCode(String code) {
        if (code == null || code.isBlank()) {
            return null;
        }
        return find("code", code.trim()).firstResult();
    }

    /** Invites that can still be used, newest first. */
    public static List<Invite> listOpen(Instant now) {
        return list("usedAt is null and expiresAt > ?1", Sort.descending("createdAt"), now);
    }

    /**
     * Marks the invite used by {@code userId} if it is still open. A single conditional update, so two
     * sign-ups racing for one code (on one instance or several) cannot both win.
     */
    public static boolean claim(String code, long userId, Instant now) {
        return update("usedBy = ?1, usedAt = ?2 where code = ?3 and usedAt is null and expiresAt > ?2",
                userId, now, code) == 1;
    }

    public boolean isOpen(Instant now) {
        return usedAt == null && expiresAt.isAfter(now);
    }
}
