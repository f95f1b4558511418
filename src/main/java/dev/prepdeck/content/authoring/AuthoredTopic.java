package dev.prepdeck.content.authoring;

import java.time.Instant;
import java.util.List;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import io.quarkus.hibernate.orm.panache.PanacheEntityBase;

/** A topic the site has revisions of: where it began, whether the site owns it now, and its head and live revision. */
@Entity
@Table(name = "authored_topic")
public class AuthoredTopic extends PanacheEntityBase {

    public static final String FOLDER = "folder";
    public static final String SITE = "site";

    @Id
    @Column(name = "topic_id")
    public String topicId;
    public String origin;
    @Column(name = "site_owned")
    public boolean siteOwned;
    /** The name the topic is imported under: its content file's, or {@code @site/<id>.md} for a site topic. */
    @Column(name = "file_name")
    public String fileName;
    @Column(name = "head_revision")
    public int headRevision;
    @Column(name = "published_revision")
    public Integer publishedRevision;
    @Column(name = "updated_at")
    public Instant updatedAt;

    public static List<AuthoredTopic> listSiteOwned() {
        return list("siteOwned = true order by topicId");
    }

    /** A folder topic's state: taken over ({@code siteOwned}) with that head revision, or still the folder's. */
    static AuthoredTopic ofFolder(dev.prepdeck.content.Topic topic, boolean siteOwned, int head) {
        AuthoredTopic a = new AuthoredTopic();
        a.topicId = topic.id;
        a.origin = FOLDER;
        a.siteOwned = siteOwned;
        a.fileName = topic.sourceFile;
        a.headRevision = head;
        a.updatedAt = Instant.now();
        return a;
    }

    /** True when the head revision is newer than what candidates see. */
    public boolean hasDraft() {
        return publishedRevision == null || publishedRevision != headRevision;
    }
}
