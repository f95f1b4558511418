package dev.prepdeck.content.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class AnkiCsvTest {

    @Test
    void shouldReadAnkisHeaderLines() {
        AnkiCsv.Document doc = AnkiCsv.parse("""
                #separator:Semicolon
                #html:true
                #columns:Front;Back;Tags
                #notetype:Basic
                #deck:Network
                #tags column:3
                TCP?;<b>Transport</b>;net tcp
                """);
        AnkiCsv.Header h = doc.header();
        assertEquals(';', h.separator());
        assertTrue(h.html());
        assertEquals(List.of("Front", "Back", "Tags"), h.columns());
        assertEquals("Basic", h.notetype());
        assertEquals("Network", h.deck());
        assertEquals(3, h.tagsColumn());
        assertEquals(List.of(new AnkiCsv.Row(7, List.of("TCP?", "<b>Transport</b>", "net tcp"))), doc.rows());
    }

    @Test
    void shouldAcceptEveryNamedSeparatorAndALiteralOne() {
        assertEquals(List.of("a", "b"), AnkiCsv.parse("#separator:Tab\na\tb\n").rows().get(0).fields());
        assertEquals(List.of("a", "b"), AnkiCsv.parse("#separator:Pipe\na|b\n").rows().get(0).fields());
        assertEquals(List.of("a", "b"), AnkiCsv.parse("#separator:comma\na,b\n").rows().get(0).fields());
        assertEquals(List.of("a", "b"), AnkiCsv.parse("#separator:Colon\na:b\n").rows().get(0).fields());
        assertEquals(List.of("a", "b"), AnkiCsv.parse("#separator:^\na^b\n").rows().get(0).fields());
        assertEquals(List.of("a,b", "c"), AnkiCsv.parse("a,b\tc\n").rows().get(0).fields(),
                "without a header a tab in the first record wins over a comma");
    }

    @Test
    void shouldKeepSeparatorsQuotesAndLineBreaksInsideQuotedFields() {
        AnkiCsv.Document doc = AnkiCsv.parse("#separator:Comma\r\n\"a, \"\"quoted\"\"\nsecond line\",b\r\nc,d\r\n");
        assertEquals(List.of("a, \"quoted\"\nsecond line", "b"), doc.rows().get(0).fields());
        assertEquals(2, doc.rows().get(0).line());
        assertEquals(4, doc.rows().get(1).line(), "the next record's line counts the embedded line break");
    }

    @Test
    void shouldNameTheLineWhereAnUnterminatedQuoteStarts() {
        CsvFormatException e = assertThrows(CsvFormatException.class,
                () -> AnkiCsv.parse("#separator:Comma\na,b\n\"open,c\nd,e\n"));
        assertEquals(3, e.problems().get(0).line());
        assertTrue(e.getMessage().contains("never closed"));
    }

    @Test
    void shouldRejectAnUnknownSeparatorAndABadHtmlFlag() {
        assertEquals(1, assertThrows(CsvFormatException.class, () -> AnkiCsv.parse("#separator:Banana\na\n"))
                .problems().get(0).line());
        assertEquals(2, assertThrows(CsvFormatException.class,
                () -> AnkiCsv.parse("#separator:Comma\n#html:maybe\na\n")).problems().get(0).line());
    }

    @Test
    void shouldWriteWhatItReadsBackFieldForField() {
        List<List<String>> records = List.of(
                List.of("semi;colon", "quote \"here\""),
                List.of("two\nlines", "#not a header"),
                List.of(" padded ", ""));
        for (char sep : new char[] { ',', ';', '\t', '|' }) {
            AnkiCsv.Header header = new AnkiCsv.Header(sep, false, List.of("Front", "Back"), "Basic", "Deck",
                    null, null, null);
            String text = AnkiCsv.write(header, records);
            AnkiCsv.Document back = AnkiCsv.parse(text);
            assertEquals(sep, back.header().separator());
            assertFalse(back.header().html());
            assertEquals(List.of("Front", "Back"), back.header().columns());
            assertEquals(records, back.rows().stream().map(AnkiCsv.Row::fields).toList(), "separator " + sep);
        }
    }
}
