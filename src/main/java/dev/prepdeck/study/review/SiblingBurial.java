package dev.prepdeck.study.review;

import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The siblings one grade buried, with when each was buried until before, so that undoing the grade can hand them
 * back. Stored in the review log as {@code <until millis>|<card id>=<previous millis or empty>,…}; card ids are
 * lower-case letters, digits and hyphens, so the separators never clash with them.
 */
public record SiblingBurial(Instant until, Map<String, Instant> previous) {

    public SiblingBurial {
        previous = Collections.unmodifiableMap(new LinkedHashMap<>(previous));
    }

    /** The text for the review log, or null when the grade buried nothing. */
    public String encode() {
        if (previous.isEmpty()) {
            return null;
        }
        StringBuilder text = new StringBuilder().append(until.toEpochMilli()).append('|');
        String separator = "";
        for (Map.Entry<String, Instant> entry : previous.entrySet()) {
            text.append(separator).append(entry.getKey()).append('=');
            if (entry.getValue() != null) {
                text.append(entry.getValue().toEpochMilli());
            }
            separator = ",";
        }
        return text.toString();
    }

    /** Reads what {@link #encode()} wrote; null or malformed text (an older row) means nothing was recorded. */
    public static SiblingBurial decode(String text) {
        if (text == null || text.isBlank()) {
            return null;
        }
        int bar = text.indexOf('|');
        if (bar < 0) {
            return null;
        }
        try {
            Instant until = Instant.ofEpochMilli(Long.parseLong(text.substring(0, bar)));
            Map<String, Instant> previous = new LinkedHashMap<>();
            for (String item : text.substring(bar + 1).split(",")) {
                int eq = item.indexOf('=');
                if (eq <= 0) {
                    return null;
                }
                String value = item.substring(eq + 1);
                previous.put(item.substring(0, eq), value.isEmpty() ? null : Instant.ofEpochMilli(Long.parseLong(value)));
            }
            return new SiblingBurial(until, previous);
        } catch (NumberFormatException e) {
            return null;
        }
    }
}
