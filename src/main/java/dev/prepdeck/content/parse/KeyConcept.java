package dev.prepdeck.content.parse;

import java.util.List;

/**
 * One key concept an interviewer listens for in an answer (a card's {@code Keys:} item): the words that count as
 * naming it, Korean and English mixed, the first one shown as its label.
 */
public record KeyConcept(List<String> terms) {

    public KeyConcept {
        terms = List.copyOf(terms);
        if (terms.isEmpty()) {
            throw new IllegalArgumentException("a key concept needs at least one term");
        }
    }

    /** The name the concept is shown by. */
    public String label() {
        return terms.get(0);
    }
}
