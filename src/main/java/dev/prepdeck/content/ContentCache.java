package dev.prepdeck.content;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;

/**
 * Cards as the study screens show them, decoded once and kept in memory. Content changes only on import: an import
 * in this instance empties the cache at once, and every import counts up {@code content_version} in the database,
 * which each instance reads at most once a {@link #RECHECK}, so another instance's import shows here within about a
 * second. Nothing but imported content is kept, so several instances can serve the same learners.
 */
@ApplicationScoped
public class ContentCache {

    /**
     * How long a read of the content version stays trusted. A check on every request would cost one more query per
     * request; cards edited elsewhere may show their old text for this long, which no learner can tell apart from
     * having loaded the page a moment earlier. Which cards are active is always asked of the database.
     */
    static final Duration RECHECK = Duration.ofSeconds(1);

    /** The cards loaded for one content version; a generation that is no longer current is never read again. */
    private record Generation(long version, long checkedAtNanos, Map<String, CardContent> cards) {

        Generation checkedAgain(long now) {
            return new Generation(version, now, cards);
        }
    }

    @Inject
    EntityManager em;

    private volatile Generation current;

    /**
     * The content of each card in {@code ids} that exists, in the given order; the ones not cached yet are read in
     * one query. Call inside a transaction.
     */
    public Map<String, CardContent> cards(Collection<String> ids) {
        Map<String, CardContent> found = new LinkedHashMap<>();
        if (ids.isEmpty()) {
            return found;
        }
        Generation generation = generation();
        List<String> missing = new ArrayList<>();
        for (String id : ids) {
            CardContent cached = generation.cards().get(id);
            if (cached == null) {
                missing.add(id);
            }
        }
        if (!missing.isEmpty()) {
            for (CardContent loaded : load(missing)) {
                generation.cards().put(loaded.id(), loaded);
            }
        }
        for (String id : ids) {
            CardContent content = generation.cards().get(id);
            if (content != null) {
                found.put(id, content);
            }
        }
        return found;
    }

    /** One card's content, or null if there is no such card. Call inside a transaction. */
    public CardContent card(String id) {
        return cards(List.of(id)).get(id);
    }

    /** Forgets every card; the next request reads the content version again. Called after an import commits. */
    public void invalidate() {
        current = null;
    }

    private Generation generation() {
        long now = System.nanoTime();
        Generation seen = current;
        if (seen != null && now - seen.checkedAtNanos() < RECHECK.toNanos()) {
            return seen;
        }
        long version = ((Number) em.createNativeQuery("SELECT content_version FROM content_import_lock WHERE id = 1")
                .getSingleResult()).longValue();
        Generation next = seen != null && seen.version() == version ? seen.checkedAgain(now)
                : new Generation(version, now, new ConcurrentHashMap<>());
        // A request that loses this race keeps using its own generation for this one answer; both read the database.
        current = next;
        return next;
    }

    private List<CardContent> load(List<String> ids) {
        // columns, not entities: nothing joins this transaction's persistence context or its flush
        List<Object[]> rows = em.createQuery("select c.id, c.topicId, c.kind, c.follows, c.viewJson, t.titleKo,"
                + " t.titleEn from Card c left join Topic t on t.id = c.topicId where c.id in :ids", Object[].class)
                .setParameter("ids", ids).getResultList();
        List<CardContent> loaded = new ArrayList<>(rows.size());
        for (Object[] row : rows) {
            loaded.add(new CardContent((String) row[0], (String) row[1], (String) row[2], (String) row[3],
                    CardJson.read((String) row[4]), (String) row[5], (String) row[6]));
        }
        return loaded;
    }
}
