package dev.prepdeck.content.parse;

import java.util.List;

/**
 * One card as the mentor wrote it (Markdown, Korean with optional English), before rendering.
 * A cloze note yields one CardSource per gap number, each with its own id and {@code clozeIndex}.
 */
public record CardSource(
        String id,
        CardKind kind,
        String noteId,
        int line,
        Localized question,
        Localized answer,
        Localized clozeText,
        int clozeIndex,
        List<ChoiceOption> options,
        List<ChoiceOption> optionsEn,
        List<String> steps,
        List<String> stepsEn,
        String follows,
        Localized extra,
        List<KeyConcept> keys) {

    public CardSource {
        keys = keys == null ? List.of() : List.copyOf(keys);
    }

    /** A card without key concepts. */
    public CardSource(String id, CardKind kind, String noteId, int line, Localized question, Localized answer,
            Localized clozeText, int clozeIndex, List<ChoiceOption> options, List<ChoiceOption> optionsEn,
            List<String> steps, List<String> stepsEn, String follows, Localized extra) {
        this(id, kind, noteId, line, question, answer, clozeText, clozeIndex, options, optionsEn, steps, stepsEn,
                follows, extra, List.of());
    }

    /** A fingerprint of everything the candidate sees, so re-import can tell an edited card from an unchanged one. */
    public String fingerprint() {
        return String.join("\u0001", kind.label(), String.valueOf(question), String.valueOf(answer),
                String.valueOf(clozeText), String.valueOf(clozeIndex), String.valueOf(options),
                String.valueOf(optionsEn), String.valueOf(steps), String.valueOf(stepsEn),
                String.valueOf(follows), String.valueOf(extra))
                // cards without key concepts keep the fingerprint they had before the field existed
                + (keys.isEmpty() ? "" : "\u0001" + keys);
    }
}
