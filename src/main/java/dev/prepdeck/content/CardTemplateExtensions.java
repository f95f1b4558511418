package dev.prepdeck.content;

import io.quarkus.qute.TemplateExtension;

/** Small helpers the card templates call: the letter a choice option is known by. */
@TemplateExtension
public final class CardTemplateExtensions {

    private static final String LETTERS = "ABCDEFGH";

    private CardTemplateExtensions() {
    }

    /** The option's letter (A for the first), the same letter the practice and review screens show and map to a key. */
    static String optionLetter(Integer index) {
        return index >= 0 && index < LETTERS.length() ? String.valueOf(LETTERS.charAt(index))
                : String.valueOf(index + 1);
    }
}
