package dev.prepdeck.live;

/** A channel reached a new version: what one instance tells every instance after a commit. */
public record LiveChange(String channel, long version) {

    private static final char SEPARATOR = ' ';

    /** The NOTIFY payload: {@code <version> <channel>}. */
    public String payload() {
        return version + String.valueOf(SEPARATOR) + channel;
    }

    /** Reads a payload written by {@link #payload()}; null if it is not one. */
    public static LiveChange parse(String payload) {
        if (payload == null) {
            return null;
        }
        int space = payload.indexOf(SEPARATOR);
        if (space <= 0 || space == payload.length() - 1) {
            return null;
        }
        try {
            return new LiveChange(payload.substring(space + 1), Long.parseLong(payload.substring(0, space)));
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
