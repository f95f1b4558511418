package dev.prepdeck.account;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.Test;

class StepListTest {

    @Test
    void shouldReadAnkiStyleSteps() {
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), StepList.parse("1m 10m"));
        assertEquals(List.of(Duration.ofSeconds(30), Duration.ofHours(1), Duration.ofDays(2)),
                StepList.parse("  30s   1H 2d "));
        assertEquals(List.of(), StepList.parse(""));
    }

    @Test
    void shouldRejectMalformedZeroOrTooManySteps() {
        assertThrows(IllegalArgumentException.class, () -> StepList.parse("1x"));
        assertThrows(IllegalArgumentException.class, () -> StepList.parse("10"));
        assertThrows(IllegalArgumentException.class, () -> StepList.parse("0m"));
        assertThrows(IllegalArgumentException.class, () -> StepList.parse("400d"));
        assertThrows(IllegalArgumentException.class, () -> StepList.parse("1m ".repeat(11)));
        assertFalse(StepList.isValid("1m,10m"));
        assertTrue(StepList.isValid("1m 10m"));
    }

    @Test
    void shouldWriteStepsTheCanonicalWay() {
        assertEquals("1m 10m", StepList.normalize(" 1M   10m "));
    }
}
