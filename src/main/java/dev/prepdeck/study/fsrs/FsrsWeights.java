package dev.prepdeck.study.fsrs;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Arrays;

/** The 21 FSRS-6 model weights: defaults, upgrade of FSRS-4.5/5 vectors, and clipping into safe bounds (ts-fsrs 5.4.2). */
public final class FsrsWeights {

    private static final double[] DEFAULTS = {
        0.212, 1.2931, 2.3065, 8.2956, 6.4133, 0.8334, 3.0194, 0.001, 1.8722, 0.1666, 0.796,
        1.4835, 0.0614, 0.2629, 1.6483, 0.6014, 1.8729, 0.5425, 0.0912, 0.0658, 0.1542,
    };

    // Lower and upper bound per weight; w17/w18's ceiling and w19's floor are adjusted per configuration.
    private static final double[][] BOUNDS = {
        {0.001, 100}, {0.001, 100}, {0.001, 100}, {0.001, 100},
        {1, 10}, {0.001, 4}, {0.001, 4}, {0.001, 0.75},
        {0, 4.5}, {0, 0.8}, {0.001, 3.5},
        {0.001, 5}, {0.001, 0.25}, {0.001, 0.9}, {0, 4},
        {0, 1}, {1, 6},
        {0, 2}, {0, 2}, {0.01, 0.8}, {0.1, 0.8},
    };

    private static final double W17_W18_CEILING = 2.0;
    private static final double FSRS5_DECAY = 0.5;

    private FsrsWeights() {
    }

    /** A fresh copy of the default FSRS-6 weights. */
    public static double[] defaults() {
        return DEFAULTS.clone();
    }

    /**
     * Turns a 17-, 19- or 21-value vector into the 21 weights the scheduler really uses, clamped into range.
     * Unlike ts-fsrs, which silently falls back to the defaults, any other length is rejected.
     */
    public static double[] effective(double[] weights, int relearningStepCount, boolean shortTerm) {
        for (double w : weights) {
            if (!Double.isFinite(w)) {
                throw new IllegalArgumentException("FSRS weights must be finite numbers: " + Arrays.toString(weights));
            }
        }
        double[] clipped = clip(weights, relearningStepCount, shortTerm);
        double[] upgraded = switch (weights.length) {
            case 21 -> clipped;
            case 19 -> append(clipped, 0.0, FSRS5_DECAY);
            case 17 -> {
                // FSRS-4.5 used another initial-difficulty formula; this rewrite keeps D0 roughly equal.
                clipped[4] = toFixed8(clipped[5] * 2.0 + clipped[4]);
                clipped[5] = toFixed8(StrictMath.log(clipped[5] * 3.0 + 1.0) / 3.0);
                clipped[6] = toFixed8(clipped[6] + 0.5);
                yield append(clipped, 0.0, 0.0, 0.0, FSRS5_DECAY);
            }
            default -> throw new IllegalArgumentException(
                    "FSRS needs 21 weights (or 19/17 from FSRS-5/4.5), got " + weights.length);
        };
        // ts-fsrs clips once more after upgrading, which lifts the appended w19 = 0 to its short-term floor.
        return clip(upgraded, relearningStepCount, shortTerm);
    }

    private static double[] clip(double[] w, int relearningStepCount, boolean shortTerm) {
        double[][] bounds = new double[w.length][];
        for (int i = 0; i < w.length; i++) {
            bounds[i] = BOUNDS[i].clone();
        }
        if (w.length > 19) {
            bounds[19][0] = shortTerm ? 0.01 : 0.0;
        }
        if (relearningStepCount > 1 && w.length > 18) {
            // Several same-day Good answers while relearning multiply S by e^(w17*w18) each; cap the product so
            // that relearning can never end with a higher stability than the card had before the lapse.
            double w11 = clamp(w[11], bounds[11][0], bounds[11][1]);
            double w13 = clamp(w[13], bounds[13][0], bounds[13][1]);
            double w14 = clamp(w[14], bounds[14][0], bounds[14][1]);
            double value = -(StrictMath.log(w11) + StrictMath.log(StrictMath.pow(2.0, w13) - 1.0) + w14 * 0.3)
                    / relearningStepCount;
            double ceiling = clamp(FsrsModel.round8(StrictMath.sqrt(Math.max(value, 0))), 0.01, W17_W18_CEILING);
            bounds[17][1] = ceiling;
            bounds[18][1] = ceiling;
        }
        double[] out = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            out[i] = clamp(w[i], bounds[i][0], bounds[i][1]);
        }
        return out;
    }

    private static double[] append(double[] head, double... tail) {
        double[] out = Arrays.copyOf(head, head.length + tail.length);
        System.arraycopy(tail, 0, out, head.length, tail.length);
        return out;
    }

    // JavaScript's +x.toFixed(8): round the exact binary value half up at 8 decimals.
    static double toFixed8(double x) {
        return new BigDecimal(x).setScale(8, RoundingMode.HALF_UP).doubleValue();
    }

    static double clamp(double x, double lo, double hi) {
        return Math.min(Math.max(x, lo), hi);
    }
}
