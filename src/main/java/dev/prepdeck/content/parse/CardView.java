package dev.prepdeck.content.parse;

import java.util.List;

/**
 * A card rendered for candidates: sanitised HTML for each language. Stored with the card so pages and the API
 * never re-render Markdown on a request.
 */
public record CardView(String kind, String noteId, String follows, int clozeIndex, boolean hasEnglish, Side ko, Side en,
        List<KeyConcept> keys) {

    public CardView {
        // cards stored before key concepts existed have none
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /** One language's rendering; {@code front} is shown first, {@code back} after the reveal. */
    public record Side(String front, String back, List<Option> options, List<String> steps, String extra) {
    }

    /** A rendered multiple-choice option. */
    public record Option(String html, boolean correct, String explanation) {
    }

    public Side side(String lang) {
        return "en".equals(lang) && en != null ? en : ko;
    }
}
