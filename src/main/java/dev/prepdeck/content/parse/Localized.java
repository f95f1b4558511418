package dev.prepdeck.content.parse;

/** A text in Korean with an optional English version; either may be null when absent. */
public record Localized(String ko, String en) {

    public static final Localized EMPTY = new Localized(null, null);

    public boolean isEmpty() {
        return (ko == null || ko.isBlank()) && (en == null || en.isBlank());
    }

    /** The text in the wanted language, falling back to the other one. */
    public String in(String lang) {
        String wanted = "en".equals(lang) ? en : ko;
        return wanted != null && !wanted.isBlank() ? wanted : ("en".equals(lang) ? ko : en);
    }
}
