package dev.prepdeck.study.fsrs;

/** The four answer grades a learner gives a card, with the numbers FSRS and Anki use (1..4). */
public enum Rating {
    AGAIN(1), HARD(2), GOOD(3), EASY(4);

    private final int value;

    Rating(int value) {
        this.value = value;
    }

    /** The grade as FSRS numbers it: 1 Again, 2 Hard, 3 Good, 4 Easy. */
    public int value() {
        return value;
    }

    /** Looks up a grade by its FSRS number; anything outside 1..4 is rejected. */
    public static Rating of(int value) {
        for (Rating rating : values()) {
            if (rating.value == value) {
                return rating;
            }
        }
        throw new IllegalArgumentException("Rating must be 1 (Again), 2 (Hard), 3 (Good) or 4 (Easy), was " + value);
    }
}
