package dev.prepdeck.backup;

/** A progress file that cannot be imported; the message says where and why, and the answer is a 400. */
public class ProgressFileException extends IllegalArgumentException {

    public ProgressFileException(String message) {
        super(message);
    }
}
