package dev.prepdeck.live;

import java.sql.Connection;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Optional;
import java.util.Properties;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;
import jakarta.inject.Inject;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.postgresql.PGConnection;
import org.postgresql.PGNotification;

import io.quarkus.runtime.StartupEvent;

/**
 * On PostgreSQL, the one connection of this instance that {@code LISTEN}s for the changes every instance
 * {@code NOTIFY}s, and hands them to the local subscribers. It is its own JDBC connection, outside the pool, since
 * a pooled connection would be recycled under it. When it is lost it connects again and has every local stream look
 * at its channel's current version, so changes made while it was away still arrive.
 */
@ApplicationScoped
public class PostgresListener {

    private static final Logger LOG = Logger.getLogger(PostgresListener.class);
    static final String APPLICATION_NAME = "prepdeck-live-listener";
    private static final long CHECK_EVERY_MILLIS = 10_000;

    @Inject
    LiveChannels channels;

    @Inject
    LiveSubscribers subscribers;

    @Inject
    LiveConfig config;

    @ConfigProperty(name = "quarkus.datasource.jdbc.url")
    String url;

    @ConfigProperty(name = "quarkus.datasource.username")
    Optional<String> user;

    @ConfigProperty(name = "quarkus.datasource.password")
    Optional<String> password;

    private volatile boolean running;
    private volatile Thread thread;
    private volatile Connection connection;
    private volatile boolean listening;

    void start(@Observes StartupEvent event) {
        if (!channels.isPostgres()) {
            return;
        }
        running = true;
        thread = new Thread(this::run, "live-listener");
        thread.setDaemon(true);
        thread.start();
    }

    /** Whether the listener is connected and listening now. */
    public boolean isListening() {
        return listening;
    }

    private void run() {
        boolean warned = false;
        while (running) {
            try (Connection c = connect()) {
                connection = c;
                try (Statement statement = c.createStatement()) {
                    statement.execute("LISTEN " + LiveChannels.NOTIFY_CHANNEL);
                }
                listening = true;
                if (warned) {
                    LOG.info("live listener connected again; screens are brought up to date");
                    warned = false;
                }
                // Changes committed while no one listened were never delivered here.
                subscribers.refreshAll();
                listen(c);
            } catch (SQLException | RuntimeException e) {
                listening = false;
                if (!running) {
                    return;
                }
                if (!warned) {
                    LOG.warnf("live listener lost its database connection (%s); connecting again", e.getMessage());
                    warned = true;
                }
                pause();
            } finally {
                listening = false;
                connection = null;
            }
        }
    }

    private void listen(Connection c) throws SQLException {
        PGConnection pg = c.unwrap(PGConnection.class);
        int timeout = (int) Math.max(1, config.listenTimeout().toMillis());
        long checked = System.currentTimeMillis();
        while (running) {
            PGNotification[] notifications = pg.getNotifications(timeout);
            if (notifications != null) {
                for (PGNotification notification : notifications) {
                    LiveChange change = LiveChange.parse(notification.getParameter());
                    if (change != null) {
                        subscribers.deliver(change);
                    }
                }
            }
            long now = System.currentTimeMillis();
            if (now - checked > CHECK_EVERY_MILLIS) {
                // A connection cut without a reset looks idle to the read above; a query finds out.
                try (Statement statement = c.createStatement()) {
                    statement.execute("SELECT 1");
                }
                checked = now;
            }
        }
    }

    private Connection connect() throws SQLException {
        Properties properties = new Properties();
        user.ifPresent(u -> properties.setProperty("user", u));
        password.ifPresent(p -> properties.setProperty("password", p));
        properties.setProperty("ApplicationName", APPLICATION_NAME);
        properties.setProperty("tcpKeepAlive", "true");
        properties.setProperty("connectTimeout", "10");
        Connection c = new org.postgresql.Driver().connect(url, properties);
        if (c == null) {
            throw new SQLException("not a PostgreSQL JDBC URL: " + url);
        }
        return c;
    }

    private void pause() {
        try {
            Thread.sleep(Math.max(50, config.reconnectDelay().toMillis()));
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            running = false;
        }
    }

    @PreDestroy
    void stop() {
        running = false;
        Connection c = connection;
        if (c != null) {
            try {
                c.close();
            } catch (SQLException e) {
                // Closing anyway.
            }
        }
        Thread t = thread;
        if (t != null) {
            t.interrupt();
        }
    }
}
