package dev.prepdeck.backup;

import java.io.IOException;
import java.io.InputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.jboss.logging.Logger;

import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.prepdeck.account.AppUser;
import dev.prepdeck.account.Role;
import dev.prepdeck.backup.ProgressFormat.Column;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * Reads a progress file written by {@link ProgressExporter} into this instance, streaming, in one transaction:
 * either everything is stored or nothing is. Importing the same file again changes nothing. Users are matched by
 * name and take the file's role, password and settings; card states take the file's values; reviews are added
 * unless the user already has one with the same idempotency key; cards and topics the content folder lacks are
 * added as retired, so that their history is kept.
 */
@ApplicationScoped
public class ProgressImporter {

    private static final Logger LOG = Logger.getLogger(ProgressImporter.class);
    private static final int BATCH = 500;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    @Inject
    BackupConfig config;

    Clock clock = Clock.systemUTC();

    /** What an import did, for the admin who ran it. */
    public record Report(int usersAdded, int usersUpdated, int cardStatesAdded, int cardStatesUpdated,
            int reviewsAdded, int reviewsAlreadyPresent, int topicsAdded, int cardsAdded) {
    }

    public Report read(InputStream in) {
        Instant started = clock.instant();
        Report report = QuarkusTransaction.requiringNew().timeout((int) config.importTimeout().toSeconds()).call(() -> {
            try (Connection connection = dataSource.getConnection();
                    JsonParser json = mapper.getFactory().createParser(in)) {
                return new Run(connection, json, clock.instant()).run();
            } catch (JsonParseException e) {
                throw new ProgressFileException("The file is not valid JSON at line " + e.getLocation().getLineNr()
                        + ", column " + e.getLocation().getColumnNr() + ": " + e.getOriginalMessage());
            } catch (SQLException e) {
                throw refused(e);
            } catch (IOException e) {
                // a truncated upload or broken gzip stream: nothing was stored
                throw new ProgressFileException("The file could not be read to its end: " + e.getMessage());
            }
        });
        LOG.infof("Progress imported in %d ms: %s", Duration.between(started, clock.instant()).toMillis(),
                report);
        return report;
    }

    /** Bad data the database itself rejected (too long, out of range, a broken reference) is the file's fault. */
    private static RuntimeException refused(SQLException e) {
        SQLException cause = e.getNextException() != null ? e.getNextException() : e;
        String state = cause.getSQLState() != null ? cause.getSQLState() : "";
        if (state.startsWith("22") || state.startsWith("23")) {
            // The driver's message quotes SQL and column internals; the file's author needs the kind of fault.
            LOG.infof("Progress import refused by the database: %s", cause.getMessage());
            String what = switch (state) {
                case "22001" -> "a text is longer than PrepDeck stores";
                case "22003" -> "a number is out of range";
                case "23502" -> "a required value is empty";
                case "23503" -> "a value refers to a card, topic or user that does not exist";
                case "23505" -> "a value that must be unique appears twice";
                default -> state.startsWith("22") ? "a value has the wrong form" : "a value breaks a rule of the data";
            };
            return new ProgressFileException("The file cannot be imported: " + what + ". Nothing was changed.");
        }
        return new IllegalStateException("The import could not write to the database", e);
    }

    /** One import: the parser, the connection and what has been seen so far. */
    private static final class Run {

        private final Connection connection;
        private final JsonParser json;
        private final Timestamp now;
        private final Set<String> topics = new HashSet<>();
        private final Set<String> cards = new HashSet<>();
        private final Set<String> usernames = new HashSet<>();
        private boolean knownLoaded;
        private int usersAdded;
        private int usersUpdated;
        private int statesAdded;
        private int statesUpdated;
        private int reviewsAdded;
        private int reviewsPresent;
        private int topicsAdded;
        private int cardsAdded;

        Run(Connection connection, JsonParser json, Instant now) {
            this.connection = connection;
            this.json = json;
            this.now = Timestamp.from(now);
        }

        Report run() throws IOException, SQLException {
            json.nextToken();
            ProgressFormat.expect(json, JsonToken.START_OBJECT, "The file", "a JSON object");
            boolean format = false;
            boolean version = false;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                switch (name) {
                    case "format" -> {
                        if (json.currentToken() != JsonToken.VALUE_STRING
                                || !ProgressFormat.FORMAT.equals(json.getText())) {
                            throw new ProgressFileException("This is not a PrepDeck progress file: 'format' must be \""
                                    + ProgressFormat.FORMAT + "\".");
                        }
                        format = true;
                    }
                    case "version" -> {
                        if (json.currentToken() != JsonToken.VALUE_NUMBER_INT
                                || json.getNumberType() != JsonParser.NumberType.INT
                                || json.getIntValue() != ProgressFormat.VERSION) {
                            throw new ProgressFileException("Progress file version " + json.getText()
                                    + " is not supported; this PrepDeck reads version " + ProgressFormat.VERSION + ".");
                        }
                        version = true;
                    }
                    case "exportedAt" -> json.skipChildren();
                    case "topics", "cards", "users" -> {
                        if (!format || !version) {
                            throw new ProgressFileException("'format' and 'version' must come before '" + name
                                    + "'. Is this a PrepDeck progress file?");
                        }
                        switch (name) {
                            case "topics" -> readTopics();
                            case "cards" -> readCards();
                            default -> readUsers();
                        }
                    }
                    default -> throw new ProgressFileException("Unknown top-level field '" + name
                            + "'. Known fields: format, version, exportedAt, topics, cards, users.");
                }
            }
            if (!format || !version) {
                throw new ProgressFileException("This is not a PrepDeck progress file: 'format' and 'version' are missing.");
            }
            if (json.nextToken() != null) {
                throw new ProgressFileException("There is more after the end of the file's JSON object.");
            }
            if (count("SELECT count(*) FROM app_user WHERE role = '" + Role.ADMIN + "'") == 0) {
                throw new ProgressFileException("After this import no account would be an admin; nothing was imported.");
            }
            return new Report(usersAdded, usersUpdated, statesAdded, statesUpdated, reviewsAdded, reviewsPresent,
                    topicsAdded, cardsAdded);
        }

        private void loadKnown() throws SQLException {
            if (knownLoaded) {
                return;
            }
            knownLoaded = true;
            try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM topic");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    topics.add(rows.getString(1));
                }
            }
            try (PreparedStatement statement = connection.prepareStatement("SELECT id FROM card");
                    ResultSet rows = statement.executeQuery()) {
                while (rows.next()) {
                    cards.add(rows.getString(1));
                }
            }
        }

        private void readTopics() throws IOException, SQLException {
            loadKnown();
            ProgressFormat.expect(json, JsonToken.START_ARRAY, "topics", "an array");
            String sql = "INSERT INTO topic (" + ProgressFormat.sqlList(ProgressFormat.TOPIC)
                    + ", body_html, fingerprint, retired, created_at, updated_at) VALUES ("
                    + placeholders(ProgressFormat.TOPIC.size()) + ", '', '', TRUE, ?, ?)";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int index = 0;
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    Object[] topic = ProgressFormat.readObject(json, ProgressFormat.TOPIC, "topics[" + index++ + "]");
                    // Topics the content folder provides stay as the folder has them.
                    if (topics.add((String) topic[0])) {
                        bindAll(insert, 1, ProgressFormat.TOPIC, topic);
                        insert.setTimestamp(ProgressFormat.TOPIC.size() + 1, now);
                        insert.setTimestamp(ProgressFormat.TOPIC.size() + 2, now);
                        insert.addBatch();
                        topicsAdded++;
                    }
                }
                insert.executeBatch();
            }
        }

        private void readCards() throws IOException, SQLException {
            loadKnown();
            ProgressFormat.expect(json, JsonToken.START_ARRAY, "cards", "an array");
            String sql = "INSERT INTO card (" + ProgressFormat.sqlList(ProgressFormat.CARD)
                    + ", fingerprint, retired, created_at, updated_at) VALUES ("
                    + placeholders(ProgressFormat.CARD.size()) + ", '', TRUE, ?, ?)";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int index = 0;
                int pending = 0;
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    String where = "cards[" + index++ + "]";
                    Object[] card = ProgressFormat.readObject(json, ProgressFormat.CARD, where);
                    if (!topics.contains((String) card[1])) {
                        throw new ProgressFileException(where + ".topicId: the topic '" + card[1]
                                + "' is neither on this instance nor in the file's topics.");
                    }
                    if (cards.add((String) card[0])) {
                        bindAll(insert, 1, ProgressFormat.CARD, card);
                        insert.setTimestamp(ProgressFormat.CARD.size() + 1, now);
                        insert.setTimestamp(ProgressFormat.CARD.size() + 2, now);
                        insert.addBatch();
                        cardsAdded++;
                        if (++pending == BATCH) {
                            insert.executeBatch();
                            pending = 0;
                        }
                    }
                }
                insert.executeBatch();
            }
        }

        private void readUsers() throws IOException, SQLException {
            loadKnown();
            ProgressFormat.expect(json, JsonToken.START_ARRAY, "users", "an array");
            int index = 0;
            while (json.nextToken() != JsonToken.END_ARRAY) {
                readUser("users[" + index++ + "]");
            }
        }

        private void readUser(String where) throws IOException, SQLException {
            ProgressFormat.expect(json, JsonToken.START_OBJECT, where, "an object");
            List<Column> columns = ProgressFormat.USER;
            Object[] account = new Object[columns.size()];
            boolean[] seen = new boolean[columns.size()];
            Object[] settings = null;
            Long userId = null;
            boolean states = false;
            boolean reviews = false;
            while (json.nextToken() == JsonToken.FIELD_NAME) {
                String name = json.currentName();
                json.nextToken();
                boolean progress = name.equals("cardStates") || name.equals("reviews");
                if (!progress && userId != null) {
                    throw new ProgressFileException(where + "." + name
                            + ": the account's fields must come before 'cardStates' and 'reviews'.");
                }
                if (progress && userId == null) {
                    userId = store(account, seen, settings, where);
                }
                if (name.equals("settings")) {
                    if (settings != null) {
                        throw new ProgressFileException(where + ".settings: given twice.");
                    }
                    settings = ProgressFormat.readObject(json, ProgressFormat.SETTINGS, where + ".settings");
                } else if (name.equals("cardStates")) {
                    if (states) {
                        throw new ProgressFileException(where + ".cardStates: given twice.");
                    }
                    states = true;
                    readStates(userId, where + ".cardStates");
                } else if (name.equals("reviews")) {
                    if (reviews) {
                        throw new ProgressFileException(where + ".reviews: given twice.");
                    }
                    reviews = true;
                    readReviews(userId, where + ".reviews");
                } else {
                    int index = ProgressFormat.indexOf(columns, name);
                    if (index < 0) {
                        throw new ProgressFileException(where + ": unknown field '" + name
                                + "'. Known fields: username, role, passwordHash, createdAt, settings, cardStates, reviews.");
                    }
                    if (seen[index]) {
                        throw new ProgressFileException(where + "." + name + ": given twice.");
                    }
                    seen[index] = true;
                    account[index] = ProgressFormat.readValue(json, columns.get(index), where);
                }
            }
            if (userId == null) {
                store(account, seen, settings, where);
            }
        }

        /** Adds or updates the account; returns its id on this instance. */
        private long store(Object[] account, boolean[] seen, Object[] settings, String where) throws SQLException {
            ProgressFormat.requireAll(ProgressFormat.USER, seen, where);
            if (settings == null) {
                throw new ProgressFileException(where + ": the field 'settings' is missing.");
            }
            String username = (String) account[0];
            if (!usernames.add(username)) {
                throw new ProgressFileException(where + ".username: the user '" + username
                        + "' appears twice in the file.");
            }
            if (!Role.isKnown((String) account[1])) {
                throw new ProgressFileException(where + ".role: '" + account[1] + "' is not a role (candidate, mentor, admin).");
            }
            if (!(account[2] instanceof String hash) || !AppUser.isBcrypt(hash)) {
                // Anything else could not be checked at log-in: the account would be locked out with an error.
                throw new ProgressFileException(where + ".passwordHash: not a bcrypt hash ('$2a$', '$2b$' or '$2y$',"
                        + " a two-digit cost and 53 characters). PrepDeck only exports bcrypt hashes; this file was"
                        + " changed or written by another program.");
            }
            Long id = null;
            try (PreparedStatement find = connection.prepareStatement("SELECT id FROM app_user WHERE username = ?")) {
                find.setString(1, username);
                try (ResultSet row = find.executeQuery()) {
                    if (row.next()) {
                        id = row.getLong(1);
                    }
                }
            }
            List<Column> columns = new ArrayList<>(ProgressFormat.USER);
            columns.addAll(ProgressFormat.SETTINGS);
            Object[] values = new Object[columns.size()];
            System.arraycopy(account, 0, values, 0, account.length);
            System.arraycopy(settings, 0, values, account.length, settings.length);
            if (id != null) {
                String sql = "UPDATE app_user SET " + String.join(" = ?, ",
                        columns.stream().map(Column::sql).toList()) + " = ? WHERE id = ?";
                try (PreparedStatement update = connection.prepareStatement(sql)) {
                    bindAll(update, 1, columns, values);
                    update.setLong(columns.size() + 1, id);
                    update.executeUpdate();
                }
                usersUpdated++;
                return id;
            }
            try (PreparedStatement next = connection.prepareStatement("SELECT nextval('app_user_seq')");
                    ResultSet row = next.executeQuery()) {
                row.next();
                id = row.getLong(1);
            }
            String sql = "INSERT INTO app_user (id, " + ProgressFormat.sqlList(columns) + ") VALUES (?, "
                    + placeholders(columns.size()) + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                insert.setLong(1, id);
                bindAll(insert, 2, columns, values);
                insert.executeUpdate();
            }
            usersAdded++;
            return id;
        }

        private void readStates(long userId, String where) throws IOException, SQLException {
            ProgressFormat.expect(json, JsonToken.START_ARRAY, where, "an array");
            Set<String> existing = strings("SELECT card_id FROM card_state WHERE user_id = ?", userId);
            Set<String> inFile = new HashSet<>();
            List<Column> columns = ProgressFormat.CARD_STATE;
            List<Column> rest = columns.subList(1, columns.size());
            String insertSql = "INSERT INTO card_state (user_id, " + ProgressFormat.sqlList(columns) + ") VALUES (?, "
                    + placeholders(columns.size()) + ")";
            String updateSql = "UPDATE card_state SET " + String.join(" = ?, ", rest.stream().map(Column::sql).toList())
                    + " = ? WHERE user_id = ? AND card_id = ?";
            try (PreparedStatement insert = connection.prepareStatement(insertSql);
                    PreparedStatement update = connection.prepareStatement(updateSql)) {
                Map<PreparedStatement, Integer> pending = new HashMap<>();
                int index = 0;
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    String at = where + "[" + index++ + "]";
                    Object[] state = ProgressFormat.readObject(json, columns, at);
                    String cardId = (String) state[0];
                    requireCard(cardId, at);
                    if (!inFile.add(cardId)) {
                        throw new ProgressFileException(at + ".cardId: the card '" + cardId
                                + "' has two states for this user.");
                    }
                    PreparedStatement statement;
                    if (existing.contains(cardId)) {
                        bindAll(update, 1, rest, Arrays.copyOfRange(state, 1, state.length));
                        update.setLong(rest.size() + 1, userId);
                        update.setString(rest.size() + 2, cardId);
                        statement = update;
                        statesUpdated++;
                    } else {
                        insert.setLong(1, userId);
                        bindAll(insert, 2, columns, state);
                        statement = insert;
                        statesAdded++;
                    }
                    statement.addBatch();
                    if (pending.merge(statement, 1, Integer::sum) == BATCH) {
                        statement.executeBatch();
                        pending.put(statement, 0);
                    }
                }
                insert.executeBatch();
                update.executeBatch();
            }
        }

        private void readReviews(long userId, String where) throws IOException, SQLException {
            ProgressFormat.expect(json, JsonToken.START_ARRAY, where, "an array");
            Set<String> keys = strings("SELECT idempotency_key FROM review_log WHERE user_id = ?", userId);
            List<Column> columns = ProgressFormat.REVIEW;
            String sql = "INSERT INTO review_log (user_id, " + ProgressFormat.sqlList(columns) + ") VALUES (?, "
                    + placeholders(columns.size()) + ")";
            try (PreparedStatement insert = connection.prepareStatement(sql)) {
                int index = 0;
                int pending = 0;
                while (json.nextToken() != JsonToken.END_ARRAY) {
                    String at = where + "[" + index++ + "]";
                    Object[] review = ProgressFormat.readObject(json, columns, at);
                    requireCard((String) review[0], at);
                    // the idempotency key identifies a grade: one already here, or earlier in the file, is kept as is
                    if (!keys.add((String) review[1])) {
                        reviewsPresent++;
                        continue;
                    }
                    insert.setLong(1, userId);
                    bindAll(insert, 2, columns, review);
                    insert.addBatch();
                    reviewsAdded++;
                    if (++pending == BATCH) {
                        insert.executeBatch();
                        pending = 0;
                    }
                }
                insert.executeBatch();
            }
        }

        private void requireCard(String cardId, String where) {
            if (!cards.contains(cardId)) {
                throw new ProgressFileException(where + ".cardId: the card '" + cardId
                        + "' is neither on this instance nor in the file's cards.");
            }
        }

        private Set<String> strings(String sql, long userId) throws SQLException {
            Set<String> values = new HashSet<>();
            try (PreparedStatement statement = connection.prepareStatement(sql)) {
                statement.setLong(1, userId);
                try (ResultSet rows = statement.executeQuery()) {
                    while (rows.next()) {
                        values.add(rows.getString(1));
                    }
                }
            }
            return values;
        }

        private long count(String sql) throws SQLException {
            try (PreparedStatement statement = connection.prepareStatement(sql);
                    ResultSet row = statement.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        }

        private static void bindAll(PreparedStatement statement, int first, List<Column> columns, Object[] values)
                throws SQLException {
            for (int i = 0; i < columns.size(); i++) {
                ProgressFormat.bind(statement, first + i, columns.get(i), values[i]);
            }
        }

        private static String placeholders(int n) {
            return String.join(", ", Collections.nCopies(n, "?"));
        }
    }
}
