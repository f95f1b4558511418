package dev.prepdeck.content.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.util.Map;

import org.junit.jupiter.api.Test;

class CardIdsTest {

    private static final String TOPIC = """
            ---
            id: tcp-topic
            title:
              ko: 주제
              en: Topic
            category: network
            ---
            ### basic
            not a card: the model answer may hold any heading

            ## Cards

            ### basic
            Q: q

            ```
            ### cloze
            ```

            ### cloze kept-id
            Text: {{c1::x}}

            ## Quick cards

            front::back

            kept::id ^kept-quick

            question
            ?
            answer

            ## Sources
            a::b
            """;

    @Test
    void shouldGiveIdsOnlyToCardsThatLackOne() {
        int[] n = { 0 };
        CardIds.Filled filled = CardIds.fill(TOPIC, () -> "id" + (++n[0]));
        assertEquals(3, filled.added());
        String expected = TOPIC.replaceFirst("(## Cards\n\n### basic)", "$1 tcp-topic-id1")
                .replace("front::back", "front::back ^tcp-topic-id2")
                .replace("?\nanswer", "?\nanswer ^tcp-topic-id3");
        assertEquals(expected, filled.markdown());
    }

    @Test
    void shouldReadTheDeclaredTopicIdFromTheFrontMatterOnly() {
        assertEquals("tcp-topic", CardIds.declaredTopicId(TOPIC));
        assertNull(CardIds.declaredTopicId("# no front matter\nid: x\n"));
    }

    @Test
    void shouldSkipFolderFilesOfSiteOwnedTopicsWithANoteAndAddTheSiteTexts() {
        SiteContent.Combined combined = SiteContent.combine(
                Map.of("a.md", TOPIC, "b.md", TOPIC.replace("id: tcp-topic", "id: other")),
                Map.of("tcp-topic", new SiteContent.SiteText("a.md", "site text"),
                        "new-one", new SiteContent.SiteText("@site/new-one.md", "new text")));
        assertEquals(Map.of("a.md", "site text", "b.md", TOPIC.replace("id: tcp-topic", "id: other"),
                "@site/new-one.md", "new text"), combined.files());
        assertEquals(1, combined.notes().size());
        assertEquals("a.md", combined.notes().get(0).file());
    }
}
