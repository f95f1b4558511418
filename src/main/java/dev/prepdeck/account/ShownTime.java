package dev.prepdeck.account;

import java.time.Instant;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.FormatStyle;
import java.time.format.TextStyle;
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

    /** The zone's short name for a column heading, e.g. KST. */
    public String zoneName() {
        return zone.getDisplayName(TextStyle.SHORT, locale);
    }
}
