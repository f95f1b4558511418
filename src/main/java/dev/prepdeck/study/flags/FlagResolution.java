package dev.prepdeck.study.flags;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A mentor resolving a card's flags: when, by whom, and how many learners' flags were cleared. */
@Entity
@Table(name = "flag_resolution")
public class FlagResolution extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "card_id")
    public String cardId;
    @Column(name = "resolved_by")
    public Long resolvedBy;
    @Column(name = "resolved_at")
    public Instant resolvedAt;
    @Column(name = "flags_cleared")
    public int flagsCleared;
}
