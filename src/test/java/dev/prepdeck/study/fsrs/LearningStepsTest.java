package dev.prepdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Steps are typed the way Anki users know: whole numbers with m, h or d. */
class LearningStepsTest {

    @Test
    void parsesStepsSeparatedBySpacesOrCommas() {
        assertEquals(List.of(Duration.ofMinutes(1), Duration.ofMinutes(10)), LearningSteps.parse("1m 10m"));
        assertEquals(List.of(Duration.ofHours(1), Duration.ofDays(1)), LearningSteps.parse(" 1h,1d "));
        assertEquals(List.of(), LearningSteps.parse("  "));
    }

    @Test
    void defaultStepsAreOneAndTenMinutesThenTenMinutesForRelearning() {
        assertEquals("1m 10m", LearningSteps.format(FsrsConfig.defaults().learningSteps()));
        assertEquals("10m", LearningSteps.format(FsrsConfig.defaults().relearningSteps()));
    }

    @Test
    void formatsWithLargestWholeUnit() {
        assertEquals("1m 90m 2h 3d", LearningSteps.format(LearningSteps.parse("1m 90m 120m 3d")));
    }

    @Test
    void rejectsStepsWithoutUnitOrWithUnknownUnitOrZero() {
        for (String bad : new String[] {"10", "5s", "0m", "-1m", "1.5m", "m", "10 m"}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> LearningSteps.parse(bad),
                    bad);
            assertTrue(e.getMessage().contains("m (minutes)") || e.getMessage().contains("whole minutes"),
                    e.getMessage());
        }
    }

    @Test
    void configRejectsSecondsInSteps() {
        assertThrows(IllegalArgumentException.class,
                () -> FsrsConfig.defaults().withLearningSteps(List.of(Duration.ofSeconds(90))));
    }
}
