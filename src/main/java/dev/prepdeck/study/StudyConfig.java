package dev.prepdeck.study;

import java.time.Duration;

import io.smallrye.config.ConfigMapping;
import io.smallrye.config.WithDefault;

/** Study rules that are the same for every learner. */
@ConfigMapping(prefix = "prepdeck.study")
public interface StudyConfig {

    /** Lapses after which a card is a leech: tagged, suspended and reported to mentors (Anki: 8). */
    @WithDefault("8")
    int leechThreshold();

    /** Whether a card that becomes a leech is also suspended (Anki's default action). */
    @WithDefault("true")
    boolean suspendLeeches();

    /** When nothing else is due, learning cards due within this time are shown early (Anki: 20 minutes). */
    @WithDefault("20m")
    Duration learnAhead();

    /** Most cards one due request may list. */
    @WithDefault("10")
    int maxListedCards();
}
