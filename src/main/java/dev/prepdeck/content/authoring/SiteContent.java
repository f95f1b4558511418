package dev.prepdeck.content.authoring;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import jakarta.enterprise.context.ApplicationScoped;

import org.jboss.logging.Logger;

import dev.prepdeck.content.parse.ContentFolder;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * What the content import reads: the folder's topic files, minus every file whose topic the site owns (noted, not
 * a problem), plus the published revision of every site-owned topic under its own file name. Both sources then go
 * through the one parser and check, so a topic reads the same whichever side it comes from.
 */
@ApplicationScoped
public class SiteContent {

    private static final Logger LOG = Logger.getLogger(SiteContent.class);

    /** A site-owned topic's published text and the name it is imported under. */
    public record SiteText(String fileName, String markdown) {
    }

    /** A content file skipped because the site owns its topic. */
    public record Note(String file, String topicId, String message) {
    }

    /** The files to parse, in name order, and the notes made while choosing them. */
    public record Combined(Map<String, String> files, List<Note> notes) {
    }

    /**
     * The folder's texts with every site-owned topic's file replaced by the site's published text (joining the
     * caller's transaction); records the notes for the skipped files.
     */
    public ContentFolder.Texts withSiteTopics(ContentFolder.Texts texts) {
        return QuarkusTransaction.joiningExisting().call(() -> {
            Combined combined = combine(texts.files(), published());
            ContentNote.deleteAll();
            for (Note note : combined.notes()) {
                LOG.infof("Content note %s: %s", note.file(), note.message());
                ContentNote row = new ContentNote();
                row.file = note.file().length() > 500 ? note.file().substring(0, 500) : note.file();
                row.topicId = note.topicId();
                row.message = note.message();
                row.persist();
            }
            return new ContentFolder.Texts(combined.files(), texts.listed(), texts.problems());
        });
    }

    /** Published texts of the site-owned topics, keyed by topic id. */
    static Map<String, SiteText> published() {
        Map<String, SiteText> texts = new HashMap<>();
        for (AuthoredTopic topic : AuthoredTopic.listSiteOwned()) {
            if (topic.publishedRevision != null) {
                TopicRevision revision = TopicRevision.findByNumber(topic.topicId, topic.publishedRevision);
                texts.put(topic.topicId, new SiteText(topic.fileName, revision.markdown));
            }
        }
        return texts;
    }

    /**
     * Drops each folder file that declares a site-owned topic id and adds the site's texts. A site text whose name is
     * still taken by a folder file (a new file reusing the name) goes under {@code @site/<id>.md} instead.
     */
    public static Combined combine(Map<String, String> folderFiles, Map<String, SiteText> site) {
        Map<String, String> files = new TreeMap<>();
        List<Note> notes = new ArrayList<>();
        for (Map.Entry<String, String> file : folderFiles.entrySet()) {
            String id = CardIds.declaredTopicId(file.getValue());
            if (id != null && site.containsKey(id)) {
                notes.add(new Note(file.getKey(), id, "The site owns topic '" + id + "' (taken over in the editor),"
                        + " so this file is not imported; export the topic back here and release it to hand it back."));
                continue;
            }
            files.put(file.getKey(), file.getValue());
        }
        site.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(entry -> {
            String name = files.containsKey(entry.getValue().fileName()) ? siteFileName(entry.getKey())
                    : entry.getValue().fileName();
            files.put(name, entry.getValue().markdown());
        });
        return new Combined(files, List.copyOf(notes));
    }

    /** The name a topic created on the site is imported under; no content file can have it. */
    public static String siteFileName(String topicId) {
        return "@site/" + topicId + ".md";
    }
}
