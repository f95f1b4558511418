package dev.prepdeck.study.fsrs;

/** Desired-retention rules: the engine accepts any probability, learners may only pick the sensible band. */
public final class Retention {

    /** Anki's and ts-fsrs's default desired retention. */
    public static final double DEFAULT = 0.90;
    /** Lowest retention a learner may choose; below it reviews come so late that most cards are relearned. */
    public static final double USER_MIN = 0.70;
    /** Highest retention a learner may choose; above it the review load explodes for little gain. */
    public static final double USER_MAX = 0.99;

    private Retention() {
    }

    /** Returns {@code retention} if a learner may choose it (0.70 to 0.99), otherwise throws. */
    public static double validateForUser(double retention) {
        if (!(retention >= USER_MIN && retention <= USER_MAX)) {
            throw new IllegalArgumentException(
                    "Desired retention must be between 0.70 and 0.99 (70% to 99%), was " + retention);
        }
        return retention;
    }

    /** Returns {@code retention} if the scheduler can work with it: strictly between 0 and 1. */
    static double validateForEngine(double retention) {
        if (!(retention > 0 && retention < 1)) {
            throw new IllegalArgumentException("Desired retention must be greater than 0 and less than 1, was "
                    + retention);
        }
        return retention;
    }
}
