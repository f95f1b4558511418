package dev.prepdeck.content.parse;

/** One option of a multiple-choice card with the mentor's explanation of why it is right or wrong. */
public record ChoiceOption(String text, boolean correct, String explanation) {
}
