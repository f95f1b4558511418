package dev.prepdeck.interview;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One question of an interview and the candidate's answer to it: when, what they noted, and how it was rated. */
@Entity
@Table(name = "interview_answer")
public class InterviewAnswer extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "interview_id")
    public String interviewId;
    public int position;
    @Column(name = "card_id")
    public String cardId;
    @Column(name = "topic_id")
    public String topicId;
    @Column(name = "main_number")
    public int mainNumber;
    @Column(name = "parent_position")
    public Integer parentPosition;
    public int depth;
    @Column(name = "prep_started_at")
    public Instant prepStartedAt;
    @Column(name = "answer_started_at")
    public Instant answerStartedAt;
    @Column(name = "revealed_at")
    public Instant revealedAt;
    @Column(name = "answer_ms")
    public Integer answerMs;
    public String notes;
    /** Indexes of the key concepts the notes name, separated by commas. */
    public String covered;
    @Column(name = "concept_count")
    public Integer conceptCount;
    @Column(name = "self_rating")
    public Integer selfRating;
    @Column(name = "rated_at")
    public Instant ratedAt;
    @Column(name = "interviewer_rating")
    public Integer interviewerRating;
    @Column(name = "interviewer_notes")
    public String interviewerNotes;
    @Column(name = "review_log_id")
    public Long reviewLogId;

    public boolean isRevealed() {
        return revealedAt != null;
    }

    public boolean isRated() {
        return selfRating != null;
    }

    public List<Integer> coveredIndexes() {
        List<Integer> indexes = new ArrayList<>();
        if (covered != null && !covered.isBlank()) {
            for (String i : covered.split(",")) {
                indexes.add(Integer.valueOf(i));
            }
        }
        return indexes;
    }

    public static List<InterviewAnswer> listByInterview(String interviewId) {
        return list("interviewId = ?1 order by position", interviewId);
    }

    public static InterviewAnswer find(String interviewId, int position) {
        return find("interviewId = ?1 and position = ?2", interviewId, position).firstResult();
    }
}
