package dev.prepdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.Duration;
import org.junit.jupiter.api.Test;

/** Grade-button labels read like Anki's. */
class IntervalLabelsTest {

    private static String label(Duration d) {
        return IntervalLabels.format(d);
    }

    @Test
    void secondsMinutesAndDaysAreWholeNumbers() {
        assertEquals("30s", label(Duration.ofSeconds(30)));
        assertEquals("1m", label(Duration.ofSeconds(70)));
        assertEquals("1m", label(Duration.ofMinutes(1)));
        assertEquals("6m", label(Duration.ofMinutes(6)));
        assertEquals("10m", label(Duration.ofMinutes(10)));
        assertEquals("1d", label(Duration.ofDays(1)));
        assertEquals("8d", label(Duration.ofDays(8)));
        assertEquals("30d", label(Duration.ofDays(30)));
    }

    @Test
    void hoursMonthsAndYearsKeepOneDecimal() {
        assertEquals("1h", label(Duration.ofHours(1)));
        assertEquals("1.5h", label(Duration.ofMinutes(90)));
        assertEquals("1mo", label(Duration.ofDays(31)));
        assertEquals("1.5mo", label(Duration.ofDays(45)));
        assertEquals("3.5mo", label(Duration.ofDays(106)));
        assertEquals("12mo", label(Duration.ofDays(364)));
        assertEquals("1y", label(Duration.ofDays(365)));
        assertEquals("1.2y", label(Duration.ofDays(438)));
        assertEquals("100y", label(Duration.ofDays(36500)));
    }

    @Test
    void unitsCanBeLocalised() {
        IntervalLabels.Units korean = new IntervalLabels.Units("초", "분", "시간", "일", "개월", "년");

        assertEquals("10분", IntervalLabels.format(Duration.ofMinutes(10), korean));
        assertEquals("3.5개월", IntervalLabels.format(Duration.ofDays(106), korean));
    }
}
