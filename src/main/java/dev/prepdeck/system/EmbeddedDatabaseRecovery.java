package dev.prepdeck.system;

import java.util.concurrent.atomic.AtomicLong;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;

import io.agroal.api.AgroalDataSource;

/**
 * Brings the embedded H2 database back after it shut itself down, as it does when a write fails (a full disk): every
 * pooled connection to the closed store is retired, so the next request opens the database afresh once it can be
 * written again. H2 only reopens a database after every connection to the closed one is gone, and a connection to
 * it must not be used once a new one is open, so the pool is flushed as a whole. Nothing to do on PostgreSQL.
 */
@ApplicationScoped
public class EmbeddedDatabaseRecovery {

    private static final Logger LOG = Logger.getLogger(EmbeddedDatabaseRecovery.class);
    private static final long MIN_MILLIS_BETWEEN_FLUSHES = 500;

    private final AtomicLong lastFlush = new AtomicLong();

    @Inject
    AgroalDataSource dataSource;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** Looks at a failure from the database; if it says the embedded store is gone, replaces the pooled connections. */
    public void onFailure(Throwable failure) {
        if (!"h2".equals(dbKind) || !DatabaseFailures.isEmbeddedStoreGone(failure)) {
            return;
        }
        long now = System.currentTimeMillis();
        long last = lastFlush.get();
        if (now - last < MIN_MILLIS_BETWEEN_FLUSHES || !lastFlush.compareAndSet(last, now)) {
            return;
        }
        LOG.warnf("The embedded database stopped (%s); its connections are replaced and it is reopened as soon as"
                + " it can be written again", rootMessage(failure));
        // Idle connections close now, connections in use as they come back.
        dataSource.flush(AgroalDataSource.FlushMode.GRACEFUL);
    }

    private static String rootMessage(Throwable failure) {
        Throwable t = failure;
        while (t.getCause() != null && t.getCause() != t) {
            t = t.getCause();
        }
        String message = String.valueOf(t.getMessage());
        int newline = message.indexOf('\n');
        return newline < 0 ? message : message.substring(0, newline);
    }
}
