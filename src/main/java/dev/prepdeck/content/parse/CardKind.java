package dev.prepdeck.content.parse;

import java.util.Locale;

/** The kinds of card a mentor can write; quick cards from Obsidian notes become BASIC. */
public enum CardKind {
    BASIC, CLOZE, CHOICE, ORDER, FOLLOWUP;

    /** The kind named in a card heading, or null when the word is not a kind. */
    public static CardKind fromHeading(String word) {
        for (CardKind kind : values()) {
            if (kind.name().toLowerCase(Locale.ROOT).equals(word)) {
                return kind;
            }
        }
        return null;
    }

    public String label() {
        return name().toLowerCase(Locale.ROOT);
    }
}
