package dev.prepdeck.study.fsrs;

/** Where a card is in its life: never studied, in (re)learning steps, or scheduled in days. */
public enum CardState {
    NEW(0), LEARNING(1), REVIEW(2), RELEARNING(3);

    private final int value;

    CardState(int value) {
        this.value = value;
    }

    /** The state as ts-fsrs numbers it (0 New, 1 Learning, 2 Review, 3 Relearning), handy for storage. */
    public int value() {
        return value;
    }

    /** Looks up a state by its ts-fsrs number. */
    public static CardState of(int value) {
        for (CardState state : values()) {
            if (state.value == value) {
                return state;
            }
        }
        throw new IllegalArgumentException("Card state must be 0..3, was " + value);
    }
}
