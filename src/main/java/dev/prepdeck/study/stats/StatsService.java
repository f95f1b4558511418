package dev.prepdeck.study.stats;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

import dev.prepdeck.study.StudyPreferences;
import dev.prepdeck.study.fsrs.CardState;
import dev.prepdeck.study.stats.StudyStats.CardPoint;
import dev.prepdeck.study.stats.StudyStats.Report;
import dev.prepdeck.study.stats.StudyStats.ReviewPoint;
import dev.prepdeck.study.stats.StudyStats.TopicProgress;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** Loads one learner's review log of the past year and card rows, and hands them to {@link StudyStats}. */
@ApplicationScoped
public class StatsService {

    @Inject
    EntityManager em;

    @Inject
    Clock clock;

    public Report report(long userId, StudyPreferences prefs) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            long activeCards = em.createQuery("select count(c) from Card c where c.retired = false", Long.class)
                    .getSingleResult();
            return StudyStats.compute(reviews(userId, now), cards(userId), activeCards, prefs.dayClock(), now);
        });
    }

    /** The learner's progress per topic id (topics they never studied are absent), for the home page. */
    public Map<String, TopicProgress> progressByTopic(long userId, StudyPreferences prefs) {
        Instant now = clock.instant();
        return QuarkusTransaction.requiringNew().call(() -> {
            List<CardPoint> cards = cards(userId);
            Report report = StudyStats.compute(reviews(userId, now), cards, 0, prefs.dayClock(), now);
            return StudyStats.topicProgress(report, cards, prefs.dayClock(), now);
        });
    }

    private List<ReviewPoint> reviews(long userId, Instant now) {
        // A little more than a year, so the first calendar day is complete whatever the zone.
        Instant since = now.minus(Duration.ofDays(StudyStats.CALENDAR_DAYS + 2));
        return em.createQuery("select r.reviewedAt, r.rating, r.stateBefore,"
                + " r.scheduledDaysBefore, r.answerMs, c.topicId from ReviewLog r, Card c"
                + " where c.id = r.cardId and r.userId = :user and r.reviewedAt >= :since"
                + " and r.undoneAt is null", Object[].class)
                .setParameter("user", userId).setParameter("since", since)
                .getResultStream()
                .map(row -> new ReviewPoint((Instant) row[0], (Integer) row[1], CardState.of((Integer) row[2]),
                        (Integer) row[3], (Integer) row[4], (String) row[5]))
                .toList();
    }

    private List<CardPoint> cards(long userId) {
        return em.createQuery("select p.state, p.due, p.scheduledDays, p.suspended, c.topicId"
                + " from CardProgress p, Card c where c.id = p.cardId and p.userId = :user"
                + " and c.retired = false", Object[].class)
                .setParameter("user", userId)
                .getResultStream()
                .map(row -> new CardPoint(CardState.of((Integer) row[0]), (Instant) row[1], (Integer) row[2],
                        (Boolean) row[3], (String) row[4]))
                .toList();
    }
}
