package dev.prepdeck.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.util.Locale;

/** Instants as the viewer reads them: in their own time zone, written the way their UI language writes dates. */
public record ShownTime(ZoneId zone, Locale locale) {

    public static ShownTime of(ZoneId zone, String lang) {
        return new ShownTime(zone, Locale.forLanguageTag("en".equals(lang) ? "en-GB" : "ko-KR"));
    }

    /** e.g. {@code 2026. 12. 3. 오후 6:41} in Korean, {@code 3 Dec 2026, 18:41} in English; empty for no instant. */
    public String format(Instant instant) {
        if (instant == null) {
            return "";
        }
        return DateTimeFormatter.ofLocalizedDateTime(FormatStyle.MEDIUM, FormatStyle.SHORT).withLocale(locale)
                .withZone(zone).format(instant);
    }

    /** The zone's short name for a column heading as it is now, e.g. KST. */
    public String zoneName() {
        return zoneName(Instant.now());
    }

    /**
     * The zone's name at {@code instant} as people write it beside a time: the standard or daylight abbreviation
     * (KST, CET, CEST, EST), never the generic one (Java's KT for Korea). Where the language has no abbreviation
     * for the zone, its offset (GMT+9, GMT-5); UTC stays UTC.
     */
    public String zoneName(Instant instant) {
        ZonedDateTime at = instant.atZone(zone);
        String specific = DateTimeFormatter.ofPattern("z", locale).format(at);
        if (specific.matches("[A-Z]{2,5}")) {
            return specific;
        }
        return DateTimeFormatter.ofPattern("O", locale).format(at);
    }
}
