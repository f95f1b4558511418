package dev.prepdeck.backup;

import java.io.IOException;
import java.io.OutputStream;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.util.List;

import javax.sql.DataSource;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import com.fasterxml.jackson.core.JsonEncoding;
import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.databind.ObjectMapper;

import dev.prepdeck.backup.ProgressFormat.Column;

/**
 * Writes every user's account and progress as one JSON document, straight from the database to the output: one
 * user's card states and reviews at a time, so memory stays flat however long the review log is. Reads one
 * consistent snapshot (repeatable read), so grades made meanwhile are either wholly in the file or not at all.
 */
@ApplicationScoped
public class ProgressExporter {

    private static final int FETCH_SIZE = 500;

    @Inject
    DataSource dataSource;

    @Inject
    ObjectMapper mapper;

    Clock clock = Clock.systemUTC();

    /** Streams the whole file to {@code out}; closes neither on success nor on failure. */
    public void write(OutputStream out) throws IOException {
        try (Connection connection = dataSource.getConnection()) {
            boolean autoCommit = connection.getAutoCommit();
            int isolation = connection.getTransactionIsolation();
            connection.setAutoCommit(false);
            connection.setTransactionIsolation(Connection.TRANSACTION_REPEATABLE_READ);
            connection.setReadOnly(true);
            try (JsonGenerator json = mapper.getFactory().createGenerator(out, JsonEncoding.UTF8)) {
                json.disable(JsonGenerator.Feature.AUTO_CLOSE_TARGET);
                write(connection, json);
            } finally {
                connection.rollback();
                connection.setReadOnly(false);
                connection.setTransactionIsolation(isolation);
                connection.setAutoCommit(autoCommit);
            }
        } catch (SQLException e) {
            throw new IOException("The export could not read the database", e);
        }
    }

    private void write(Connection connection, JsonGenerator json) throws IOException, SQLException {
        json.writeStartObject();
        json.writeStringField("format", ProgressFormat.FORMAT);
        json.writeNumberField("version", ProgressFormat.VERSION);
        json.writeStringField("exportedAt", clock.instant().toString());

        json.writeArrayFieldStart("topics");
        writeRows(connection, json, "SELECT " + ProgressFormat.sqlList(ProgressFormat.TOPIC) + " FROM topic ORDER BY id",
                ProgressFormat.TOPIC);
        json.writeEndArray();
        json.writeArrayFieldStart("cards");
        writeRows(connection, json, "SELECT " + ProgressFormat.sqlList(ProgressFormat.CARD) + " FROM card ORDER BY id",
                ProgressFormat.CARD);
        json.writeEndArray();

        json.writeArrayFieldStart("users");
        String userColumns = ProgressFormat.sqlList(ProgressFormat.USER) + ", "
                + ProgressFormat.sqlList(ProgressFormat.SETTINGS);
        try (PreparedStatement users = connection.prepareStatement(
                "SELECT id, " + userColumns + " FROM app_user ORDER BY username");
                PreparedStatement states = connection.prepareStatement("SELECT "
                        + ProgressFormat.sqlList(ProgressFormat.CARD_STATE)
                        + " FROM card_state WHERE user_id = ? ORDER BY card_id");
                PreparedStatement reviews = connection.prepareStatement("SELECT "
                        + ProgressFormat.sqlList(ProgressFormat.REVIEW)
                        + " FROM review_log WHERE user_id = ? ORDER BY reviewed_at, idempotency_key")) {
            users.setFetchSize(FETCH_SIZE);
            states.setFetchSize(FETCH_SIZE);
            reviews.setFetchSize(FETCH_SIZE);
            try (ResultSet user = users.executeQuery()) {
                while (user.next()) {
                    long id = user.getLong(1);
                    json.writeStartObject();
                    ProgressFormat.writeFields(json, user, 2, ProgressFormat.USER);
                    json.writeObjectFieldStart("settings");
                    ProgressFormat.writeFields(json, user, 2 + ProgressFormat.USER.size(), ProgressFormat.SETTINGS);
                    json.writeEndObject();
                    states.setLong(1, id);
                    json.writeArrayFieldStart("cardStates");
                    writeRows(states, json, ProgressFormat.CARD_STATE);
                    json.writeEndArray();
                    reviews.setLong(1, id);
                    json.writeArrayFieldStart("reviews");
                    writeRows(reviews, json, ProgressFormat.REVIEW);
                    json.writeEndArray();
                    json.writeEndObject();
                }
            }
        }
        json.writeEndArray();
        json.writeEndObject();
    }

    private static void writeRows(Connection connection, JsonGenerator json, String sql, List<Column> columns)
            throws IOException, SQLException {
        try (PreparedStatement statement = connection.prepareStatement(sql)) {
            statement.setFetchSize(FETCH_SIZE);
            writeRows(statement, json, columns);
        }
    }

    private static void writeRows(PreparedStatement statement, JsonGenerator json, List<Column> columns)
            throws IOException, SQLException {
        try (ResultSet row = statement.executeQuery()) {
            while (row.next()) {
                json.writeStartObject();
                ProgressFormat.writeFields(json, row, 1, columns);
                json.writeEndObject();
            }
        }
    }
}
