package dev.prepdeck.quiz;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A learner's quiz setting: whether mistakes are graded Again in their reviews (on unless they turned it off). */
@Entity
@Table(name = "quiz_setting")
public class QuizSetting extends PanacheEntityBase {

    @Id
    @Column(name = "user_id")
    public Long userId;
    @Column(name = "feed_reviews")
    public boolean feedReviews = true;

    public static boolean feedsReviews(long userId) {
        QuizSetting setting = findById(userId);
        return setting == null || setting.feedReviews;
    }
}
