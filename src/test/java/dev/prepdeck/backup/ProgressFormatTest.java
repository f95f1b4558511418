package dev.prepdeck.backup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.JsonFactory;
import com.fasterxml.jackson.core.JsonParser;

import dev.prepdeck.backup.ProgressFormat.Column;
import dev.prepdeck.backup.ProgressFormat.Kind;

/** The progress file's fields: their names, and the errors an admin sees for a value of the wrong kind. */
class ProgressFormatTest {

    private static final List<Column> SAMPLE = List.of(
            new Column("card_id", "cardId", Kind.TEXT, false),
            new Column("rating", "rating", Kind.INT, false),
            new Column("stability_after", "stabilityAfter", Kind.DOUBLE, false),
            new Column("leech", "leech", Kind.BOOL, false),
            new Column("undone_at", "undoneAt", Kind.TIME, true));

    private static Object[] read(String json) throws IOException {
        JsonParser parser = new JsonFactory().createParser(json);
        parser.nextToken();
        return ProgressFormat.readObject(parser, SAMPLE, "users[0].reviews[3]");
    }

    private static String error(String json) {
        return assertThrows(ProgressFileException.class, () -> read(json)).getMessage();
    }

    @Test
    void shouldNameFieldsAfterTheColumnsInCamelCase() {
        assertEquals("idempotencyKey", ProgressFormat.camelCase("idempotency_key"));
        assertEquals("lastReviewBefore", ProgressFormat.camelCase("last_review_before"));
        assertEquals("due", ProgressFormat.camelCase("due"));
        assertTrue(ProgressFormat.REVIEW.stream().anyMatch(c -> c.json().equals("scheduledDaysBefore")));
    }

    @Test
    void shouldReadEveryKindInTheExportsOwnNotation() throws IOException {
        Object[] values = read("{\"cardId\":\"tw-why\",\"rating\":3,\"stabilityAfter\":2.5,\"leech\":false,"
                + "\"undoneAt\":\"2025-03-01T09:30:00.123456Z\"}");
        assertEquals("tw-why", values[0]);
        assertEquals(3, values[1]);
        assertEquals(2.5, values[2]);
        assertEquals(false, values[3]);
        assertEquals(OffsetDateTime.of(2025, 3, 1, 9, 30, 0, 123_456_000, ZoneOffset.UTC), values[4]);
        assertNull(read("{\"cardId\":\"x\",\"rating\":1,\"stabilityAfter\":1,\"leech\":true,\"undoneAt\":null}")[4]);
    }

    @Test
    void shouldSayWhereAndWhatIsWrong() {
        assertEquals("users[0].reviews[3].rating: expected a whole number, got the string \"good\".",
                error("{\"cardId\":\"x\",\"rating\":\"good\",\"stabilityAfter\":1,\"leech\":true}"));
        assertEquals("users[0].reviews[3].rating: expected a whole number, got the number 3.5.",
                error("{\"cardId\":\"x\",\"rating\":3.5,\"stabilityAfter\":1,\"leech\":true}"));
        assertEquals("users[0].reviews[3]: the field 'leech' is missing.",
                error("{\"cardId\":\"x\",\"rating\":3,\"stabilityAfter\":1}"));
        assertEquals("users[0].reviews[3].cardId: must not be null.",
                error("{\"cardId\":null,\"rating\":3,\"stabilityAfter\":1,\"leech\":true}"));
        assertTrue(error("{\"cardId\":\"x\",\"rating\":3,\"stabilityAfter\":1,\"leech\":true,\"undoneAt\":\"yesterday\"}")
                .startsWith("users[0].reviews[3].undoneAt: 'yesterday' is not a UTC time"));
        assertTrue(error("{\"cardId\":\"x\",\"rating\":3,\"stabilityAfter\":1,\"leech\":true,\"grade\":\"good\"}")
                .startsWith("users[0].reviews[3]: unknown field 'grade'. Known fields: cardId, rating,"));
        assertEquals("users[0].reviews[3].rating: given twice.",
                error("{\"cardId\":\"x\",\"rating\":3,\"rating\":4,\"stabilityAfter\":1,\"leech\":true}"));
        assertEquals("users[0].reviews[3].rating: expected a whole number, got the number 3000000000.",
                error("{\"cardId\":\"x\",\"rating\":3000000000,\"stabilityAfter\":1,\"leech\":true}"));
        assertEquals("users[0].reviews[3]: expected an object, got an array.", error("[]"));
    }
}
