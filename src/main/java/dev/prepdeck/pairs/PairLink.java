package dev.prepdeck.pairs;

import java.time.Instant;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** The interviewer link of one interview: its token opens the interviewer's screen. */
@Entity
@Table(name = "pair_link")
public class PairLink extends PanacheEntityBase {

    @Id
    public String token;

    @Column(name = "interview_id")
    public String interviewId;

    @Column(name = "created_at")
    public Instant createdAt;

    public static PairLink findByInterview(String interviewId) {
        return find("interviewId", interviewId).firstResult();
    }

    public static PairLink findByToken(String token) {
        return token == null || token.isBlank() ? null : findById(token);
    }
}
