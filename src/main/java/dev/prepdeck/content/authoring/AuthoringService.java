package dev.prepdeck.content.authoring;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;
import jakarta.ws.rs.WebApplicationException;

import dev.prepdeck.content.Card;
import dev.prepdeck.content.ContentImportService;
import dev.prepdeck.content.ContentPreviewResource;
import dev.prepdeck.content.ContentProblemRow;
import dev.prepdeck.content.ImportReport;
import dev.prepdeck.content.Topic;
import dev.prepdeck.content.parse.CardRenderer;
import dev.prepdeck.content.parse.CardSource;
import dev.prepdeck.content.parse.ContentFolder;
import dev.prepdeck.content.parse.ContentLimits;
import dev.prepdeck.content.parse.TopicParser;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Writing topics on the site: creating, saving revisions (refusing a save based on a revision that is no longer the
 * newest), restoring, taking a folder topic over and releasing it, and publishing through the content import.
 */
@ApplicationScoped
public class AuthoringService {

    static final int MESSAGE_MAX = 500;

    @Inject
    ContentImportService importer;

    @Inject
    EntityManager em;

    /** A save based on a revision that is no longer the newest: {@code theirs} is the newest, nothing was stored. */
    public static class Conflict extends RuntimeException {
        public final transient TopicRevision theirs;
        public final String yours;
        public final int base;

        Conflict(TopicRevision theirs, String yours, int base) {
            super("Revision " + theirs.number + " by " + theirs.author + " was saved after revision " + base
                    + ", which this edit is based on; nothing was overwritten.");
            this.theirs = theirs;
            this.yours = yours;
            this.base = base;
        }
    }

    /** What a save or restore stored. */
    public record Saved(String topicId, int revision, int idsAdded, String markdown) {
    }

    /** How many published cards an edit changes, and how many learners study those cards. */
    public record Impact(int reworded, int removed, int added, long learners) {
    }

    /** A topic as the editor lists it. */
    public record Listed(String id, String title, String origin, boolean siteOwned, Integer head, Integer published,
            boolean live) {
    }

    public List<Listed> list(String lang) {
        return QuarkusTransaction.requiringNew().call(() -> {
            Map<String, AuthoredTopic> authored = AuthoredTopic.<AuthoredTopic>listAll().stream()
                    .collect(Collectors.toMap(a -> a.topicId, a -> a));
            List<Listed> rows = new ArrayList<>();
            Set<String> seen = new HashSet<>();
            for (Topic topic : Topic.listActive()) {
                seen.add(topic.id);
                AuthoredTopic a = authored.get(topic.id);
                rows.add(a == null ? new Listed(topic.id, topic.title(lang), AuthoredTopic.FOLDER, false, null, null, true)
                        : new Listed(topic.id, topic.title(lang), a.origin, a.siteOwned, a.headRevision,
                                a.publishedRevision, true));
            }
            for (AuthoredTopic a : authored.values()) {
                if (!seen.contains(a.topicId) && a.siteOwned) {
                    rows.add(new Listed(a.topicId, a.topicId, a.origin, true, a.headRevision, a.publishedRevision, false));
                }
            }
            return rows;
        });
    }

    public List<ContentNote> notes() {
        return QuarkusTransaction.requiringNew().call(ContentNote::listInOrder);
    }

    /** The topic's editing state; a folder topic nobody took over has no row and yields a transient one. */
    public AuthoredTopic state(String topicId) {
        return QuarkusTransaction.requiringNew().call(() -> {
            AuthoredTopic a = AuthoredTopic.findById(topicId);
            if (a != null) {
                return a;
            }
            Topic topic = Topic.findActive(topicId);
            if (topic == null) {
                throw new NotFoundException("There is no topic '" + topicId + "'.");
            }
            return AuthoredTopic.ofFolder(topic, false, 0);
        });
    }

    /** The text the editor opens: the head revision of a site-owned topic, else the content file as it is now. */
    public String text(AuthoredTopic state) {
        if (state.siteOwned) {
            return revision(state.topicId, state.headRevision).markdown;
        }
        return folderFile(state.fileName).orElse("");
    }

    private java.util.Optional<String> folderFile(String fileName) {
        return ContentFolder.resolveInside(importer.folder(), fileName).map(path -> {
            try {
                return Files.readString(path, StandardCharsets.UTF_8);
            } catch (java.io.IOException e) {
                throw new WebApplicationException("The content file " + fileName + " could not be read.", 409);
            }
        });
    }

    public TopicRevision revision(String topicId, int number) {
        TopicRevision r = QuarkusTransaction.requiringNew().call(() -> TopicRevision.findByNumber(topicId, number));
        if (r == null) {
            throw new NotFoundException("Topic '" + topicId + "' has no revision " + number + ".");
        }
        return r;
    }

    public List<TopicRevision> revisions(String topicId) {
        return QuarkusTransaction.requiringNew().call(() -> TopicRevision.listByTopic(topicId));
    }

    /** Creates a topic on the site from a document; it stays a draft, unseen by candidates, until published. */
    public Saved create(String markdown, String message, String author) {
        CardIds.Filled filled = CardIds.fill(checked(markdown));
        String id = CardIds.declaredTopicId(filled.markdown());
        if (id == null || !TopicParser.ID.matcher(id).matches() || id.length() > ContentLimits.TOPIC_ID) {
            throw new IllegalArgumentException("Start the document with front matter naming the topic: a line '---',"
                    + " 'id: <topic-id>' (lower-case letters, digits and '-', at most " + ContentLimits.TOPIC_ID
                    + " characters), the title and category, and a closing '---'.");
        }
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            if (AuthoredTopic.findById(id) != null) {
                throw new WebApplicationException("A topic with the id '" + id + "' exists already; open it instead.", 409);
            }
            Topic existing = Topic.findById(id);
            if (existing != null && !existing.retired) {
                throw new WebApplicationException("The content folder has a topic with the id '" + id
                        + "'; open it and take it over, or choose another id.", 409);
            }
            AuthoredTopic topic = new AuthoredTopic();
            topic.topicId = id;
            topic.origin = AuthoredTopic.SITE;
            topic.siteOwned = true;
            topic.fileName = SiteContent.siteFileName(id);
            topic.headRevision = 1;
            topic.updatedAt = now;
            topic.persist();
            em.flush();
            addRevision(id, 1, null, filled.markdown(), message, "Created", author, now);
            return new Saved(id, 1, filled.added(), filled.markdown());
        });
    }

    /** Stores a new revision on top of {@code base}; refused with {@link Conflict} when base is not the newest. */
    public Saved save(String topicId, int base, String markdown, String message, String author) {
        CardIds.Filled filled = CardIds.fill(checked(markdown));
        String declared = CardIds.declaredTopicId(filled.markdown());
        if (!topicId.equals(declared)) {
            throw new IllegalArgumentException("The front matter must keep 'id: " + topicId + "': a topic's id never"
                    + " changes, so its cards keep their learners. Change the title to rename it.");
        }
        Instant now = Instant.now();
        return QuarkusTransaction.requiringNew().call(() -> {
            int moved = em.createQuery("update AuthoredTopic set headRevision = ?1, updatedAt = ?2"
                    + " where topicId = ?3 and headRevision = ?4 and siteOwned = true")
                    .setParameter(1, base + 1).setParameter(2, now).setParameter(3, topicId).setParameter(4, base)
                    .executeUpdate();
            if (moved == 0) {
                AuthoredTopic current = AuthoredTopic.findById(topicId);
                if (current == null || !current.siteOwned) {
                    throw new WebApplicationException("Topic '" + topicId + "' comes from the content folder and is"
                            + " read-only here; take it over first.", 409);
                }
                throw new Conflict(TopicRevision.findByNumber(topicId, current.headRevision), filled.markdown(), base);
            }
            addRevision(topicId, base + 1, base, filled.markdown(), message, "Revision " + (base + 1), author, now);
            return new Saved(topicId, base + 1, filled.added(), filled.markdown());
        });
    }

    /** Saves revision {@code number}'s text again as the newest revision. */
    public Saved restore(String topicId, int number, int base, String author) {
        TopicRevision old = revision(topicId, number);
        return save(topicId, base, old.markdown, "Restored revision " + number, author);
    }

    /**
     * Makes a folder topic site-owned: revision 1 is the content file as it is now and is published at once, so
     * candidates see no change; from then on the folder file is skipped on import.
     */
    public ImportReport takeOver(String topicId, String author) {
        return underImportLock(() -> {
            if (AuthoredTopic.findById(topicId) instanceof AuthoredTopic a) {
                if (a.siteOwned) {
                    throw new WebApplicationException("Topic '" + topicId + "' is already owned by the site.", 409);
                }
                a.siteOwned = true;
                TopicRevision head = TopicRevision.findByNumber(topicId, a.headRevision);
                String text = folderFile(a.fileName).orElseThrow(() -> gone(a.fileName));
                a.headRevision++;
                a.publishedRevision = a.headRevision;
                a.updatedAt = Instant.now();
                addRevision(topicId, a.headRevision, head.number, text, "Taken over from " + a.fileName, null, author,
                        a.updatedAt);
                return importer.importFolder();
            }
            Topic topic = Topic.findActive(topicId);
            if (topic == null) {
                throw new NotFoundException("There is no topic '" + topicId + "'.");
            }
            String text = folderFile(topic.sourceFile).orElseThrow(() -> gone(topic.sourceFile));
            AuthoredTopic a = AuthoredTopic.ofFolder(topic, true, 1);
            a.publishedRevision = 1;
            a.persist();
            em.flush();
            addRevision(topicId, 1, null, text, "Taken over from " + topic.sourceFile, null, author, a.updatedAt);
            return importer.importFolder();
        });
    }

    /**
     * Hands a taken-over topic back to the content folder: refused unless the folder holds a file declaring the
     * topic's id (export it there first). The revisions stay for the record.
     */
    public ImportReport release(String topicId) {
        return underImportLock(() -> {
            AuthoredTopic a = AuthoredTopic.findById(topicId);
            if (a == null || !a.siteOwned) {
                throw new WebApplicationException("Topic '" + topicId + "' is not owned by the site.", 409);
            }
            boolean inFolder = ContentFolder.readTexts(importer.folder()).files().values().stream()
                    .anyMatch(text -> topicId.equals(CardIds.declaredTopicId(text)));
            if (!inFolder) {
                throw new WebApplicationException("No file in the content folder declares 'id: " + topicId
                        + "'. Export the topic into the content folder first, then release it.", 409);
            }
            a.siteOwned = false;
            a.updatedAt = Instant.now();
            return importer.importFolder();
        });
    }

    /**
     * Makes a revision what candidates see, through the content import itself. Refused (and nothing changed) when the
     * import finds a problem in the topic.
     */
    public ImportReport publish(String topicId, int number) {
        return underImportLock(() -> {
            AuthoredTopic a = AuthoredTopic.findById(topicId);
            if (a == null || !a.siteOwned) {
                throw new WebApplicationException("Topic '" + topicId + "' is read-only here; take it over first.", 409);
            }
            if (TopicRevision.findByNumber(topicId, number) == null) {
                throw new NotFoundException("Topic '" + topicId + "' has no revision " + number + ".");
            }
            a.publishedRevision = number;
            a.updatedAt = Instant.now();
            em.flush();
            ImportReport report = importer.importFolder();
            List<ContentProblemRow> problems = ContentProblemRow.list("file = ?1 order by line", a.fileName);
            boolean live = Topic.findActive(topicId) != null;
            if (!problems.isEmpty() || !live) {
                String list = problems.stream().map(p -> "line " + p.line + ": " + p.message)
                        .collect(Collectors.joining("; "));
                throw new WebApplicationException("Revision " + number + " was not published: "
                        + (list.isEmpty() ? "the topic could not be imported." : "fix these problems first: " + list),
                        422);
            }
            return report;
        });
    }

    /** How a document would change the topic's published cards, and how many learners study the changed ones. */
    public Impact impact(String topicId, String markdown) {
        ContentFolder.Snapshot snapshot = ContentFolder.check(Map.of("draft.md", checked(markdown)), List.of());
        List<CardSource> cards = snapshot.topics().isEmpty() ? List.of() : snapshot.topics().get(0).cards();
        String prefix = ContentImportService.ASSET_PREFIX + parentDir(topicId == null ? "" : fileNameOf(topicId));
        return QuarkusTransaction.requiringNew().call(() -> {
            Set<String> touched = new HashSet<>();
            Set<String> kept = new HashSet<>();
            int reworded = 0;
            int added = 0;
            for (CardSource source : cards) {
                kept.add(source.id());
                Card card = Card.findActive(source.id());
                if (card == null) {
                    added++;
                } else if (!card.view().equals(CardRenderer.render(source, prefix))) {
                    reworded++;
                    touched.add(card.id);
                }
            }
            int removed = 0;
            if (topicId != null) {
                for (Card card : Card.listActiveByTopic(topicId)) {
                    if (!kept.contains(card.id)) {
                        removed++;
                        touched.add(card.id);
                    }
                }
            }
            long learners = touched.isEmpty() ? 0 : ((Number) em.createNativeQuery(
                    "SELECT COUNT(DISTINCT user_id) FROM card_state WHERE card_id IN (:ids)")
                    .setParameter("ids", touched).getSingleResult()).longValue();
            return new Impact(reworded, removed, added, learners);
        });
    }

    private String fileNameOf(String topicId) {
        AuthoredTopic a = AuthoredTopic.findById(topicId);
        if (a != null) {
            return a.fileName;
        }
        Topic t = Topic.findById(topicId);
        return t == null ? "" : t.sourceFile;
    }

    private ImportReport underImportLock(java.util.concurrent.Callable<ImportReport> work) {
        return QuarkusTransaction.requiringNew().call(() -> {
            // the lock the import takes, held from the change to the import so no other import reads in between
            em.createNativeQuery("SELECT id FROM content_import_lock WHERE id = 1 FOR UPDATE").getResultList();
            return work.call();
        });
    }

    private void addRevision(String topicId, int number, Integer basedOn, String markdown, String message,
            String fallback, String author, Instant at) {
        TopicRevision r = new TopicRevision();
        r.topicId = topicId;
        r.number = number;
        r.basedOn = basedOn;
        r.markdown = markdown;
        String m = message == null || message.isBlank() ? (fallback == null ? "Revision " + number : fallback)
                : message.strip();
        r.message = m.length() > MESSAGE_MAX ? m.substring(0, MESSAGE_MAX) : m;
        r.author = author == null ? "?" : author;
        r.createdAt = at;
        r.persist();
    }

    private static String checked(String markdown) {
        if (markdown == null || markdown.isBlank()) {
            throw new IllegalArgumentException("Send the topic's Markdown in the field 'markdown'.");
        }
        if (markdown.getBytes(StandardCharsets.UTF_8).length > ContentPreviewResource.MAX_BYTES) {
            throw new WebApplicationException("A topic document may be at most 512 KiB.", 413);
        }
        return markdown;
    }

    private static WebApplicationException gone(String file) {
        return new WebApplicationException("The content file " + file + " is no longer in the content folder.", 409);
    }

    private static String parentDir(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash + 1);
    }
}
