package dev.prepdeck.account;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Instant;
import java.time.ZoneId;

import org.junit.jupiter.api.Test;

/** The time zone named beside admin times the way a Korean or English reader writes it. */
class ShownTimeTest {

    private static final Instant WINTER = Instant.parse("2026-12-03T09:41:00Z");
    private static final Instant SUMMER = Instant.parse("2026-07-03T09:41:00Z");

    @Test
    void shouldNameSeoulKstInKoreanAndEnglishNotKt() {
        assertEquals("KST", ShownTime.of(ZoneId.of("Asia/Seoul"), "ko").zoneName(WINTER));
        assertEquals("KST", ShownTime.of(ZoneId.of("Asia/Seoul"), "en").zoneName(WINTER));
        assertEquals("KST", ShownTime.of(ZoneId.of("Asia/Seoul"), "ko").zoneName());
    }

    @Test
    void shouldNameDaylightTimeWhenItIsInForce() {
        assertEquals("CET", ShownTime.of(ZoneId.of("Europe/Berlin"), "en").zoneName(WINTER));
        assertEquals("CEST", ShownTime.of(ZoneId.of("Europe/Berlin"), "en").zoneName(SUMMER));
    }

    @Test
    void shouldFallBackToTheOffsetWhereTheLanguageHasNoAbbreviation() {
        // British English has no abbreviation for New York's zone; GMT-05:00 reads worse than GMT-5
        assertEquals("GMT-5", ShownTime.of(ZoneId.of("America/New_York"), "en").zoneName(WINTER));
        assertEquals("GMT-4", ShownTime.of(ZoneId.of("America/New_York"), "en").zoneName(SUMMER));
        assertEquals("UTC", ShownTime.of(ZoneId.of("UTC"), "en").zoneName(WINTER));
    }
}
