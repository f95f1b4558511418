package dev.prepdeck.study.fsrs;

import java.time.Duration;
import java.util.Locale;

/** Short interval labels for grade buttons, following Anki's rules ({@code 45s}, {@code 10m}, {@code 1.5h}, {@code 3d}, {@code 3.5mo}, {@code 1.2y}). */
public final class IntervalLabels {

    /** Unit suffixes, so a Korean or English message bundle can supply its own. */
    public record Units(String seconds, String minutes, String hours, String days, String months, String years) {
    }

    /** The suffixes Anki's English UI prints. */
    public static final Units SHORT = new Units("s", "m", "h", "d", "mo", "y");

    private static final double MINUTE = 60;
    private static final double HOUR = 60 * MINUTE;
    private static final double DAY = 24 * HOUR;
    // Anki's month is 365/12 days and its year 365 days, so 30 days still reads "30d" and 31 days "1mo".
    private static final double MONTH = 30.417 * DAY;
    private static final double YEAR = 365 * DAY;

    private IntervalLabels() {
    }

    /** Formats with the default suffixes. */
    public static String format(Duration interval) {
        return format(interval, SHORT);
    }

    /** Picks the largest unit that fits; seconds, minutes and days are whole, hours, months and years keep one decimal. */
    public static String format(Duration interval, Units units) {
        double seconds = interval.toMillis() / 1000.0;
        double size = Math.abs(seconds);
        if (size < MINUTE) {
            return whole(seconds) + units.seconds();
        } else if (size < HOUR) {
            return whole(seconds / MINUTE) + units.minutes();
        } else if (size < DAY) {
            return oneDecimal(seconds / HOUR) + units.hours();
        } else if (size < MONTH) {
            return whole(seconds / DAY) + units.days();
        } else if (size < YEAR) {
            return oneDecimal(seconds / MONTH) + units.months();
        }
        return oneDecimal(seconds / YEAR) + units.years();
    }

    private static String whole(double amount) {
        return Long.toString(Math.round(amount));
    }

    private static String oneDecimal(double amount) {
        long tenths = Math.round(amount * 10);
        if (tenths % 10 == 0) {
            return Long.toString(tenths / 10);
        }
        return String.format(Locale.ROOT, "%.1f", tenths / 10.0);
    }
}
