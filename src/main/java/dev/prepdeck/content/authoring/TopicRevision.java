package dev.prepdeck.content.authoring;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** One saved version of a topic's Markdown document, numbered from 1 per topic. */
@Entity
@Table(name = "topic_revision")
public class TopicRevision extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    @Column(name = "topic_id")
    public String topicId;
    @Column(name = "rev_no")
    public int number;
    @Column(name = "based_on")
    public Integer basedOn;
    public String markdown;
    public String message;
    public String author;
    @Column(name = "created_at")
    public Instant createdAt;

    public static TopicRevision findByNumber(String topicId, int number) {
        return find("topicId = ?1 and number = ?2", topicId, number).firstResult();
    }

    /** Newest first. */
    public static List<TopicRevision> listByTopic(String topicId) {
        return list("topicId = ?1 order by number desc", topicId);
    }
}
