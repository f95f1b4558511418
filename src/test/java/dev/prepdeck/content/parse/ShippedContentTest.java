package dev.prepdeck.content.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The one test that reads the shipped {@code content/} folder: it must import without a single problem, and every
 * card a candidate meets must have English, a source and (where an interviewer listens for terms) key concepts.
 * Every other test runs on the fixture under {@code src/test/resources/content}, so mentors can edit freely.
 */
class ShippedContentTest {

    private static final Pattern HANGUL = Pattern.compile("[\\uAC00-\\uD7A3]");
    private static final Pattern BLOCK_ID = Pattern.compile("\\^([a-z0-9-]+)\\s*$", Pattern.MULTILINE);

    private static ContentFolder.Snapshot shipped;
    /** Ids of the quick cards (and their reversed cards): they have no Extra: and show no source. */
    private static final Set<String> quick = new HashSet<>();

    @BeforeAll
    static void read() throws IOException {
        shipped = ContentFolder.read(Path.of("content"));
        for (TopicSource topic : shipped.topics()) {
            Matcher m = BLOCK_ID.matcher(Files.readString(Path.of("content", topic.file())));
            while (m.find()) {
                quick.add(m.group(1));
                quick.add(m.group(1) + "-rev");
            }
        }
    }

    private static List<CardSource> cards() {
        return shipped.topics().stream().flatMap(t -> t.cards().stream()).toList();
    }

    @Test
    void shouldImportTheShippedFolderWithoutAnyProblem() {
        assertEquals(List.of(), shipped.problems());
        assertFalse(shipped.topics().isEmpty(), "the shipped folder has topics");
    }

    @Test
    void shouldGiveEveryTopicAnEnglishModelAnswerWithoutKorean() {
        for (TopicSource topic : shipped.topics()) {
            assertTrue(topic.bodyEn() != null, topic.file() + " has no '## Model answer (English)'");
            assertFalse(HANGUL.matcher(topic.bodyEn()).find(), topic.file() + ": the English model answer holds Korean");
        }
    }

    @Test
    void shouldGiveEveryCardAnEnglishSide() {
        List<String> missing = new ArrayList<>();
        for (CardSource card : cards()) {
            if (!CardRenderer.render(card, "/content-files/").hasEnglish()) {
                missing.add(card.id());
            }
        }
        assertEquals(List.of(), missing, "cards without English");
    }

    @Test
    void shouldNameASourceOnEveryStructuredCardInBothLanguages() {
        List<String> missing = new ArrayList<>();
        for (CardSource card : cards()) {
            if (quick.contains(card.id())) {
                continue; // content/README.md: quick cards have no Extra: and show no source
            }
            String ko = card.extra().ko();
            String en = card.extra().en();
            if (ko == null || !ko.contains("출처:") || en == null || !en.contains("Source:")) {
                missing.add(card.id());
            }
        }
        assertEquals(List.of(), missing, "structured cards without '출처:' and 'Source:' in Extra");
    }

    @Test
    void shouldListTwoToFiveKeyConceptsOnEveryBasicAndFollowUpCard() {
        List<String> wrong = new ArrayList<>();
        for (CardSource card : cards()) {
            if (!quick.contains(card.id()) && (card.kind() == CardKind.BASIC || card.kind() == CardKind.FOLLOWUP)
                    && (card.keys().size() < 2 || card.keys().size() > 5)) {
                wrong.add(card.id() + " (" + card.keys().size() + ")");
            }
        }
        assertEquals(List.of(), wrong, "basic and follow-up cards need 2–5 key concepts");
    }
}
