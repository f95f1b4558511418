package dev.prepdeck.quiz;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.LockModeType;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One question of a quiz: the card asked, what the question showed, what was answered and how it was marked. */
@Entity
@Table(name = "quiz_question")
public class QuizQuestion extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "quiz_id")
    public String quizId;
    public int position;
    @Column(name = "card_id")
    public String cardId;
    @Column(name = "topic_id")
    public String topicId;
    public String kind;
    /** For an ordering card, the step indexes in the order they were shown, separated by commas. */
    public String shown;
    /** The submitted answer as JSON ({@link QuizAnswer}); null while unanswered. */
    public String answer;
    public Boolean correct;
    public boolean overridden;
    @Column(name = "overridden_at")
    public Instant overriddenAt;
    @Column(name = "answered_at")
    public Instant answeredAt;
    @Column(name = "answer_ms")
    public Integer answerMs;
    /** The Again grade this mistake fed into the learner's reviews, while it stands. */
    @Column(name = "review_log_id")
    public Long reviewLogId;

    public boolean isAnswered() {
        return answeredAt != null;
    }

    /** Right as marked, or overridden by the learner's "I was right". */
    public boolean counts() {
        return Boolean.TRUE.equals(correct) || overridden;
    }

    /** A mistake: answered wrong and not overridden, or never answered. */
    public boolean missed() {
        return !counts();
    }

    public static List<QuizQuestion> listByQuiz(String quizId) {
        return list("quizId = ?1 order by position", quizId);
    }

    /** The question, locked for an answer or an override so two requests cannot both mark it. */
    public static QuizQuestion lock(String quizId, int position) {
        return find("quizId = ?1 and position = ?2", quizId, position).withLock(LockModeType.PESSIMISTIC_WRITE)
                .firstResult();
    }

    /** Per topic over a learner's finished quizzes: topic id, questions asked, questions right. */
    public static List<Object[]> scoresByTopic(long userId) {
        return getEntityManager().createQuery("select q.topicId, count(q),"
                + " sum(case when q.correct = true or q.overridden = true then 1 else 0 end)"
                + " from QuizQuestion q, Quiz z where z.id = q.quizId and z.userId = :user and z.finishedAt is not null"
                + " group by q.topicId order by q.topicId", Object[].class)
                .setParameter("user", userId).getResultList();
    }
}
