package dev.prepdeck.content;

import java.nio.file.Path;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import dev.prepdeck.content.parse.ContentFolder;
import io.quarkus.scheduler.Scheduled;

/**
 * Live reload: looks at the content folder every {@code prepdeck.content.reload-interval} and imports it when it
 * changed, so a {@code git pull} shows on the site within seconds. A file with problems keeps its earlier version
 * live (see {@code LastGoodFiles}); a folder that is missing or unreadable for a moment (a volume being remounted)
 * changes nothing. Behind a load balancer every instance looks at its own copy; whichever imports a version first
 * does so under the import lock, and the others find that version already in the database.
 */
@ApplicationScoped
public class ContentReloader {

    private static final Logger LOG = Logger.getLogger(ContentReloader.class);

    @Inject
    ContentConfig config;

    @Inject
    ContentImportService importer;

    /** The fingerprint of the folder as this instance last took it up; null before start-up took it up. */
    private volatile String seen;

    @Scheduled(every = "${prepdeck.content.reload-interval:2s}", delayed = "${prepdeck.content.reload-interval:2s}",
            concurrentExecution = Scheduled.ConcurrentExecution.SKIP)
    void look() throws InterruptedException {
        if (!config.liveReload()) {
            return;
        }
        Path folder = importer.folder();
        String now = importer.fingerprint(folder);
        if (seen == null) {
            // the start-up import already took this copy up; comparing with the database now would import it again
            // over whatever another instance imported since
            seen = importer.takenUpAtStart();
        }
        if (now.equals(seen)) {
            return;
        }
        if (!ContentFolder.readable(now)) {
            LOG.warnf("The content folder %s cannot be read (%s); the site keeps serving the content it has", folder,
                    now);
            seen = now;
            return;
        }
        Thread.sleep(config.reloadSettle().toMillis());
        if (!now.equals(importer.fingerprint(folder))) {
            return; // still being written; the next look takes it up
        }
        try {
            if (importer.reloadIfChanged() == null) {
                LOG.debugf("Content folder %s is already imported", folder);
            }
            seen = now;
        } catch (RuntimeException e) {
            LOG.errorf(e, "Live reload of the content folder %s failed; the site keeps serving the content it has and"
                    + " the next look tries again", folder);
        }
    }
}
