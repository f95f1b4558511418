package dev.prepdeck.content.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class TopicParserTest {

    private static final String FRONT = """
            ---
            id: sample
            title:
              ko: 샘플 주제
              en: Sample topic
            category: network
            tags: [tcp, "close"]
            demo: time-wait
            order: 3
            ---
            """;

    private static TopicParser.Result parse(String cards) {
        return TopicParser.parse("sample.md", FRONT + "# Model answer\n\nBody text.\n\n## Cards\n\n" + cards);
    }

    private static CardSource only(TopicParser.Result result) {
        assertEquals(List.of(), result.problems());
        assertEquals(1, result.topic().cards().size());
        return result.topic().cards().get(0);
    }

    private static void assertOneProblem(TopicParser.Result result, int line, String fragment) {
        assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
        ContentProblem problem = result.problems().get(0);
        assertEquals("sample.md", problem.file());
        assertEquals(line, problem.line(), () -> "line of " + problem);
        assertTrue(problem.message().contains(fragment), () -> problem.message());
    }

    @Test
    void shouldReadFrontMatterWithBilingualTitleTagsDemoAndOrder() {
        TopicSource topic = parse("### basic a\nQ: q\n\nA: a\n").topic();
        assertEquals("sample", topic.id());
        assertEquals("샘플 주제", topic.titleKo());
        assertEquals("Sample topic", topic.titleEn());
        assertEquals("network", topic.category());
        assertEquals(List.of("tcp", "close"), topic.tags());
        assertEquals("time-wait", topic.demo());
        assertEquals(3, topic.order());
    }

    @Test
    void shouldKeepSectionsAfterTheCardsInTheModelAnswer() {
        TopicSource topic = parse("### basic a\nQ: q\n\nA: a\n\n## Sources\n\n- RFC 9293\n").topic();
        assertTrue(topic.body().contains("Body text."));
        assertTrue(topic.body().contains("## Sources"));
        assertTrue(topic.body().contains("RFC 9293"));
        assertFalse(topic.body().contains("Q: q"));
    }

    @Test
    void shouldParseBasicCardWithMultiParagraphAnswerAndEnglishVersion() {
        CardSource card = only(parse("""
                ### basic tw-why
                Q: 왜 필요한가?

                A: 첫째 이유.

                둘째 이유.

                - 목록도 된다

                Q.en: Why is it needed?

                A.en: First reason.

                Second reason.
                """));
        assertEquals(CardKind.BASIC, card.kind());
        assertEquals("tw-why", card.id());
        assertEquals("왜 필요한가?", card.question().ko());
        assertEquals("Why is it needed?", card.question().en());
        assertTrue(card.answer().ko().contains("첫째 이유.\n\n둘째 이유.\n\n- 목록도 된다"));
        assertEquals("First reason.\n\nSecond reason.", card.answer().en());
    }

    @Test
    void shouldNotTreatFieldLabelsInsideCodeBlocksAsNewFields() {
        CardSource card = only(parse("""
                ### basic code
                Q: 출력은?

                A:
                ```
                A: not a field
                ### not a card
                ```
                """));
        assertTrue(card.answer().ko().contains("A: not a field"));
        assertTrue(card.answer().ko().contains("### not a card"));
    }

    @Test
    void shouldTurnEachClozeNumberIntoItsOwnCard() {
        TopicParser.Result result = parse("""
                ### cloze tw-linux
                Text: 리눅스는 {{c1::60초}} 동안 유지하며 상수 {{c2::TCP_TIMEWAIT_LEN::상수}}와 {{c1::고정}}이다.

                Text.en: Linux keeps it {{c1::60 s}}, constant {{c2::TCP_TIMEWAIT_LEN}}, {{c1::fixed}}.
                """);
        assertEquals(List.of(), result.problems());
        List<CardSource> cards = result.topic().cards();
        assertEquals(List.of("tw-linux-c1", "tw-linux-c2"), cards.stream().map(CardSource::id).toList());
        assertEquals(1, cards.get(0).clozeIndex());
        assertEquals(2, cards.get(1).clozeIndex());
        assertTrue(cards.stream().allMatch(c -> c.noteId().equals("tw-linux")));
    }

    @Test
    void shouldNumberUnnumberedGapsInOrderOfAppearance() {
        TopicParser.Result result = parse("### cloze gaps\nText: {{first}} and {{c1::one}} and {{second}}\n");
        assertEquals(List.of("gaps-c1", "gaps-c2", "gaps-c3"),
                result.topic().cards().stream().map(CardSource::id).toList());
    }

    @Test
    void shouldRejectClozeWithoutDeletion() {
        assertOneProblem(parse("### basic ok\nQ: q\n\nA: a\n\n### cloze empty\nText: 빈칸이 없는 문장.\n"), 23, "no gap");
    }

    @Test
    void shouldParseChoiceWithSeveralCorrectOptionsAndAnExplanationEach() {
        CardSource card = only(parse("""
                ### choice pick
                Q: 맞는 것을 모두 고르시오.

                Options:
                - [x] 첫째
                  이것은 맞다.
                - [ ] 둘째
                  이것은 틀리다.
                - [X] 셋째

                Options.en:
                - [x] First
                  Right.
                - [ ] Second
                  Wrong.
                - [x] Third
                """));
        assertEquals(CardKind.CHOICE, card.kind());
        assertEquals(3, card.options().size());
        assertEquals(List.of(true, false, true), card.options().stream().map(ChoiceOption::correct).toList());
        assertEquals("이것은 맞다.", card.options().get(0).explanation());
        assertNull(card.options().get(2).explanation());
        assertEquals("Wrong.", card.optionsEn().get(1).explanation());
    }

    @Test
    void shouldRejectChoiceWithoutCorrectOption() {
        assertOneProblem(parse("### choice none\nQ: q\n\nOptions:\n- [ ] a\n- [ ] b\n"), 20, "no correct option");
    }

    @Test
    void shouldKeepOrderingStepsInTheirCorrectOrder() {
        CardSource card = only(parse("""
                ### order steps
                Q: 순서는?

                Steps:
                1. DNS
                2. TCP
                3. TLS
                4. HTTP

                Steps.en:
                1. DNS lookup
                2. TCP handshake
                3. TLS handshake
                4. HTTP request
                """));
        assertEquals(List.of("DNS", "TCP", "TLS", "HTTP"), card.steps());
        assertEquals("HTTP request", card.stepsEn().get(3));
    }

    @Test
    void shouldRejectOrderingWithASingleStep() {
        assertOneProblem(parse("### order one\nQ: q\n\nSteps:\n1. only\n"), 20, "at least two");
    }

    @Test
    void shouldLinkFollowUpToTheCardItFollows() {
        TopicParser.Result result = parse("""
                ### basic parent
                Q: 주 질문

                A: 답

                ### followup child
                Follows: parent
                Q: 꼬리 질문

                A: 꼬리 답
                """);
        assertEquals(List.of(), result.problems());
        CardSource child = result.topic().cards().get(1);
        assertEquals(CardKind.FOLLOWUP, child.kind());
        assertEquals("parent", child.follows());
    }

    @Test
    void shouldRejectFollowUpThatNamesNoParent() {
        assertOneProblem(parse("### followup orphan\nQ: q\n\nA: a\n"), 17, "Follows:");
    }

    @Test
    void shouldRejectUnknownCardKindAndKeepTheOthers() {
        TopicParser.Result result = parse("### flashcard odd\nQ: q\n\nA: a\n\n### basic good\nQ: q\n\nA: a\n");
        assertOneProblem(result, 17, "Unknown card kind 'flashcard'");
        assertEquals(List.of("good"), result.topic().cards().stream().map(CardSource::id).toList());
    }

    @Test
    void shouldReportACardWithoutAnId() {
        assertOneProblem(parse("### basic\nQ: q\n\nA: a\n"), 17, "no id");
    }

    @Test
    void shouldReportAMissingAnswer() {
        assertOneProblem(parse("### basic lonely\nQ: 질문만 있다\n"), 17, "no answer");
    }

    @Test
    void shouldAcceptObsidianOneLinersAndReversedCards() {
        TopicParser.Result result = TopicParser.parse("s.md", FRONT + """
                ## Quick cards

                TIME_WAIT에 들어가는 쪽은?::능동 종료 측 ^q-who
                MSL:::Maximum Segment Lifetime ^q-msl
                """);
        assertEquals(List.of(), result.problems());
        List<CardSource> cards = result.topic().cards();
        assertEquals(List.of("q-who", "q-msl", "q-msl-rev"), cards.stream().map(CardSource::id).toList());
        assertEquals("TIME_WAIT에 들어가는 쪽은?", cards.get(0).question().ko());
        assertEquals("능동 종료 측", cards.get(0).answer().ko());
        assertEquals("Maximum Segment Lifetime", cards.get(2).question().ko());
        assertEquals("MSL", cards.get(2).answer().ko());
    }

    @Test
    void shouldAcceptObsidianMultiLineCardsAndTreatAKoreanQuestionMarkAsProse() {
        TopicParser.Result result = TopicParser.parse("s.md", FRONT + """
                ## Quick cards

                리눅스에서 TIME_WAIT 길이를 바꾸는 sysctl이 있는가?
                정말로?
                ?
                없다.
                `tcp_fin_timeout`은 FIN_WAIT2 시간이다. ^q-sysctl

                양방향 질문
                ??
                양방향 답 ^q-both
                """);
        assertEquals(List.of(), result.problems());
        List<CardSource> cards = result.topic().cards();
        assertEquals(List.of("q-sysctl", "q-both", "q-both-rev"), cards.stream().map(CardSource::id).toList());
        assertEquals("리눅스에서 TIME_WAIT 길이를 바꾸는 sysctl이 있는가?\n정말로?", cards.get(0).question().ko());
        assertEquals("없다.\n`tcp_fin_timeout`은 FIN_WAIT2 시간이다.", cards.get(0).answer().ko());
    }

    @Test
    void shouldReportAQuickCardWithoutAnId() {
        TopicParser.Result result = TopicParser.parse("s.md", FRONT + "## Quick cards\n\n질문::답\n");
        assertEquals(1, result.problems().size());
        assertEquals(13, result.problems().get(0).line());
        assertTrue(result.problems().get(0).message().contains("no id"));
    }

    @Test
    void shouldRefuseAFileWithoutFrontMatter() {
        TopicParser.Result result = TopicParser.parse("bad.md", "# Just a heading\n");
        assertNull(result.topic());
        assertEquals(1, result.problems().get(0).line());
        assertTrue(result.problems().get(0).message().contains("front matter"));
    }

    @Test
    void shouldRefuseFrontMatterWithoutEnglishTitle() {
        TopicParser.Result result = TopicParser.parse("bad.md", "---\nid: x\ntitle:\n  ko: 제목\ncategory: c\n---\n");
        assertNull(result.topic());
        assertEquals(3, result.problems().get(0).line());
        assertTrue(result.problems().get(0).message().contains("'ko' and 'en'"));
    }

    @Test
    void shouldRefuseFrontMatterThatIsNotKeyValue() {
        TopicParser.Result result = TopicParser.parse("bad.md", "---\nid: x\nthis is not yaml\n---\n");
        assertNull(result.topic());
        assertEquals(3, result.problems().get(0).line());
    }

    @Test
    void shouldReportAnUnknownDemoButStillLoadTheTopic() {
        TopicParser.Result result = TopicParser.parse("d.md",
                "---\nid: x\ntitle:\n  ko: 가\n  en: A\ncategory: c\ndemo: laser\n---\n## Cards\n### basic a\nQ: q\n\nA: a\n");
        assertNotNull(result.topic());
        assertNull(result.topic().demo());
        assertEquals(7, result.problems().get(0).line());
    }
}
