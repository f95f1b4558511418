package dev.prepdeck.content.parse;

import java.util.List;

/** One topic file per value the database cannot hold, with the line and words its problem must name. */
public final class BadTopics {

    /** A bad file: its name, its text, the line of its problem and a fragment of the message. */
    public record Bad(String file, String text, int line, String fragment) {
    }

    private BadTopics() {
    }

    private static String topic(String id, String titleKo, String titleEn, String category, String tags, String cards) {
        return "---\nid: " + id + "\ntitle:\n  ko: " + titleKo + "\n  en: " + titleEn + "\ncategory: " + category
                + "\ntags: [" + tags + "]\n---\nBody.\n\n## Cards\n\n" + cards;
    }

    private static String card(String id) {
        return "### basic " + id + "\nQ: q\n\nA: a\n";
    }

    /** Eight files, each with one cause; the card-level ones hold a good card too. */
    public static List<Bad> all() {
        return List.of(
                new Bad("bad-category.md", topic("bad-category", "제목", "Title", "c".repeat(101), "t", card("bc-1")),
                        6, "The category"),
                new Bad("bad-title-ko.md", topic("bad-title-ko", "가".repeat(501), "Title", "n", "t", card("bk-1")),
                        3, "The Korean title"),
                new Bad("bad-title-en.md", topic("bad-title-en", "제목", "T".repeat(501), "n", "t", card("be-1")),
                        3, "The English title"),
                new Bad("bad-topic-id.md", topic("i".repeat(101), "제목", "Title", "n", "t", card("bi-1")),
                        2, "The topic id"),
                new Bad("bad-tags.md", topic("bad-tags", "제목", "Title", "n", "tag-x, ".repeat(200), card("bt-1")),
                        7, "The tags"),
                new Bad("bad-card-id.md", topic("bad-card-id", "제목", "Title", "n", "t",
                        card("bd-1") + "\n" + card("d".repeat(151))), 18, "The card id"),
                new Bad("bad-private-use.md", topic("bad-private-use", "제목", "Title", "n", "t",
                        card("bp-1") + "\n### cloze bp-2\nText: {{c1::가}} \uE0000\uE001\n"), 19, "private-use"),
                new Bad("bad-cloze-number.md", topic("bad-cloze-number", "제목", "Title", "n", "t",
                        card("bn-1") + "\n### cloze bn-2\nText: {{c2147483648::가}}\n"), 19, "gap numbers go from 1"));
    }

    /** A topic with nothing wrong, to show that the others still load. */
    public static String good() {
        return topic("good-topic", "좋은 주제", "Good topic", "network", "tcp", card("good-1"));
    }
}
