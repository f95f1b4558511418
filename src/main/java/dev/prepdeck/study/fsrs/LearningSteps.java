package dev.prepdeck.study.fsrs;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Parses and prints (re)learning step lists written the Anki/ts-fsrs way, e.g. {@code "1m 10m"} or {@code "1h, 1d"}. */
public final class LearningSteps {

    private static final Pattern STEP = Pattern.compile("(\\d{1,9})([mhd])");
    // A step longer than the default maximum interval is certainly a typo.
    private static final long MAX_MINUTES = 36500L * 1440;

    private LearningSteps() {
    }

    /** Parses steps separated by spaces or commas; an empty text means "no steps". */
    public static List<Duration> parse(String text) {
        List<Duration> steps = new ArrayList<>();
        for (String token : text.trim().split("[\\s,]+")) {
            if (!token.isEmpty()) {
                steps.add(parseStep(token));
            }
        }
        return List.copyOf(steps);
    }

    /** Parses one step such as {@code 10m}, {@code 1h} or {@code 2d}. */
    public static Duration parseStep(String token) {
        Matcher m = STEP.matcher(token.trim());
        if (!m.matches()) {
            throw new IllegalArgumentException("Learning step \"" + token
                    + "\" must be a whole number followed by m (minutes), h (hours) or d (days), e.g. 10m");
        }
        long value = Long.parseLong(m.group(1));
        long minutes = switch (m.group(2)) {
            case "h" -> value * 60;
            case "d" -> value * 1440;
            default -> value;
        };
        Duration step = Duration.ofMinutes(minutes);
        requireValid(step);
        return step;
    }

    /** Prints steps in the same notation, using the largest unit that divides each step. */
    public static String format(List<Duration> steps) {
        List<String> parts = new ArrayList<>();
        for (Duration step : steps) {
            long minutes = step.toMinutes();
            if (minutes % 1440 == 0) {
                parts.add(minutes / 1440 + "d");
            } else if (minutes % 60 == 0) {
                parts.add(minutes / 60 + "h");
            } else {
                parts.add(minutes + "m");
            }
        }
        return String.join(" ", parts);
    }

    /** Steps must be whole minutes, at least one minute long: ts-fsrs counts steps in minutes. */
    static void requireValid(Duration step) {
        if (step.isNegative() || step.toMinutes() < 1 || step.toMinutes() > MAX_MINUTES
                || !step.equals(Duration.ofMinutes(step.toMinutes()))) {
            throw new IllegalArgumentException(
                    "Learning steps must be whole minutes between 1m and 36500d, was " + step);
        }
    }
}
