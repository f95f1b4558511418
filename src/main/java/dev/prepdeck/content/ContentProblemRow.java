package dev.prepdeck.content;

import java.util.List;

import jakarta.persistence.Entity;
import jakarta.persistence.GeneratedValue;
import jakarta.persistence.GenerationType;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A problem found in the content at the last import, kept in the database so every instance lists the same. */
@Entity
@Table(name = "content_problem")
public class ContentProblemRow extends PanacheEntityBase {

    @Id
    @GeneratedValue(strategy = GenerationType.IDENTITY)
    public Long id;
    public String file;
    public int line;
    public String message;

    public static List<ContentProblemRow> listInOrder() {
        return list("order by file, line, id");
    }
}
