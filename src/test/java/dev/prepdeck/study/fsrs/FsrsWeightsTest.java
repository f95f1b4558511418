package dev.prepdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

/** Weights are upgraded and clipped exactly as ts-fsrs 5.4.2 does (expected values produced by ts-fsrs). */
class FsrsWeightsTest {

    @Test
    void defaultsAreTheTwentyOneFsrs6Weights() {
        double[] w = FsrsWeights.defaults();
        assertEquals(21, w.length);
        assertEquals(0.212, w[0]);
        assertEquals(0.1542, w[20]);
        assertArrayEquals(w, FsrsWeights.effective(w, 1, true), "defaults are already inside every bound");
    }

    @Test
    void outOfRangeWeightsAreClippedAndRelearningStepsCapW17AndW18() {
        double[] w = FsrsWeights.defaults();
        w[0] = -3;
        w[4] = 12;
        w[17] = 1.5;
        w[18] = 1.5;
        w[19] = 0;

        double[] twoSteps = FsrsWeights.effective(w, 2, true);
        assertEquals(0.001, twoSteps[0]);
        assertEquals(10, twoSteps[4]);
        assertEquals(0.60045935, twoSteps[17]);
        assertEquals(0.60045935, twoSteps[18]);
        assertEquals(0.01, twoSteps[19]);

        double[] longTerm = FsrsWeights.effective(w, 1, false);
        assertEquals(1.5, longTerm[17]);
        assertEquals(0, longTerm[19], "w19 may be 0 when short-term scheduling is off");
    }

    @Test
    void fsrs5WeightsGetDefaultDecayAndShortTermFloor() {
        double[] w19 = {0.40255, 1.18385, 3.173, 15.69105, 7.1949, 0.5345, 1.4604, 0.0046, 1.54575, 0.1192, 1.01925,
            1.9395, 0.11, 0.29605, 2.2698, 0.2315, 2.9898, 0.51655, 0.6621};

        double[] w = FsrsWeights.effective(w19, 1, true);

        assertEquals(21, w.length);
        assertEquals(0.01, w[19]);
        assertEquals(0.5, w[20]);
        assertEquals(0.26078015, FsrsWeights.effective(w19, 2, true)[17]);
    }

    @Test
    void fsrs45WeightsAreUpgraded() {
        double[] w17 = {0.4, 0.6, 2.4, 5.8, 4.93, 0.94, 0.86, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05, 0.34, 1.26, 0.29,
            2.61};

        assertArrayEquals(new double[] {0.4, 0.6, 2.4, 5.8, 6.81, 0.44675014, 1.36, 0.01, 1.49, 0.14, 0.94, 2.18, 0.05,
            0.34, 1.26, 0.29, 2.61, 0, 0, 0.01, 0.5}, FsrsWeights.effective(w17, 1, true));
    }

    @Test
    void otherLengthsAndNonFiniteWeightsAreRejected() {
        assertThrows(IllegalArgumentException.class, () -> FsrsWeights.effective(new double[20], 1, true));
        double[] nan = FsrsWeights.defaults();
        nan[3] = Double.NaN;
        assertThrows(IllegalArgumentException.class, () -> FsrsWeights.effective(nan, 1, true));
        assertThrows(IllegalArgumentException.class, () -> FsrsConfig.defaults().withWeights(1, 2, 3));
    }
}
