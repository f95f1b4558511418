package dev.prepdeck.backup;

import java.io.IOException;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

import com.fasterxml.jackson.core.JsonGenerator;
import com.fasterxml.jackson.core.JsonParser;
import com.fasterxml.jackson.core.JsonToken;

/**
 * The progress file: which columns of which tables it carries, under which JSON names, and how one value is
 * written from a result set, read from the JSON stream (with a clear error naming where it is) and bound to a
 * statement. Knows nothing of Quarkus or JPA.
 */
public final class ProgressFormat {

    public static final String FORMAT = "prepdeck-progress";
    public static final int VERSION = 1;

    /** Value kinds, each with one JSON representation. */
    public enum Kind {
        INT, DOUBLE, BOOL, TEXT, TIME
    }

    /** One column: its SQL name, its JSON name (the SQL name in camelCase), its kind and whether it may be null. */
    public record Column(String sql, String json, Kind kind, boolean nullable) {

        static Column required(String sql, Kind kind) {
            return new Column(sql, camelCase(sql), kind, false);
        }

        static Column optional(String sql, Kind kind) {
            return new Column(sql, camelCase(sql), kind, true);
        }
    }

    /** Topics of the exported cards, enough to re-create one the target's content folder lacks. */
    public static final List<Column> TOPIC = List.of(
            Column.required("id", Kind.TEXT),
            Column.required("title_ko", Kind.TEXT),
            Column.required("title_en", Kind.TEXT),
            Column.required("category", Kind.TEXT),
            Column.required("tags", Kind.TEXT),
            Column.optional("demo", Kind.TEXT),
            Column.required("sort_order", Kind.INT),
            Column.required("source_file", Kind.TEXT));

    /** Cards, so that history survives on a target whose content folder no longer has some of them. */
    public static final List<Column> CARD = List.of(
            Column.required("id", Kind.TEXT),
            Column.required("topic_id", Kind.TEXT),
            Column.required("note_id", Kind.TEXT),
            Column.required("kind", Kind.TEXT),
            Column.required("position", Kind.INT),
            Column.optional("follows", Kind.TEXT),
            Column.required("view_json", Kind.TEXT));

    /** The account itself; the surrogate id is not exported, users are matched by name. */
    public static final List<Column> USER = List.of(
            Column.required("username", Kind.TEXT),
            Column.required("role", Kind.TEXT),
            Column.required("password_hash", Kind.TEXT),
            Column.required("created_at", Kind.TIME));

    /** The user's study settings, a nested {@code settings} object. */
    public static final List<Column> SETTINGS = List.of(
            Column.required("desired_retention", Kind.DOUBLE),
            Column.required("new_cards_per_day", Kind.INT),
            Column.required("reviews_per_day", Kind.INT),
            Column.required("learning_steps", Kind.TEXT),
            Column.required("relearning_steps", Kind.TEXT),
            Column.required("time_zone", Kind.TEXT),
            Column.required("day_rollover_hour", Kind.INT),
            Column.required("ui_language", Kind.TEXT));

    /** One user's scheduling state of one card (table card_state, without user_id). */
    public static final List<Column> CARD_STATE = List.of(
            Column.required("card_id", Kind.TEXT),
            Column.required("state", Kind.INT),
            Column.required("due", Kind.TIME),
            Column.required("stability", Kind.DOUBLE),
            Column.required("difficulty", Kind.DOUBLE),
            Column.required("elapsed_days", Kind.INT),
            Column.required("scheduled_days", Kind.INT),
            Column.required("learning_step", Kind.INT),
            Column.required("reps", Kind.INT),
            Column.required("lapses", Kind.INT),
            Column.optional("last_review", Kind.TIME),
            Column.optional("buried_until", Kind.TIME),
            Column.required("suspended", Kind.BOOL),
            Column.required("flagged", Kind.BOOL),
            Column.optional("flagged_at", Kind.TIME),
            Column.optional("flag_reason", Kind.TEXT),
            Column.required("leech", Kind.BOOL),
            Column.required("version", Kind.INT));

    /** One grade (table review_log, without its surrogate id and user_id); the idempotency key identifies it. */
    public static final List<Column> REVIEW = List.of(
            Column.required("card_id", Kind.TEXT),
            Column.required("idempotency_key", Kind.TEXT),
            Column.required("rating", Kind.INT),
            Column.required("reviewed_at", Kind.TIME),
            Column.required("answer_ms", Kind.INT),
            Column.required("elapsed_days", Kind.INT),
            Column.required("scheduled_days", Kind.INT),
            Column.optional("retrievability", Kind.DOUBLE),
            Column.required("state_before", Kind.INT),
            Column.required("due_before", Kind.TIME),
            Column.required("stability_before", Kind.DOUBLE),
            Column.required("difficulty_before", Kind.DOUBLE),
            Column.required("elapsed_days_before", Kind.INT),
            Column.required("scheduled_days_before", Kind.INT),
            Column.required("learning_step_before", Kind.INT),
            Column.required("reps_before", Kind.INT),
            Column.required("lapses_before", Kind.INT),
            Column.optional("last_review_before", Kind.TIME),
            Column.required("suspended_before", Kind.BOOL),
            Column.required("leech_before", Kind.BOOL),
            Column.required("state_after", Kind.INT),
            Column.required("due_after", Kind.TIME),
            Column.required("stability_after", Kind.DOUBLE),
            Column.required("difficulty_after", Kind.DOUBLE),
            Column.required("learning_step_after", Kind.INT),
            Column.required("lapses_after", Kind.INT),
            Column.required("leech_after", Kind.BOOL),
            Column.required("version_after", Kind.INT),
            Column.optional("undone_at", Kind.TIME),
            Column.optional("siblings_buried", Kind.TEXT));

    private ProgressFormat() {
    }

    static String camelCase(String sql) {
        StringBuilder out = new StringBuilder();
        boolean upper = false;
        for (char c : sql.toCharArray()) {
            if (c == '_') {
                upper = true;
            } else {
                out.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return out.toString();
    }

    /** {@code a, b, c} for a select or insert list. */
    public static String sqlList(List<Column> columns) {
        return columns.stream().map(Column::sql).collect(Collectors.joining(", "));
    }

    /** Writes the columns of the current row, read from the result set starting at {@code first}, as fields. */
    public static void writeFields(JsonGenerator json, ResultSet row, int first, List<Column> columns)
            throws IOException, SQLException {
        for (int i = 0; i < columns.size(); i++) {
            Column column = columns.get(i);
            json.writeFieldName(column.json());
            writeValue(json, row, first + i, column.kind());
        }
    }

    private static void writeValue(JsonGenerator json, ResultSet row, int index, Kind kind)
            throws IOException, SQLException {
        switch (kind) {
            case INT -> {
                int value = row.getInt(index);
                if (row.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            case DOUBLE -> {
                double value = row.getDouble(index);
                if (row.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeNumber(value);
                }
            }
            case BOOL -> {
                boolean value = row.getBoolean(index);
                if (row.wasNull()) {
                    json.writeNull();
                } else {
                    json.writeBoolean(value);
                }
            }
            case TEXT -> json.writeString(row.getString(index));
            case TIME -> {
                OffsetDateTime value = row.getObject(index, OffsetDateTime.class);
                if (value == null) {
                    json.writeNull();
                } else {
                    json.writeString(value.toInstant().toString());
                }
            }
        }
    }

    /**
     * Reads one JSON object holding exactly these columns (the parser is on its START_OBJECT) into an array in
     * column order. {@code where} names the object in error messages, e.g. {@code users[2].reviews[7]}.
     */
    public static Object[] readObject(JsonParser json, List<Column> columns, String where) throws IOException {
        expect(json, JsonToken.START_OBJECT, where, "an object");
        Object[] values = new Object[columns.size()];
        boolean[] seen = new boolean[columns.size()];
        while (json.nextToken() == JsonToken.FIELD_NAME) {
            String name = json.currentName();
            int index = indexOf(columns, name);
            if (index < 0) {
                throw new ProgressFileException(where + ": unknown field '" + name + "'. Known fields: "
                        + columns.stream().map(Column::json).collect(Collectors.joining(", ")) + ".");
            }
            if (seen[index]) {
                throw new ProgressFileException(where + "." + name + ": given twice.");
            }
            seen[index] = true;
            json.nextToken();
            values[index] = readValue(json, columns.get(index), where);
        }
        requireAll(columns, seen, where);
        return values;
    }

    static void requireAll(List<Column> columns, boolean[] seen, String where) {
        for (int i = 0; i < columns.size(); i++) {
            if (!seen[i] && !columns.get(i).nullable()) {
                throw new ProgressFileException(where + ": the field '" + columns.get(i).json() + "' is missing.");
            }
        }
    }

    public static int indexOf(List<Column> columns, String json) {
        for (int i = 0; i < columns.size(); i++) {
            if (columns.get(i).json().equals(json)) {
                return i;
            }
        }
        return -1;
    }

    /** Reads the value the parser is on as this column's kind; null only where the column allows it. */
    public static Object readValue(JsonParser json, Column column, String where) throws IOException {
        String at = where + "." + column.json();
        JsonToken token = json.currentToken();
        if (token == JsonToken.VALUE_NULL) {
            if (!column.nullable()) {
                throw new ProgressFileException(at + ": must not be null.");
            }
            return null;
        }
        switch (column.kind()) {
            case INT -> {
                if (token != JsonToken.VALUE_NUMBER_INT || json.getNumberType() != JsonParser.NumberType.INT) {
                    throw new ProgressFileException(at + ": expected a whole number, got " + describe(json) + ".");
                }
                return json.getIntValue();
            }
            case DOUBLE -> {
                if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
                    throw new ProgressFileException(at + ": expected a number, got " + describe(json) + ".");
                }
                double value = json.getDoubleValue();
                if (!Double.isFinite(value)) {
                    throw new ProgressFileException(at + ": the number is out of range.");
                }
                return value;
            }
            case BOOL -> {
                if (token != JsonToken.VALUE_TRUE && token != JsonToken.VALUE_FALSE) {
                    throw new ProgressFileException(at + ": expected true or false, got " + describe(json) + ".");
                }
                return token == JsonToken.VALUE_TRUE;
            }
            case TEXT -> {
                if (token != JsonToken.VALUE_STRING) {
                    throw new ProgressFileException(at + ": expected a string, got " + describe(json) + ".");
                }
                return json.getText();
            }
            case TIME -> {
                if (token != JsonToken.VALUE_STRING) {
                    throw new ProgressFileException(at + ": expected a time such as \"2025-03-01T09:30:00Z\", got "
                            + describe(json) + ".");
                }
                try {
                    return OffsetDateTime.ofInstant(Instant.parse(json.getText()), ZoneOffset.UTC);
                } catch (DateTimeParseException e) {
                    throw new ProgressFileException(at + ": '" + json.getText()
                            + "' is not a UTC time such as \"2025-03-01T09:30:00Z\".");
                }
            }
            default -> throw new IllegalStateException(column.kind().toString());
        }
    }

    /** Binds a value read by {@link #readValue} to a statement parameter. */
    public static void bind(PreparedStatement statement, int index, Column column, Object value) throws SQLException {
        if (value == null) {
            statement.setNull(index, switch (column.kind()) {
                case INT -> Types.INTEGER;
                case DOUBLE -> Types.DOUBLE;
                case BOOL -> Types.BOOLEAN;
                case TEXT -> Types.VARCHAR;
                case TIME -> Types.TIMESTAMP_WITH_TIMEZONE;
            });
            return;
        }
        switch (column.kind()) {
            case INT -> statement.setInt(index, (Integer) value);
            case DOUBLE -> statement.setDouble(index, (Double) value);
            case BOOL -> statement.setBoolean(index, (Boolean) value);
            case TEXT -> statement.setString(index, (String) value);
            case TIME -> statement.setObject(index, value, Types.TIMESTAMP_WITH_TIMEZONE);
        }
    }

    /** Fails unless the parser is on {@code token}. */
    public static void expect(JsonParser json, JsonToken token, String where, String what) throws IOException {
        if (json.currentToken() != token) {
            throw new ProgressFileException(where + ": expected " + what + ", got " + describe(json) + ".");
        }
    }

    static String describe(JsonParser json) throws IOException {
        JsonToken token = json.currentToken();
        if (token == null) {
            return "the end of the file";
        }
        return switch (token) {
            case START_OBJECT -> "an object";
            case START_ARRAY -> "an array";
            case VALUE_STRING -> "the string \"" + abbreviate(json.getText()) + "\"";
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> "the number " + abbreviate(json.getText());
            case VALUE_TRUE, VALUE_FALSE -> json.getText();
            case VALUE_NULL -> "null";
            default -> token.name().toLowerCase(Locale.ROOT);
        };
    }

    private static String abbreviate(String text) {
        return text.length() <= 40 ? text : text.substring(0, 40) + "…";
    }
}
