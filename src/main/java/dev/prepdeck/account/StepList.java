package dev.prepdeck.account;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Learning and relearning steps written the Anki way, e.g. {@code "1m 10m"} or {@code "30s 1h 1d"}.
 * Units: s, m, h, d. An empty text means no steps.
 */
public final class StepList {

    /** Anki offers at most a handful of steps; more is a typing mistake, not a plan. */
    public static final int MAX_STEPS = 10;
    private static final Duration LONGEST = Duration.ofDays(365);
    private static final Pattern STEP = Pattern.compile("(\\d{1,6})([smhd])");

    private StepList() {
    }

    /**
     * Parses a step list.
     *
     * @throws IllegalArgumentException if a step is malformed, zero, longer than a year, or there are too many
     */
    public static List<Duration> parse(String text) {
        List<Duration> steps = new ArrayList<>();
        if (text == null || text.isBlank()) {
            return steps;
        }
        for (String token : text.trim().toLowerCase(Locale.ROOT).split("\\s+")) {
            Matcher m = STEP.matcher(token);
            if (!m.matches()) {
                throw new IllegalArgumentException("not a step: '" + token + "' (use e.g. 30s, 10m, 1h, 1d)");
            }
            long amount = Long.parseLong(m.group(1));
            Duration step = switch (m.group(2)) {
                case "s" -> Duration.ofSeconds(amount);
                case "m" -> Duration.ofMinutes(amount);
                case "h" -> Duration.ofHours(amount);
                default -> Duration.ofDays(amount);
            };
            if (step.isZero() || step.compareTo(LONGEST) > 0) {
                throw new IllegalArgumentException("a step must be between 1s and 365d: '" + token + "'");
            }
            steps.add(step);
        }
        if (steps.size() > MAX_STEPS) {
            throw new IllegalArgumentException("at most " + MAX_STEPS + " steps");
        }
        return steps;
    }

    public static boolean isValid(String text) {
        try {
            parse(text);
            return true;
        } catch (IllegalArgumentException e) {
            return false;
        }
    }

    /** The canonical spelling of a valid step list: single spaces, lower case. */
    public static String normalize(String text) {
        parse(text);
        return text == null ? "" : String.join(" ", text.trim().toLowerCase(Locale.ROOT).split("\\s+"));
    }
}
