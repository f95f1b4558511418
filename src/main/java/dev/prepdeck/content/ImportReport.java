package dev.prepdeck.content;

/** What one import changed; unchanged cards are counted but not touched. */
public record ImportReport(int topics, int added, int updated, int unchanged, int retired, int problems) {
}
