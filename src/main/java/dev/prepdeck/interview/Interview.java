package dev.prepdeck.interview;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One mock interview: whose it is (a learner, or a visitor's browser through {@code visitorKey}), what was chosen,
 * the question being asked and, once over, when it finished. Everything lives here, so a reload loses nothing.
 */
@Entity
public class Interview extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "user_id")
    public Long userId;
    /** SHA-256 (hex) of the visitor's cookie secret; null for a learner's interview. */
    @Column(name = "visitor_key")
    public String visitorKey;
    public String lang;
    /** Chosen topic ids separated by commas; empty for all topics. */
    public String topics;
    @Column(name = "main_count")
    public int mainCount;
    @Column(name = "question_count")
    public int questionCount;
    @Column(name = "prep_seconds")
    public Integer prepSeconds;
    @Column(name = "answer_seconds")
    public Integer answerSeconds;
    @Column(name = "current_position")
    public int currentPosition;
    public int version;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;

    public boolean isFinished() {
        return finishedAt != null;
    }

    public List<String> topicList() {
        return topics == null || topics.isBlank() ? List.of() : Arrays.asList(topics.split(","));
    }

    /** The interview, locked for one step, so two tabs cannot both move it on. */
    public static Interview lock(String id) {
        return id == null ? null : findById(id, LockModeType.PESSIMISTIC_WRITE);
    }
}
