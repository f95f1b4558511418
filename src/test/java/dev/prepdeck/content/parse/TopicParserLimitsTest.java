package dev.prepdeck.content.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

/** Values the database could not store are content problems with a line number, not a failed import. */
class TopicParserLimitsTest {

    private static final String GOOD_CARD = "### basic ok-card\nQ: q\n\nA: a\n";

    private static String file(String id, String titleKo, String titleEn, String category, String tags, String cards) {
        return "---\nid: " + id + "\ntitle:\n  ko: " + titleKo + "\n  en: " + titleEn + "\ncategory: " + category
                + "\ntags: [" + tags + "]\n---\nBody.\n\n## Cards\n\n" + cards;
    }

    private static String withCards(String cards) {
        return file("limits", "제목", "Title", "network", "tcp", cards);
    }

    private static ContentProblem onlyProblem(TopicParser.Result result) {
        assertEquals(1, result.problems().size(), () -> "problems: " + result.problems());
        return result.problems().get(0);
    }

    private static void assertTopicSkipped(TopicParser.Result result, int line, String... fragments) {
        assertNull(result.topic(), "a topic the database cannot hold is not handed to the import");
        ContentProblem problem = onlyProblem(result);
        assertEquals(line, problem.line(), problem::toString);
        for (String fragment : fragments) {
            assertTrue(problem.message().contains(fragment), problem::message);
        }
    }

    private static void assertCardSkipped(TopicParser.Result result, int line, String... fragments) {
        assertNotNull(result.topic(), "the rest of the topic still loads");
        assertEquals(List.of("ok-card"), result.topic().cards().stream().map(CardSource::id).toList());
        ContentProblem problem = onlyProblem(result);
        assertEquals(line, problem.line(), problem::toString);
        for (String fragment : fragments) {
            assertTrue(problem.message().contains(fragment), problem::message);
        }
    }

    @Test
    void shouldAcceptValuesExactlyAtTheColumnSizes() {
        String cardId = "c".repeat(ContentLimits.CARD_ID);
        TopicParser.Result result = TopicParser.parse("max.md", file("t".repeat(ContentLimits.TOPIC_ID),
                "가".repeat(ContentLimits.TITLE), "T".repeat(ContentLimits.TITLE), "n".repeat(ContentLimits.CATEGORY),
                "x".repeat(ContentLimits.TAGS), "### basic " + cardId + "\nQ: q\n\nA: a\n"));
        assertEquals(List.of(), result.problems());
        assertEquals(cardId, result.topic().cards().get(0).id());
    }

    @Test
    void shouldSkipATopicWhoseCategoryIsLongerThan100Characters() {
        TopicParser.Result result = TopicParser.parse("cat.md",
                file("cat", "제목", "Title", "n".repeat(101), "tcp", GOOD_CARD));
        assertTopicSkipped(result, 6, "The category", "101 characters", "at most 100");
    }

    @Test
    void shouldSkipATopicWhoseKoreanTitleIsLongerThan500Characters() {
        TopicParser.Result result = TopicParser.parse("t.md", file("t", "가".repeat(501), "Title", "n", "", GOOD_CARD));
        assertTopicSkipped(result, 3, "The Korean title", "501 characters", "at most 500");
    }

    @Test
    void shouldSkipATopicWhoseEnglishTitleIsLongerThan500Characters() {
        TopicParser.Result result = TopicParser.parse("t.md", file("t", "제목", "T".repeat(600), "n", "", GOOD_CARD));
        assertTopicSkipped(result, 3, "The English title", "600 characters");
    }

    @Test
    void shouldSkipATopicWhoseIdIsLongerThan100Characters() {
        TopicParser.Result result = TopicParser.parse("id.md", file("a".repeat(101), "제목", "Title", "n", "", GOOD_CARD));
        assertTopicSkipped(result, 2, "The topic id", "101 characters", "at most 100");
        assertTrue(result.problems().get(0).message().length() < 300, "the message quotes the id cut short");
    }

    @Test
    void shouldSkipATopicWhoseTagsAreLongerThan1000Characters() {
        String tags = String.join(", ", java.util.Collections.nCopies(200, "tag-x"));
        TopicParser.Result result = TopicParser.parse("tags.md", file("tags", "제목", "Title", "n", tags, GOOD_CARD));
        assertTopicSkipped(result, 7, "The tags", "1199 characters", "at most 1000");
    }

    @Test
    void shouldSkipACardWhoseIdIsLongerThan150Characters() {
        TopicParser.Result result = TopicParser.parse("card.md",
                withCards(GOOD_CARD + "\n### basic " + "b".repeat(151) + "\nQ: q\n\nA: a\n"));
        assertCardSkipped(result, 18, "The card id", "151 characters", "at most 150");
    }

    @Test
    void shouldSkipAClozeWhoseGapSuffixMakesTheIdTooLong() {
        TopicParser.Result result = TopicParser.parse("card.md",
                withCards(GOOD_CARD + "\n### cloze " + "z".repeat(148) + "\nText: {{c1::가}}\n"));
        assertCardSkipped(result, 18, "-c<n>", "151 characters");
    }

    @Test
    void shouldSkipAClozeHoldingAPrivateUseCharacter() {
        TopicParser.Result result = TopicParser.parse("pua.md",
                withCards(GOOD_CARD + "\n### cloze pua\nText: {{c1::가}} 그리고\n\n 둘째 줄 \uE0000\uE001 끝\n"));
        assertCardSkipped(result, 21, "private-use character U+E000", "'pua'");
    }

    @Test
    void shouldSkipAClozeWhoseGapNumberIsBeyondAnInt() {
        TopicParser.Result result = TopicParser.parse("big.md",
                withCards(GOOD_CARD + "\n### cloze big\nText: {{c1::가}} {{c99999999999::나}}\n"));
        assertCardSkipped(result, 19, "c99999999999", "from 1 to 999");
    }

    @Test
    void shouldSkipAClozeWhoseEnglishGapNumberIsTooHigh() {
        TopicParser.Result result = TopicParser.parse("big.md",
                withCards(GOOD_CARD + "\n### cloze big\nText: {{c1::가}}\n\nText.en: {{c1000::a}}\n"));
        assertCardSkipped(result, 21, "c1000");
    }

    @Test
    void shouldSkipAFileHoldingANulCharacter() {
        TopicParser.Result result = TopicParser.parse("nul.md", withCards(GOOD_CARD + "\n### basic n\nQ: a\0b\n\nA: a\n"));
        assertTopicSkipped(result, 19, "NUL");
    }

    @Test
    void shouldSkipAFileWhosePathIsLongerThanTheColumn() {
        String path = "deep/".repeat(100) + "t.md";
        TopicParser.Result result = TopicParser.parse(path, withCards(GOOD_CARD));
        assertTopicSkipped(result, 1, "504 characters", "at most 500");
    }
}
