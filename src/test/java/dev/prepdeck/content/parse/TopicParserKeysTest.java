package dev.prepdeck.content.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TopicParserKeysTest {

    private static final String FRONT = "---\nid: sample\ntitle:\n  ko: 샘플\n  en: Sample\ncategory: network\n---\n"
            + "# Answer\n\n## Cards\n\n";
    /** Line of the card heading in every topic below; the card's own lines follow it. */
    private static final int HEADING = 12;

    private static TopicParser.Result parse(String cards) {
        return TopicParser.parse("sample.md", FRONT + cards);
    }

    private static CardSource only(TopicParser.Result result) {
        assertEquals(1, result.topic().cards().size());
        return result.topic().cards().get(0);
    }

    private static void assertKeysDropped(TopicParser.Result result, int line, String fragment) {
        assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
        ContentProblem problem = result.problems().get(0);
        assertEquals(line, problem.line(), () -> "line of " + problem);
        assertTrue(problem.message().contains(fragment), problem::message);
        assertTrue(problem.message().contains("without key concepts"), problem::message);
        assertEquals(List.of(), only(result).keys(), "the card still loads, without key concepts");
    }

    @Test
    void shouldReadEachKeysItemAsOneConceptWithItsKoreanAndEnglishSynonyms() {
        TopicParser.Result result = parse("""
                ### basic tw-why
                Q: 왜 필요한가?

                A: 2MSL 동안 기다린다.

                Keys:
                - 2MSL | 2 MSL | 두 배의 MSL | twice the MSL
                - 지연 세그먼트 |  늦게 도착한   패킷 | delayed segment

                Q.en: Why?

                A.en: It waits twice the MSL.
                """);
        assertEquals(List.of(), result.problems());
        CardSource card = only(result);
        assertEquals(List.of(
                new KeyConcept(List.of("2MSL", "2 MSL", "두 배의 MSL", "twice the MSL")),
                new KeyConcept(List.of("지연 세그먼트", "늦게 도착한 패킷", "delayed segment"))), card.keys());
        assertEquals("2MSL", card.keys().get(0).label());
        assertEquals("Why?", card.question().en(), "the field after the list still belongs to the card");
        assertEquals(card.keys(), CardRenderer.render(card, "/").keys(), "the rendered card keeps its key concepts");
    }

    @Test
    void shouldAcceptKeysOnAFollowUpCard() {
        TopicParser.Result result = parse("### basic p\nQ: q\n\nA: a\n\n### followup f\nFollows: p\nQ: q\n\nA: a\n\n"
                + "Keys:\n- RST | reset\n");
        assertEquals(List.of(), result.problems());
        assertEquals(List.of(new KeyConcept(List.of("RST", "reset"))), result.topic().cards().get(1).keys());
        assertEquals(List.of(), result.topic().cards().get(0).keys());
    }

    @Test
    void shouldChangeTheFingerprintOnlyWhenKeysAreWritten() {
        CardSource plain = only(parse("### basic a\nQ: q\n\nA: a\n"));
        CardSource keyed = only(parse("### basic a\nQ: q\n\nA: a\n\nKeys:\n- x\n"));
        CardSource old = new CardSource("a", CardKind.BASIC, "a", HEADING, plain.question(), plain.answer(), null, 0,
                null, null, null, null, null, plain.extra());
        assertEquals(old.fingerprint(), plain.fingerprint(), "cards without keys are not re-imported as edited");
        assertTrue(!plain.fingerprint().equals(keyed.fingerprint()), "adding keys updates the stored card");
    }

    @Test
    void shouldReportAnEmptyKeysItemOnItsLine() {
        assertKeysDropped(parse("### basic a\nQ: q\n\nA: a\n\nKeys:\n- TIME_WAIT\n-\n- MSL\n"), HEADING + 7, "is empty");
    }

    @Test
    void shouldReportAnItemOfOnlySeparatorsAsEmpty() {
        assertKeysDropped(parse("### basic a\nQ: q\n\nA: a\n\nKeys:\n- | |\n"), HEADING + 6, "is empty");
    }

    @Test
    void shouldReportAnEmptySynonymBetweenSeparators() {
        assertKeysDropped(parse("### basic a\nQ: q\n\nA: a\n\nKeys:\n- MSL || 최대 수명\n"), HEADING + 6, "empty synonym");
    }

    @Test
    void shouldReportALineThatIsNotAListItem() {
        assertKeysDropped(parse("### basic a\nQ: q\n\nA: a\n\nKeys:\n- MSL\nTIME_WAIT, 2MSL\n"), HEADING + 7,
                "is a list");
    }

    @Test
    void shouldReportMoreThanTenConcepts() {
        StringBuilder keys = new StringBuilder();
        for (int i = 1; i <= 11; i++) {
            keys.append("- term").append(i).append(" | 용어").append(i).append('\n');
        }
        assertKeysDropped(parse("### basic a\nQ: q\n\nA: a\n\nKeys:\n" + keys), HEADING + 6, "11 key concepts");
    }

    @Test
    void shouldAcceptExactlyTenConceptsOfTheLongestLength() {
        StringBuilder keys = new StringBuilder();
        for (int i = 0; i < ContentLimits.KEYS; i++) {
            keys.append("- ").append(String.valueOf((char) ('a' + i)).repeat(ContentLimits.KEY_ITEM)).append('\n');
        }
        TopicParser.Result result = parse("### basic a\nQ: q\n\nA: a\n\nKeys:\n" + keys);
        assertEquals(List.of(), result.problems());
        assertEquals(ContentLimits.KEYS, only(result).keys().size());
    }

    @Test
    void shouldReportAnItemLongerThanTheContentLimit() {
        String longItem = "가".repeat(ContentLimits.KEY_ITEM - 3) + " | ab";
        assertKeysDropped(parse("### basic a\nQ: q\n\nA: a\n\nKeys:\n- ok\n- " + longItem + "\n"), HEADING + 7,
                "at most " + ContentLimits.KEY_ITEM);
    }

    @Test
    void shouldReportAKeysFieldWithoutItems() {
        assertKeysDropped(parse("### basic a\nQ: q\n\nA: a\n\nKeys:\n\nQ.en: q\n"), HEADING + 5, "no key concept");
    }

    @Test
    void shouldIgnoreKeysOnACardKindThatIsNotAnswered() {
        TopicParser.Result result = parse("### cloze c\nText: {{c1::60초}}\n\nKeys:\n- 60초\n");
        assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
        assertEquals(HEADING + 3, result.problems().get(0).line());
        assertTrue(result.problems().get(0).message().contains("only applies to basic and followup"));
        assertEquals(List.of(), only(result).keys());
    }
}
