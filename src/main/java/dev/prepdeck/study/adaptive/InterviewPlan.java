package dev.prepdeck.study.adaptive;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A learner's interview date, the recall to reach on it and the topics it covers (table {@code interview_plan}). */
@Entity
@Table(name = "interview_plan")
public class InterviewPlan extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public long userId;
    @Column(name = "interview_date")
    public LocalDate interviewDate;
    public double target;
    /** Comma-separated topic ids; empty for every topic. */
    public String topics = "";

    public static InterviewPlan ofUser(long userId) {
        return findById(userId);
    }

    public List<String> topicList() {
        return topics == null || topics.isBlank() ? List.of() : Arrays.asList(topics.split(","));
    }

    /** Whether the plan covers cards of {@code topicId}. */
    public boolean covers(String topicId) {
        List<String> list = topicList();
        return list.isEmpty() || list.contains(topicId);
    }
}
