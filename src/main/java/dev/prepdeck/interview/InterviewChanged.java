package dev.prepdeck.interview;

/**
 * Fired inside the transaction of every step that changes an interview; observe it with
 * {@code @Observes(during = TransactionPhase.AFTER_SUCCESS)} to push the new state to a second screen.
 */
public record InterviewChanged(String interviewId, int version) {
}
