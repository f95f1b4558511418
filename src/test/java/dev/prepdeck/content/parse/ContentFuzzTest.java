package dev.prepdeck.content.parse;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

/** Generated malformed topic files never make the parser or renderer throw, and nothing it keeps is unstorable. */
class ContentFuzzTest {

    private static final long SEED = 20261203L;
    private static final int FILES = 250;

    @Test
    void shouldNeverThrowAndOnlyKeepWhatTheDatabaseCanStore() {
        MalformedTopics generator = new MalformedTopics(SEED);
        for (int n = 0; n < FILES; n++) {
            int i = n;
            String name = "fuzz-" + i + ".md";
            String text = generator.next("fz" + i);
            Map<String, String> files = new TreeMap<>(Map.of(name, text, "good.md", MalformedTopics.valid("good")));
            ContentFolder.Snapshot snapshot = assertDoesNotThrow(() -> ContentFolder.check(files, List.of()),
                    () -> "file " + i + " of seed " + SEED + ":\n" + text);
            assertTrue(snapshot.topics().stream().anyMatch(t -> t.id().equals("good")),
                    () -> "a bad file kept the good one from loading (file " + i + ")");
            for (TopicSource topic : snapshot.topics()) {
                assertStorable(topic, i);
                if (topic.id().equals("good")) {
                    continue;
                }
                for (CardSource card : topic.cards()) {
                    assertTrue(card.id().length() <= ContentLimits.CARD_ID, () -> card.id());
                    assertDoesNotThrow(() -> CardRenderer.render(card, "/content-files/"),
                            () -> "card " + card.id() + " of file " + i + ":\n" + text);
                }
                assertDoesNotThrow(() -> MarkdownRenderer.render(topic.body(), "/content-files/"));
            }
        }
    }

    @Test
    void shouldGenerateFilesThatExerciseEveryLimit() {
        MalformedTopics generator = new MalformedTopics(SEED);
        StringBuilder messages = new StringBuilder();
        for (int i = 0; i < FILES; i++) {
            TopicParser.parse("f.md", generator.next("fz" + i)).problems().forEach(p -> messages.append(p.message()));
        }
        String all = messages.toString();
        for (String expected : List.of("The topic id", "The Korean title", "The category", "The tags", "The card id",
                "private-use character", "gap numbers go from 1", "NUL character")) {
            assertTrue(all.contains(expected), () -> "no generated file hit: " + expected);
        }
    }

    private static void assertStorable(TopicSource topic, int i) {
        String where = "file " + i + ", topic " + topic.id();
        assertTrue(topic.id().length() <= ContentLimits.TOPIC_ID, where);
        assertTrue(topic.titleKo().length() <= ContentLimits.TITLE, where);
        assertTrue(topic.titleEn().length() <= ContentLimits.TITLE, where);
        assertTrue(topic.category().length() <= ContentLimits.CATEGORY, where);
        assertTrue(String.join(",", topic.tags()).length() <= ContentLimits.TAGS, where);
        assertEquals(-1, topic.body().indexOf('\0'), where);
    }
}
