package dev.prepdeck.content;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Transient;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/**
 * One reviewable card. Its id is the stable id written in the Markdown, so edits keep its history; removed
 * cards are retired (hidden) rather than deleted.
 */
@Entity
public class Card extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "topic_id")
    public String topicId;
    @Column(name = "note_id")
    public String noteId;
    public String kind;
    public int position;
    public String follows;
    @Column(name = "view_json")
    public String viewJson;
    public String fingerprint;
    public boolean retired;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    @Transient
    private dev.prepdeck.content.parse.CardView view;

    public static List<Card> listActiveByTopic(String topicId) {
        return list("topicId = ?1 and retired = false order by position", topicId);
    }

    public static List<Card> listAllActive() {
        return list("retired = false order by topicId, position");
    }

    /** Ids of every card, active or retired, that starts with {@code prefix} (letters, digits and '-' only): ids a new card must not reuse. */
    public static java.util.Set<String> idsStartingWith(String prefix) {
        return new java.util.HashSet<>(getEntityManager()
                .createQuery("select c.id from Card c where c.id like :p", String.class)
                .setParameter("p", prefix + "%").getResultList());
    }

    public static Card findActive(String id) {
        return find("id = ?1 and retired = false", id).firstResult();
    }

    /** What grading needs of a card: its note and the card it follows. */
    public record Links(String id, String noteId, String follows) {
    }

    /** An active card's links, read as two columns (not the rendered view); null if unknown or retired. */
    public static Links findActiveLinks(String id) {
        List<Object[]> rows = getEntityManager()
                .createQuery("select c.noteId, c.follows from Card c where c.id = ?1 and c.retired = false", Object[].class)
                .setParameter(1, id).getResultList();
        return rows.isEmpty() ? null : new Links(id, (String) rows.get(0)[0], (String) rows.get(0)[1]);
    }

    /** Active card counts keyed by topic id. */
    public static Map<String, Long> countActiveByTopic() {
        Map<String, Long> counts = new java.util.HashMap<>();
        getEntityManager()
                .createQuery("select c.topicId, count(c) from Card c where c.retired = false group by c.topicId", Object[].class)
                .getResultList()
                .forEach(row -> counts.put((String) row[0], (Long) row[1]));
        return counts;
    }

    /** The rendered card, decoded once per entity instance. */
    public dev.prepdeck.content.parse.CardView view() {
        if (view == null) {
            view = CardJson.read(viewJson);
        }
        return view;
    }
}
