package dev.prepdeck.study.flags;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;
import jakarta.ws.rs.NotFoundException;

import org.jsoup.Jsoup;

import com.fasterxml.jackson.annotation.JsonProperty;

import dev.prepdeck.content.Card;
import dev.prepdeck.content.Topic;
import dev.prepdeck.study.review.CardProgress;

/**
 * The mentors' side of flags: every card learners flagged or keep forgetting, with their reasons and how often
 * learners fail it, and resolving a card's flags once it is fixed.
 */
@ApplicationScoped
public class FlagService {

    /** Longest front shown in the list. */
    private static final int FRONT = 140;

    @Inject
    EntityManager em;

    /** One learner's reason for a flag, newest first in {@link Attention#reasons}. */
    public record Reason(String text, Instant flaggedAt) {
    }

    /**
     * One card needing attention. {@code reviews} counts the grades learners gave it (undone ones not), {@code failed}
     * those that were Again, {@code learners} how many learners graded it.
     */
    public record Attention(String cardId, String topicId, String topicTitle, String front, long flagged,
            long leeches, Instant lastFlagged, List<Reason> reasons, long reviews, long failed, long learners) {

        /** The share of grades that were Again, or null before anyone graded it. */
        @JsonProperty
        public Double failureRate() {
            return reviews == 0 ? null : (double) failed / reviews;
        }

        /** The failure rate as a whole percentage, or empty before anyone graded it. */
        public String failurePercent() {
            return reviews == 0 ? "" : Math.round(100.0 * failed / reviews) + "%";
        }
    }

    /** Every flagged or leech card, most learners affected first. Call inside a transaction. */
    public List<Attention> attention(String lang) {
        Map<String, String> titles = new HashMap<>();
        Topic.<Topic>listAll().forEach(t -> titles.put(t.id, t.title(lang)));
        List<Object[]> summary = CardProgress.attentionSummary();
        List<String> ids = summary.stream().map(s -> (String) s[0]).toList();
        Map<String, List<Reason>> reasons = reasons(ids);
        Map<String, long[]> failures = failures(ids);
        List<Attention> rows = new ArrayList<>();
        for (Object[] s : summary) {
            Card card = Card.findById(s[0]);
            if (card == null) {
                continue;
            }
            String front = Jsoup.parse(card.view().side(lang).front()).text();
            if (front.length() > FRONT) {
                front = front.substring(0, FRONT - 1) + "…";
            }
            long[] f = failures.getOrDefault(card.id, new long[3]);
            rows.add(new Attention(card.id, card.topicId, titles.getOrDefault(card.topicId, card.topicId), front,
                    ((Number) s[1]).longValue(), ((Number) s[2]).longValue(), (Instant) s[3],
                    reasons.getOrDefault(card.id, List.of()), f[0], f[1], f[2]));
        }
        rows.sort((a, b) -> Long.compare(b.flagged() + b.leeches(), a.flagged() + a.leeches()));
        return rows;
    }

    private Map<String, List<Reason>> reasons(List<String> ids) {
        Map<String, List<Reason>> reasons = new HashMap<>();
        if (ids.isEmpty()) {
            return reasons;
        }
        em.createQuery("select p.cardId, p.flagReason, p.flaggedAt from CardProgress p where p.flagged = true"
                + " and p.flagReason is not null and p.cardId in :ids order by p.flaggedAt desc", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> {
                    String text = ((String) r[1]).strip();
                    if (!text.isEmpty()) {
                        reasons.computeIfAbsent((String) r[0], k -> new ArrayList<>())
                                .add(new Reason(text, (Instant) r[2]));
                    }
                });
        return reasons;
    }

    private Map<String, long[]> failures(List<String> ids) {
        Map<String, long[]> failures = new HashMap<>();
        if (ids.isEmpty()) {
            return failures;
        }
        em.createQuery("select r.cardId, count(r), sum(case when r.rating = 1 then 1 else 0 end),"
                + " count(distinct r.userId) from ReviewLog r where r.undoneAt is null and r.cardId in :ids"
                + " group by r.cardId", Object[].class)
                .setParameter("ids", ids).getResultList().forEach(r -> failures.put((String) r[0], new long[] {
                    ((Number) r[1]).longValue(), ((Number) r[2]).longValue(), ((Number) r[3]).longValue()}));
        return failures;
    }

    /**
     * Clears every learner's flag (and its reason) on the card, for a mentor who dealt with it, and records who did.
     * Leeches stay: they are about each learner's memory, not the card. Returns how many flags were cleared.
     */
    @Transactional
    public int resolve(String cardId, Long mentorId, Instant now) {
        if (Card.findById(cardId) == null) {
            throw new NotFoundException("No card has the id '" + cardId + "'.");
        }
        int cleared = em.createQuery("update CardProgress p set p.flagged = false, p.flagReason = null,"
                + " p.flaggedAt = null where p.cardId = :id and p.flagged = true")
                .setParameter("id", cardId).executeUpdate();
        FlagResolution resolution = new FlagResolution();
        resolution.cardId = cardId;
        resolution.resolvedBy = mentorId;
        resolution.resolvedAt = now;
        resolution.flagsCleared = cleared;
        resolution.persist();
        return cleared;
    }
}
