package dev.prepdeck.content;

import java.time.Instant;
import java.util.Arrays;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A topic as imported from its Markdown file: titles, model answer (sanitised HTML) and demo. */
@Entity
public class Topic extends PanacheEntityBase {

    @Id
    public String id;
    @Column(name = "title_ko")
    public String titleKo;
    @Column(name = "title_en")
    public String titleEn;
    public String category;
    public String tags;
    public String demo;
    @Column(name = "sort_order")
    public int sortOrder;
    @Column(name = "source_file")
    public String sourceFile;
    @Column(name = "body_html")
    public String bodyHtml;
    /** The English model answer, or null when the file gives none. */
    @Column(name = "body_html_en")
    public String bodyHtmlEn;
    public String fingerprint;
    public boolean retired;
    @Column(name = "created_at")
    public Instant createdAt;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static List<Topic> listActive() {
        return list("retired = false order by sortOrder, titleEn");
    }

    public static Topic findActive(String id) {
        return find("id = ?1 and retired = false", id).firstResult();
    }

    public String title(String lang) {
        return "en".equals(lang) ? titleEn : titleKo;
    }

    /** The model answer in {@code lang}; English falls back to the Korean answer when the topic has no English one. */
    public String bodyHtml(String lang) {
        return hasAnswerIn(lang) && "en".equals(lang) ? bodyHtmlEn : bodyHtml;
    }

    /** Whether {@link #bodyHtml(String)} is really written in {@code lang}, not a fallback. */
    public boolean hasAnswerIn(String lang) {
        return !"en".equals(lang) || bodyHtmlEn != null;
    }

    public List<String> tagList() {
        return tags == null || tags.isBlank() ? List.of() : Arrays.asList(tags.split(","));
    }
}
