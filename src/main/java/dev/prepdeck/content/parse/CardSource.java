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
        Localized extra) {

    /** A fingerprint of everything the candidate sees, so re-import can tell an edited card from an unchanged one. */
    public String fingerprint() {
        return String.join("\u0001", kind.label(), String.valueOf(question), String.valueOf(answer),
                String.valueOf(clozeText), String.valueOf(clozeIndex), String.valueOf(options),
                String.valueOf(optionsEn), String.valueOf(steps), String.valueOf(stepsEn),
                String.valueOf(follows), String.valueOf(extra));
    }
}
