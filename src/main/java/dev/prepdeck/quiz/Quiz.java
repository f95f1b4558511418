package dev.prepdeck.quiz;

import java.time.Instant;
import java.util.Arrays;
import java.util.Collection;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One quiz as it was drawn: who takes it (nobody for a visitor), its language, the topics and card kinds chosen,
 * and once finished its score. The id is a random UUID, the only key to a visitor's quiz.
 */
@Entity
public class Quiz extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "user_id")
    public Long userId;
    public String lang;
    /** Chosen topic ids separated by commas; empty for all topics. */
    public String topics;
    /** Chosen card kinds separated by commas. */
    public String kinds;
    /** The quiz whose missed questions this one asks again. */
    @Column(name = "retry_of")
    public String retryOf;
    @Column(name = "started_at")
    public Instant startedAt;
    @Column(name = "finished_at")
    public Instant finishedAt;
    @Column(name = "question_count")
    public int questionCount;
    @Column(name = "correct_count")
    public Integer correctCount;

    public boolean isFinished() {
        return finishedAt != null;
    }

    public List<String> topicList() {
        return split(topics);
    }

    public List<String> kindList() {
        return split(kinds);
    }

    private static List<String> split(String joined) {
        return joined == null || joined.isBlank() ? List.of() : Arrays.asList(joined.split(","));
    }

    /** A learner's quizzes, newest first. */
    public static List<Quiz> listByUser(long userId, int limit) {
        return find("userId = ?1 order by startedAt desc, id", userId).page(0, limit).list();
    }

    /** A card a quiz can ask: its id, topic, kind and note (so one quiz asks one card of each note). */
    public record Candidate(String cardId, String topicId, String kind, String noteId) {
    }

    /** The active cards of {@code kinds} in {@code topics} (all topics when empty), in content order. */
    public static List<Candidate> candidates(Collection<String> topics, Collection<String> kinds) {
        String jpql = "select c.id, c.topicId, c.kind, c.noteId from Card c where c.retired = false"
                + " and c.kind in :kinds" + (topics.isEmpty() ? "" : " and c.topicId in :topics")
                + " order by c.topicId, c.position";
        var query = getEntityManager().createQuery(jpql, Object[].class).setParameter("kinds", kinds);
        if (!topics.isEmpty()) {
            query.setParameter("topics", topics);
        }
        return query.getResultList().stream()
                .map(r -> new Candidate((String) r[0], (String) r[1], (String) r[2], (String) r[3])).toList();
    }
}
