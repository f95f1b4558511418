package dev.prepdeck.content.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** The English side of a topic file: the English model answer section and the {@code en:} lines of quick cards. */
class TopicParserEnglishTest {

    /** Front matter of seven lines, so the first line after it is line 8. */
    private static final String FRONT = "---\nid: sample\ntitle:\n  ko: 샘플 주제\n  en: Sample topic\ncategory: network\n---\n";

    private static TopicParser.Result parse(String rest) {
        return TopicParser.parse("sample.md", FRONT + rest);
    }

    private static void assertOneProblem(TopicParser.Result result, int line, String fragment) {
        assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
        ContentProblem problem = result.problems().get(0);
        assertEquals(line, problem.line(), () -> "line of " + problem);
        assertTrue(problem.message().contains(fragment), problem::message);
    }

    @Test
    void shouldKeepTheEnglishModelAnswerApartFromTheKoreanOne() {
        TopicParser.Result result = parse("""
                # 한국어 제목

                한국어 본문.

                ## Model answer (English)

                ### English title

                English body.

                ```text
                ## not a heading inside a code block
                ```

                ## Cards

                ### basic a
                Q: q

                A: a

                ## 참고 자료 (Sources)

                - RFC 9293
                """);
        assertEquals(List.of(), result.problems());
        TopicSource topic = result.topic();
        assertTrue(topic.body().contains("한국어 본문."));
        assertTrue(topic.body().contains("RFC 9293"), "a later section belongs to the Korean answer again");
        assertFalse(topic.body().contains("English body."));
        assertTrue(topic.bodyEn().startsWith("### English title"), topic::bodyEn);
        assertTrue(topic.bodyEn().contains("## not a heading inside a code block"));
        assertFalse(topic.bodyEn().contains("한국어"));
        assertFalse(topic.bodyEn().contains("RFC 9293"));
        assertEquals(1, topic.cards().size());
    }

    @Test
    void shouldAcceptTheKoreanNameOfTheEnglishSectionInAnyCase() {
        TopicSource topic = parse("본문\n\n## 모범 답안 (ENGLISH)\n\nBody.\n\n## Cards\n### basic a\nQ: q\n\nA: a\n").topic();
        assertEquals("Body.\n", topic.bodyEn());
    }

    @Test
    void shouldLeaveTheEnglishAnswerNullWhenTheFileGivesNone() {
        TopicSource topic = parse("본문\n\n## Cards\n### basic a\nQ: q\n\nA: a\n").topic();
        assertNull(topic.bodyEn());
    }

    @Test
    void shouldReportAnEmptyEnglishModelAnswer() {
        TopicParser.Result result = parse("본문\n\n## Model answer (English)\n\n## Cards\n### basic a\nQ: q\n\nA: a\n");
        assertOneProblem(result, 10, "English model answer is empty");
        assertNull(result.topic().bodyEn());
    }

    @Test
    void shouldReportASecondEnglishModelAnswerAndKeepTheFirst() {
        TopicParser.Result result = parse("""
                본문

                ## Model answer (English)

                First.

                ## Model answer (English)

                Second.

                ## Cards
                ### basic a
                Q: q

                A: a
                """);
        assertOneProblem(result, 14, "begun at line 10");
        assertEquals("First.\n", result.topic().bodyEn());
        assertFalse(result.topic().body().contains("Second."));
    }

    @Test
    void shouldChangeTheTopicFingerprintWhenOnlyTheEnglishAnswerChanges() {
        String before = parse("본문\n\n## Model answer (English)\n\nOne.\n\n## Cards\n### basic a\nQ: q\n\nA: a\n")
                .topic().fingerprint();
        String after = parse("본문\n\n## Model answer (English)\n\nTwo.\n\n## Cards\n### basic a\nQ: q\n\nA: a\n")
                .topic().fingerprint();
        assertFalse(before.equals(after));
    }

    @Test
    void shouldGiveOneLineQuickCardsAnEnglishSideFromTheEnLineBelow() {
        TopicParser.Result result = parse("""
                ## Quick cards

                TIME_WAIT에 들어가는 쪽은?::능동 종료 측 ^q-who
                en: Who enters TIME_WAIT?::The active closer
                MSL:::최대 세그먼트 수명 ^q-msl
                  en: MSL:::Maximum Segment Lifetime ^q-msl
                없음::영어 없음 ^q-plain
                """);
        assertEquals(List.of(), result.problems());
        List<CardSource> cards = result.topic().cards();
        assertEquals(List.of("q-who", "q-msl", "q-msl-rev", "q-plain"), cards.stream().map(CardSource::id).toList());
        assertEquals(new Localized("TIME_WAIT에 들어가는 쪽은?", "Who enters TIME_WAIT?"), cards.get(0).question());
        assertEquals(new Localized("능동 종료 측", "The active closer"), cards.get(0).answer());
        assertEquals(new Localized("최대 세그먼트 수명", "Maximum Segment Lifetime"), cards.get(2).question());
        assertEquals(new Localized("MSL", "MSL"), cards.get(2).answer());
        assertNull(cards.get(3).question().en());
        assertTrue(CardRenderer.render(cards.get(0), "/content-files/").hasEnglish());
        assertFalse(CardRenderer.render(cards.get(3), "/content-files/").hasEnglish());
    }

    @Test
    void shouldGiveMultiLineQuickCardsAnEnglishSideInTheSameShape() {
        TopicParser.Result result = parse("""
                ## Quick cards

                TIME_WAIT 길이를 바꾸는 sysctl이 있는가?
                ?
                없다.
                `tcp_fin_timeout`은 FIN_WAIT2 시간이다. ^q-sysctl
                en: Is there a sysctl for the length of TIME_WAIT?
                ?
                No.
                `tcp_fin_timeout` is the FIN_WAIT2 time.
                """);
        assertEquals(List.of(), result.problems());
        CardSource card = result.topic().cards().get(0);
        assertEquals("Is there a sysctl for the length of TIME_WAIT?", card.question().en());
        assertEquals("No.\n`tcp_fin_timeout` is the FIN_WAIT2 time.", card.answer().en());
        assertEquals("없다.\n`tcp_fin_timeout`은 FIN_WAIT2 시간이다.", card.answer().ko());
    }

    @Test
    void shouldIgnoreAnEnglishSideOfAnotherShapeAndSayWhy() {
        TopicParser.Result result = parse("""
                ## Quick cards

                MSL:::최대 세그먼트 수명 ^q-msl
                en: MSL::Maximum Segment Lifetime
                """);
        assertOneProblem(result, 11, "two-way in Korean but one-way in English");
        assertEquals(List.of("q-msl", "q-msl-rev"), result.topic().cards().stream().map(CardSource::id).toList());
        assertNull(result.topic().cards().get(0).question().en());
    }

    @Test
    void shouldReportAnEnglishLineWithoutACardAboveIt() {
        TopicParser.Result result = parse("## Quick cards\n\nen: Lonely::line\n");
        assertOneProblem(result, 10, "no card there");
        assertEquals(List.of(), result.topic().cards());
    }

    @Test
    void shouldReportAnEnglishLineThatNamesAnotherId() {
        TopicParser.Result result = parse("## Quick cards\n\n질문::답 ^q-a\nen: Question::Answer ^q-b\n");
        assertOneProblem(result, 11, "names the id 'q-b'");
        assertNull(result.topic().cards().get(0).question().en());
    }

    @Test
    void shouldReportAMultiLineEnglishSideWithoutASeparator() {
        TopicParser.Result result = parse("## Quick cards\n\n질문\n?\n답 ^q-a\nen: Question\nAnswer\n");
        assertOneProblem(result, 13, "a line with only '?'");
        assertNull(result.topic().cards().get(0).question().en());
    }
}
