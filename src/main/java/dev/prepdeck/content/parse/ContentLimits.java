package dev.prepdeck.content.parse;

/**
 * The longest values the content tables hold (db/migration/V1__content.sql), so the parser can refuse a value the
 * database would reject instead of letting one file fail the whole import.
 */
public final class ContentLimits {

    /** topic.id */
    public static final int TOPIC_ID = 100;
    /** topic.title_ko and topic.title_en */
    public static final int TITLE = 500;
    /** topic.category */
    public static final int CATEGORY = 100;
    /** topic.tags, the tags joined with commas */
    public static final int TAGS = 1000;
    /** topic.source_file, the file's path inside the content folder */
    public static final int FILE = 500;
    /** card.id, including the {@code -c<n>} of a cloze gap and the {@code -rev} of a reversed quick card */
    public static final int CARD_ID = 150;
    /** The highest cloze gap number; Anki's notes stay far below it and it keeps every card id short. */
    public static final int CLOZE_NUMBER = 999;

    /** The most key concepts ({@code Keys:} items) one card may list; an interviewer listens for a handful. */
    public static final int KEYS = 10;
    /** The longest {@code Keys:} item, all its synonyms with their separators. */
    public static final int KEY_ITEM = 300;

    private ContentLimits() {
    }

    /** A value as a problem message quotes it: cut short when it is long, so the message stays readable. */
    static String quoted(String value) {
        return "'" + (value.length() > 40 ? value.substring(0, 40) + "…" : value) + "'";
    }

    /** The first private-use character in a text (as U+XXXX), or null; the cloze renderer reserves them. */
    static String privateUse(String text) {
        return text.codePoints().filter(cp -> Character.getType(cp) == Character.PRIVATE_USE).mapToObj(
                cp -> String.format("U+%04X", cp)).findFirst().orElse(null);
    }
}
