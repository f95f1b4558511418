package dev.prepdeck.content;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicInteger;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Transactional;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import dev.prepdeck.content.parse.CardRenderer;
import dev.prepdeck.content.parse.CardSource;
import dev.prepdeck.content.parse.ContentFolder;
import dev.prepdeck.content.parse.ContentProblem;
import dev.prepdeck.content.parse.LastGoodFiles;
import dev.prepdeck.content.parse.MarkdownRenderer;
import dev.prepdeck.content.parse.TopicSource;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.runtime.StartupEvent;

/**
 * Loads the content folder into the database. Idempotent: unchanged cards are untouched, edited ones updated in
 * place, removed ones retired with their history kept. Importers on several instances take turns via a row lock.
 */
@ApplicationScoped
public class ContentImportService {

    private static final Logger LOG = Logger.getLogger(ContentImportService.class);
    public static final String ASSET_PREFIX = "/content-files/";

    @Inject
    ContentConfig config;

    @Inject
    EntityManager em;

    @Inject
    MeterRegistry metrics;

    @Inject
    ContentCache cache;

    /** Adds the topics owned by the site (content/authoring) and leaves out the folder files they replace. */
    @Inject
    dev.prepdeck.content.authoring.SiteContent siteContent;

    /** Part of the folder fingerprint, so that a new release parses the folder again even if it did not change. */
    @ConfigProperty(name = "quarkus.application.version", defaultValue = "unknown")
    String appVersion;

    private final AtomicInteger problemCount = new AtomicInteger();

    /**
     * The fingerprint of the configured folder as start-up took it up (imported, or found already imported); null
     * until then or when that failed. Live reload starts from it, so an instance whose copy is older than what
     * another instance imported in the meantime never imports its copy back.
     */
    private volatile String takenUpAtStart;

    void onStart(@Observes StartupEvent event) {
        Gauge.builder("prepdeck.content.problems", problemCount, AtomicInteger::get)
                .description("Problems found in the content folder at the last import")
                .register(metrics);
        if (config.importAtStart()) {
            try {
                importIfChanged();
            } catch (RuntimeException e) {
                // The parser refuses what the database cannot hold; should anything still slip through, the
                // instance starts with the content of the last good import rather than not at all.
                LOG.errorf(e, "Content import at start-up failed; serving the content of the last good import");
            }
        }
    }

    /**
     * Imports the configured folder unless it is the very folder the last import (by any instance) read: same
     * files, same bytes, same release. Skipping saves parsing every file and comparing every card at start-up.
     */
    void importIfChanged() {
        Path folder = folder();
        String fingerprint = fingerprint(folder);
        String imported = QuarkusTransaction.requiringNew().call(() -> (String) em.createNativeQuery(
                "SELECT folder_fingerprint FROM content_import_lock WHERE id = 1").getSingleResult());
        if (!fingerprint.equals(imported)) {
            importFolder(folder, fingerprint);
            takenUpAtStart = fingerprint;
            return;
        }
        takenUpAtStart = fingerprint;
        int problems = QuarkusTransaction.requiringNew().call(() -> (int) ContentProblemRow.count());
        problemCount.set(problems);
        LOG.infof("Content folder %s unchanged since its last import (%d problems); not imported again", folder,
                problems);
    }

    /** See {@link #takenUpAtStart}. */
    public String takenUpAtStart() {
        return takenUpAtStart;
    }

    public Path folder() {
        return Path.of(config.path()).toAbsolutePath().normalize();
    }

    /** Parses the configured folder and stores the result. */
    public ImportReport importFolder() {
        return importFolder(folder());
    }

    /** Imports another folder in place of the configured one (restores, previews, tests). */
    public ImportReport importFolder(Path folder) {
        return importFolder(folder, fingerprint(folder));
    }

    /**
     * Live reload: imports the configured folder unless the database already holds exactly this folder, which
     * another instance watching its own copy may just have imported. Returns null when nothing was imported.
     */
    public ImportReport reloadIfChanged() {
        Path folder = folder();
        return importLive(folder, fingerprint(folder), true);
    }

    private ImportReport importFolder(Path folder, String fingerprint) {
        return importLive(folder, fingerprint, false);
    }

    private record Stored(ImportReport report, LastGoodFiles.Reading reading) {
    }

    /**
     * Reads the folder under the import lock, so that each import falls back on the texts the previous one (of any
     * instance) left live, then stores the content and those texts in one transaction: the caller's, when the editor
     * already holds the lock for a publish, or a new one.
     */
    private ImportReport importLive(Path folder, String fingerprint, boolean unlessImported) {
        // fingerprint first: if a file changes while it is read, the next look sees a difference and imports again
        Stored stored = QuarkusTransaction.joiningExisting().call(() -> {
            em.createNativeQuery("SELECT id FROM content_import_lock WHERE id = 1 FOR UPDATE").getResultList();
            if (unlessImported && fingerprint.equals(em.createNativeQuery(
                    "SELECT folder_fingerprint FROM content_import_lock WHERE id = 1").getSingleResult())) {
                return null;
            }
            // site-owned topics are read under the lock too, so a publish on another instance is never overwritten
            ContentFolder.Texts texts = siteContent.withSiteTopics(ContentFolder.readTexts(folder));
            LastGoodFiles.Reading reading = LastGoodFiles.choose(texts, ContentSource.texts());
            ImportReport report = store(reading.snapshot(), fingerprint);
            ContentSource.replaceAll(reading.live(), Instant.now());
            return new Stored(report, reading);
        });
        if (stored == null) {
            return null;
        }
        for (ContentProblem p : stored.reading().snapshot().problems()) {
            LOG.warnf("Content problem %s:%d: %s", p.file(), p.line(), p.message());
        }
        ImportReport report = stored.report();
        cache.invalidate();
        problemCount.set(report.problems());
        LOG.infof("Content imported from %s: %d topics, %d cards added, %d updated, %d unchanged, %d retired, %d problems,"
                + " %d files kept at their earlier version", folder, report.topics(), report.added(), report.updated(),
                report.unchanged(), report.retired(), report.problems(), stored.reading().kept().size());
        return report;
    }

    @Transactional
    public ImportReport store(ContentFolder.Snapshot snapshot, String folderFingerprint) {
        // Serialises imports across instances that start at the same moment.
        em.createNativeQuery("SELECT id FROM content_import_lock WHERE id = 1 FOR UPDATE").getResultList();
        Instant now = Instant.now();
        Map<String, Topic> topics = new HashMap<>();
        Topic.<Topic>listAll().forEach(t -> topics.put(t.id, t));
        Map<String, Card> cards = new HashMap<>();
        Card.<Card>listAll().forEach(c -> cards.put(c.id, c));
        Set<String> seenTopics = new HashSet<>();
        Set<String> seenCards = new HashSet<>();
        int added = 0;
        int updated = 0;
        int unchanged = 0;
        for (TopicSource source : snapshot.topics()) {
            seenTopics.add(source.id());
            String prefix = ASSET_PREFIX + parentDir(source.file());
            Topic topic = topics.get(source.id());
            String topicPrint = sha256(source.fingerprint() + "\u0002" + source.file());
            if (topic == null) {
                topic = new Topic();
                topic.id = source.id();
                topic.createdAt = now;
                topic.fingerprint = "";
            }
            if (!topicPrint.equals(topic.fingerprint) || topic.retired) {
                topic.titleKo = source.titleKo();
                topic.titleEn = source.titleEn();
                topic.category = source.category();
                topic.tags = String.join(",", source.tags());
                topic.demo = source.demo();
                topic.sortOrder = source.order();
                topic.sourceFile = source.file();
                topic.bodyHtml = MarkdownRenderer.render(source.body(), prefix);
                topic.bodyHtmlEn = source.bodyEn() == null ? null : MarkdownRenderer.render(source.bodyEn(), prefix);
                topic.fingerprint = topicPrint;
                topic.retired = false;
                topic.updatedAt = now;
                topic.persist();
            }
            int position = 0;
            for (CardSource cardSource : source.cards()) {
                seenCards.add(cardSource.id());
                String print = sha256(cardSource.fingerprint() + "\u0002" + prefix);
                Card card = cards.get(cardSource.id());
                if (card != null && print.equals(card.fingerprint) && !card.retired
                        && card.topicId.equals(source.id()) && card.position == position) {
                    unchanged++;
                } else {
                    if (card == null) {
                        card = new Card();
                        card.id = cardSource.id();
                        card.createdAt = now;
                        added++;
                    } else {
                        updated++;
                    }
                    card.topicId = source.id();
                    card.noteId = cardSource.noteId();
                    card.kind = cardSource.kind().label();
                    card.position = position;
                    card.follows = cardSource.follows();
                    card.viewJson = CardJson.write(CardRenderer.render(cardSource, prefix));
                    card.fingerprint = print;
                    card.retired = false;
                    card.updatedAt = now;
                    card.persist();
                }
                position++;
            }
        }
        // A card moved to a topic that is created in this same import must see that topic first.
        em.flush();
        int retired = 0;
        for (Card card : cards.values()) {
            if (!seenCards.contains(card.id) && !card.retired) {
                card.retired = true;
                card.updatedAt = now;
                retired++;
            }
        }
        for (Topic topic : topics.values()) {
            if (!seenTopics.contains(topic.id) && !topic.retired) {
                topic.retired = true;
                topic.updatedAt = now;
            }
        }
        ContentProblemRow.deleteAll();
        for (ContentProblem p : snapshot.problems()) {
            ContentProblemRow row = new ContentProblemRow();
            row.file = p.file().length() > 500 ? p.file().substring(0, 500) : p.file();
            row.line = p.line();
            row.message = p.message().length() > 2000 ? p.message().substring(0, 2000) : p.message();
            row.persist();
        }
        em.createNativeQuery("UPDATE content_import_lock SET imported_at = ?1, content_version = content_version + 1,"
                + " folder_fingerprint = ?2 WHERE id = 1")
                .setParameter(1, java.sql.Timestamp.from(now)).setParameter(2, folderFingerprint).executeUpdate();
        return new ImportReport(snapshot.topics().size(), added, updated, unchanged, retired, snapshot.problems().size());
    }

    /** The fingerprint an import of {@code folder} would store; "missing" or "unreadable" when it cannot be read. */
    String fingerprint(Path folder) {
        return ContentFolder.fingerprint(folder, appVersion + "\u0002" + folder);
    }

    private static String parentDir(String file) {
        int slash = file.lastIndexOf('/');
        return slash < 0 ? "" : file.substring(0, slash + 1);
    }

    static String sha256(String text) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            return HexFormat.of().formatHex(digest.digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }

    public List<ContentProblemRow> problems() {
        return ContentProblemRow.listInOrder();
    }
}
