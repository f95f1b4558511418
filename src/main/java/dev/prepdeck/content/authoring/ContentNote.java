package dev.prepdeck.content.authoring;

import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** Something the last import noted that is no mistake, such as a content file skipped because the site owns it. */
@Entity
@Table(name = "content_note")
public class ContentNote extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String file;
    @Column(name = "topic_id")
    public String topicId;
    public String message;

    public static List<ContentNote> listInOrder() {
        return list("order by file, id");
    }
}
