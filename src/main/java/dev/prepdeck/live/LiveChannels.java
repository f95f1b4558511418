package dev.prepdeck.live;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.Timestamp;
import java.time.Instant;
import java.util.Optional;
import java.util.function.Supplier;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.context.control.ActivateRequestContext;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.transaction.Status;
import jakarta.transaction.Synchronization;
import jakarta.transaction.Transactional;
import jakarta.transaction.TransactionSynchronizationRegistry;
import jakarta.ws.rs.sse.Sse;
import jakarta.ws.rs.sse.SseEventSink;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.hibernate.Session;

/**
 * Live channels: a named piece of server state that several screens follow over server-sent events, on whichever
 * instance each screen is connected to. {@link #publish} is called in the transaction that changes the state; once
 * it commits, every subscriber of the channel, on every instance, is sent the state again as its own view renders
 * it. On PostgreSQL the change travels as a {@code NOTIFY} (delivered by PostgreSQL only after the commit) to the
 * {@link PostgresListener} of each instance; the embedded H2 build is a single instance and delivers in process.
 */
@ApplicationScoped
public class LiveChannels {

    /** The PostgreSQL notification channel every instance listens on. */
    public static final String NOTIFY_CHANNEL = "prepdeck_live";
    static final int MAX_NAME_LENGTH = 200;

    @Inject
    EntityManager em;

    @Inject
    LiveSubscribers subscribers;

    @Inject
    TransactionSynchronizationRegistry transactions;

    @ConfigProperty(name = "quarkus.datasource.db-kind")
    String dbKind;

    /** The current state of a channel as one subscriber sees it, with the version it belongs to. */
    record Rendered(long version, String data) {
    }

    /** Thrown when a channel already has as many subscribers on this instance as it may. */
    public static class ChannelFullException extends RuntimeException {
        public ChannelFullException(String channel, int max) {
            super("Channel " + channel + " already has " + max + " open screens on this server.");
        }
    }

    /**
     * Records that {@code channel} changed, in the caller's transaction (or a new one), and returns its new version.
     * Subscribers are told after the commit; a rollback tells nobody.
     */
    @Transactional
    public long publish(String channel) {
        checkName(channel);
        Timestamp now = Timestamp.from(Instant.now());
        boolean postgres = isPostgres();
        long version = em.unwrap(Session.class).doReturningWork(connection -> {
            // Insert-if-absent then increment: both H2 and PostgreSQL run it, and the row lock taken by the
            // UPDATE orders concurrent changes of one channel, so versions follow commit order.
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO live_channel (name, version, changed_at) VALUES (?, 0, ?) ON CONFLICT DO NOTHING");
                    PreparedStatement update = connection.prepareStatement(
                            "UPDATE live_channel SET version = version + 1, changed_at = ? WHERE name = ?");
                    PreparedStatement select = connection.prepareStatement(
                            "SELECT version FROM live_channel WHERE name = ?")) {
                insert.setString(1, channel);
                insert.setTimestamp(2, now);
                insert.executeUpdate();
                update.setTimestamp(1, now);
                update.setString(2, channel);
                update.executeUpdate();
                select.setString(1, channel);
                long next;
                try (ResultSet row = select.executeQuery()) {
                    row.next();
                    next = row.getLong(1);
                }
                if (postgres) {
                    try (PreparedStatement notify = connection.prepareStatement("SELECT pg_notify(?, ?)")) {
                        notify.setString(1, NOTIFY_CHANNEL);
                        notify.setString(2, new LiveChange(channel, next).payload());
                        notify.execute();
                    }
                }
                return next;
            }
        });
        if (!postgres) {
            LiveChange change = new LiveChange(channel, version);
            transactions.registerInterposedSynchronization(new Synchronization() {
                @Override
                public void beforeCompletion() {
                }

                @Override
                public void afterCompletion(int status) {
                    if (status == Status.STATUS_COMMITTED) {
                        subscribers.deliver(change);
                    }
                }
            });
        }
        return version;
    }

    /**
     * Opens a stream of {@code channel} on {@code sink}: the current state at once (so a screen that reconnects,
     * with or without {@code Last-Event-ID}, catches up on what it missed), then the state after every change,
     * each as a {@code state} event whose id is the channel's version, with a comment line as heartbeat in between.
     * {@code view} renders the state for this subscriber; it runs in a transaction of its own, off the request.
     *
     * @throws ChannelFullException if the channel has no room for another subscriber on this instance
     */
    public void subscribe(String channel, SseEventSink sink, Sse sse, Supplier<String> view) {
        checkName(channel);
        subscribers.add(channel, sink, sse, view);
    }

    /** The channel's version now: 0 before its first change. */
    @Transactional
    public long version(String channel) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT version FROM live_channel WHERE name = ?")) {
                select.setString(1, channel);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? row.getLong(1) : 0L;
                }
            }
        });
    }

    /** When the channel last changed, if it ever did. */
    @Transactional
    public Optional<Instant> changedAt(String channel) {
        return em.unwrap(Session.class).doReturningWork(connection -> {
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT changed_at FROM live_channel WHERE name = ?")) {
                select.setString(1, channel);
                try (ResultSet row = select.executeQuery()) {
                    return row.next() ? Optional.of(row.getTimestamp(1).toInstant()) : Optional.<Instant>empty();
                }
            }
        });
    }

    /** Reads the version, then the view, in one transaction: the view is at least as new as the version. */
    @ActivateRequestContext
    @Transactional(Transactional.TxType.REQUIRES_NEW)
    Rendered render(String channel, Supplier<String> view) {
        long version = version(channel);
        return new Rendered(version, view.get());
    }

    boolean isPostgres() {
        return "postgresql".equals(dbKind);
    }

    private static void checkName(String channel) {
        if (channel == null || channel.isBlank() || channel.length() > MAX_NAME_LENGTH
                || !channel.chars().allMatch(c -> c > ' ' && c < 127)) {
            throw new IllegalArgumentException("A live channel name is 1 to " + MAX_NAME_LENGTH
                    + " printable ASCII characters without spaces.");
        }
    }
}
