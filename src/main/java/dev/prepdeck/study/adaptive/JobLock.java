package dev.prepdeck.study.adaptive;

import java.time.Duration;
import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A lease on a background job shared by every instance through the database (table {@code job_lock}). */
@Entity
@Table(name = "job_lock")
public class JobLock extends PanacheEntityBase {

    public static final String OPTIMIZER = "fsrs-optimizer";

    @Id
    public String name;
    @Column(name = "locked_until")
    public Instant lockedUntil;
    public String owner;

    /** Takes the lease for {@code lease} if nobody holds it; one conditional UPDATE, so only one caller wins. */
    public static boolean tryAcquire(String name, String owner, Instant now, Duration lease) {
        return update("lockedUntil = ?1, owner = ?2 where name = ?3 and lockedUntil < ?4", now.plus(lease), owner,
                name, now) == 1;
    }

    /** Gives the lease back early, if {@code owner} still holds it. */
    public static void release(String name, String owner, Instant now) {
        update("lockedUntil = ?1, owner = null where name = ?2 and owner = ?3", now, name, owner);
    }
}
