package dev.prepdeck.content.csv;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.Set;

import org.junit.jupiter.api.Test;

import dev.prepdeck.content.parse.CardSource;
import dev.prepdeck.content.parse.ContentFolder;

class CsvTopicTest {

    private static ContentFolder.Snapshot check(CsvTopic.Result result) {
        return ContentFolder.check(Map.of(result.topicId() + ".md", result.markdown()), List.of());
    }

    @Test
    void shouldTurnBasicAndClozeNotesIntoCardsTheContentParserAccepts() {
        AnkiCsv.Document doc = AnkiCsv.parse("""
                #separator:Tab
                #html:false
                #notetype column:1
                #deck:Networking
                #tags column:4
                Basic\tWhat is TCP?\tA transport protocol\tnet
                Cloze\tLinux keeps TIME_WAIT for {{c1::60 seconds}}\tTCP_TIMEWAIT_LEN\ttcp
                """);
        CsvTopic.Result result = CsvTopic.build(doc, "anki-net", null, Set.of());
        ContentFolder.Snapshot snapshot = check(result);
        assertEquals(List.of(), snapshot.problems());
        assertEquals("Networking", snapshot.topics().get(0).titleEn());
        List<String> ids = snapshot.topics().get(0).cards().stream().map(CardSource::id).toList();
        assertEquals(List.of("anki-net-1", "anki-net-2-c1"), ids);
        assertEquals(2, result.count("new"));
        assertTrue(result.markdown().contains("tags: [net, tcp]"));
    }

    @Test
    void shouldReportDuplicatesAndSkippedRecordsWithTheirLines() {
        AnkiCsv.Document doc = AnkiCsv.parse("""
                #separator:Comma
                #notetype:Cloze
                "{{c1::HTTP}} runs over TCP",
                no gap here,
                "{{c1::http}} runs over tcp",
                ,extra only
                """);
        CsvTopic.Result result = CsvTopic.build(doc, "web", "Web", Set.of());
        assertEquals(List.of(
                new CsvTopic.Outcome(3, "new", "web-1", null),
                new CsvTopic.Outcome(4, "skipped", null, "A Cloze note without any {{c1::…}} gap."),
                new CsvTopic.Outcome(5, "duplicate", null, "Same text as line 3."),
                new CsvTopic.Outcome(6, "skipped", null, "The first field is empty.")), result.rows());
    }

    @Test
    void shouldReportAnIdTheSiteAlreadyHasAsADuplicate() {
        AnkiCsv.Document doc = AnkiCsv.parse("#separator:Comma\nQ1,A1\nQ2,A2\n");
        CsvTopic.Result result = CsvTopic.build(doc, "net", null, Set.of("net-1"));
        assertEquals("duplicate", result.rows().get(0).status());
        assertEquals("new", result.rows().get(1).status());
        assertFalse(result.markdown().contains("basic net-1\n"));
        CsvTopic.Result cloze = CsvTopic.build(AnkiCsv.parse("#separator:Tab\n#notetype:Cloze\n{{c1::a}}\n"),
                "net", null, Set.of("net-1-c1"));
        assertEquals("The site already has a card net-1-c1.", cloze.rows().get(0).reason());
    }

    @Test
    void shouldRejectTheWholeFileForAWrongColumnCountOrAnUnknownNotetype() {
        CsvFormatException columns = assertThrows(CsvFormatException.class, () -> CsvTopic.build(
                AnkiCsv.parse("#separator:Comma\n#columns:Front,Back\nQ,A\nQ2,A2,extra\nQ3\n"), "t", null, Set.of()));
        assertEquals(List.of(4, 5), columns.problems().stream().map(CsvFormatException.LineProblem::line).toList());
        CsvFormatException type = assertThrows(CsvFormatException.class, () -> CsvTopic.build(
                AnkiCsv.parse("#separator:Comma\n#notetype:Image Occlusion\nQ,A\n"), "t", null, Set.of()));
        assertEquals(3, type.problems().get(0).line());
        assertTrue(type.getMessage().contains("Image Occlusion"));
    }

    @Test
    void shouldEscapePlainTextAndKeepHtmlWhenTheFileSaysHtml() {
        assertEquals("a &lt;b&gt; \\*c\\*", CsvTopic.markdown("a <b> *c*", false));
        assertEquals("<b>bold</b>\nnext", CsvTopic.markdown("<b>bold</b><br>next", true));
        assertEquals("one\n\u200BA: not a label", CsvTopic.markdown("one\nA: not a label", false),
                "a line inside a field must not start a new field");
        assertEquals("x\n\u200B```", CsvTopic.markdown("x<br>```", true), "an HTML field cannot open a code block");
    }

    @Test
    void shouldKeepAMultiLineAnswerInsideItsCard() {
        AnkiCsv.Document doc = AnkiCsv.parse("#separator:Comma\n\"Why?\",\"line one\n### basic other\nQ: x\"\n");
        ContentFolder.Snapshot snapshot = check(CsvTopic.build(doc, "multi", null, Set.of()));
        assertEquals(List.of(), snapshot.problems());
        assertEquals(1, snapshot.topics().get(0).cards().size());
    }

    @Test
    void shouldImportWhatAnExportWroteWithItsExtraColumns() {
        List<String> columns = List.of("Front", "Back", "Tags", "Card", "Due");
        String csv = AnkiCsv.write(new AnkiCsv.Header(',', true, columns, "Basic", "PrepDeck", 3, null, null),
                List.of(List.of("<p>Why, \"really\"?</p>", "<p>Because\nof RFC 9293</p>", "prepdeck tcp", "tw-why",
                        "2026-12-04T00:00:00Z")));
        CsvTopic.Result result = CsvTopic.build(AnkiCsv.parse(csv), "again", null, Set.of());
        ContentFolder.Snapshot snapshot = check(result);
        assertEquals(List.of(), snapshot.problems());
        CardSource card = snapshot.topics().get(0).cards().get(0);
        assertEquals("again-1", card.id());
        assertTrue(result.markdown().contains("Q: <p>Why, \"really\"?</p>"), result.markdown());
        assertTrue(result.markdown().contains("A: <p>Because\nof RFC 9293</p>"), result.markdown());
        assertEquals("PrepDeck", snapshot.topics().get(0).titleEn());
    }
}
