package dev.prepdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

/** Learners may pick 70%..99% retention; the engine itself accepts any probability so reference configs run. */
class RetentionTest {

    @Test
    void learnerMayChooseRetentionBetween70And99Percent() {
        assertEquals(0.70, Retention.validateForUser(0.70));
        assertEquals(0.90, Retention.validateForUser(0.90));
        assertEquals(0.99, Retention.validateForUser(0.99));
    }

    @Test
    void learnerRetentionOutsideRangeIsRejectedWithClearMessage() {
        for (double bad : new double[] {0.69, 0.995, 1.0, 0, -0.9, 90, Double.NaN}) {
            IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
                    () -> Retention.validateForUser(bad), "retention " + bad);
            assertTrue(e.getMessage().contains("between 0.70 and 0.99"), e.getMessage());
        }
    }

    @Test
    void defaultRetentionIsNinetyPercent() {
        assertEquals(0.90, FsrsConfig.defaults().desiredRetention());
    }

    @Test
    void engineAcceptsAnyProbabilityStrictlyBetweenZeroAndOne() {
        assertEquals(0.8, FsrsConfig.defaults().withDesiredRetention(0.8).desiredRetention());
        assertEquals(0.5, FsrsConfig.defaults().withDesiredRetention(0.5).desiredRetention());
        for (double bad : new double[] {0, 1, 1.2, -0.1, Double.NaN}) {
            assertThrows(IllegalArgumentException.class, () -> FsrsConfig.defaults().withDesiredRetention(bad),
                    "retention " + bad);
        }
    }

    @Test
    void intervalModifierMatchesTsFsrsForReferenceRetentions() {
        FsrsConfig config = FsrsConfig.defaults();
        assertEquals(1.0, new FsrsScheduler(config.withDesiredRetention(0.9)).intervalModifier());
        assertEquals(3.3159598, new FsrsScheduler(config.withDesiredRetention(0.8)).intervalModifier());
        assertEquals(0.40255869, new FsrsScheduler(config.withDesiredRetention(0.95)).intervalModifier());
    }
}
