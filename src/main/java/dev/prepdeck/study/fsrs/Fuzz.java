package dev.prepdeck.study.fsrs;

import java.math.BigDecimal;
import java.math.MathContext;
import java.math.RoundingMode;
import java.time.Instant;

/**
 * Interval fuzz as ts-fsrs does it: a small random spread so cards learned together do not stay due together,
 * drawn from an Alea generator seeded by the review itself (its time, as ts-fsrs does, or the learner's card and its
 * review count, as Anki does), so the same review always gets the same interval.
 */
final class Fuzz {

    private Fuzz() {
    }

    /**
     * The random factor in [0, 1) for one review, seeded like ts-fsrs's default seed strategy:
     * {@code "<review ms>_<reps after this review>_<D*S before>"}.
     */
    static double factor(Instant reviewTime, int repsAfter, double difficulty, double stability) {
        String seed = reviewTime.toEpochMilli() + "_" + repsAfter + "_" + jsNumber(difficulty * stability);
        return new Alea(seed).next();
    }

    /**
     * The random factor in [0, 1) for the review that brings a card to {@code repsAfter} reviews, seeded only by
     * {@code key} (the learner and card) and that count, so it does not change with the time it is asked.
     */
    static double factor(String key, int repsAfter) {
        return new Alea(key + "_" + repsAfter).next();
    }

    /** Spreads an interval (already capped at the maximum) inside its fuzz range; intervals under 2.5 days stay put. */
    static int apply(int interval, int elapsedDays, int maximumInterval, double factor) {
        if (interval < 2.5) {
            return interval;
        }
        int[] range = range(interval, elapsedDays, maximumInterval);
        return (int) Math.floor(factor * (range[1] - range[0] + 1) + range[0]);
    }

    /** The inclusive [min, max] interval range: about ±15% for short, ±5% for long intervals. */
    static int[] range(double interval, int elapsedDays, int maximumInterval) {
        double delta = 1.0;
        delta += 0.15 * Math.max(Math.min(interval, 7.0) - 2.5, 0.0);
        delta += 0.10 * Math.max(Math.min(interval, 20.0) - 7.0, 0.0);
        delta += 0.05 * Math.max(interval - 20.0, 0.0);
        interval = Math.min(interval, maximumInterval);
        long min = Math.max(2, Math.round(interval - delta));
        long max = Math.min(Math.round(interval + delta), maximumInterval);
        // A card reviewed late should not come back sooner than the wait it just survived.
        if (interval > elapsedDays) {
            min = Math.max(min, elapsedDays + 1);
        }
        min = Math.min(min, max);
        return new int[] {(int) min, (int) max};
    }

    /** JavaScript's Number-to-string (shortest round-trip digits), needed to build the same seed text as ts-fsrs. */
    static String jsNumber(double x) {
        if (x == 0) {
            return "0";
        }
        if (!Double.isFinite(x)) {
            return Double.isNaN(x) ? "NaN" : (x > 0 ? "Infinity" : "-Infinity");
        }
        BigDecimal shortest = null;
        for (int precision = 1; precision <= 17; precision++) {
            BigDecimal candidate = new BigDecimal(x).round(new MathContext(precision, RoundingMode.HALF_EVEN));
            if (candidate.doubleValue() == x) {
                shortest = candidate;
                break;
            }
        }
        BigDecimal value = shortest.stripTrailingZeros();
        String sign = value.signum() < 0 ? "-" : "";
        String digits = value.unscaledValue().abs().toString();
        int k = digits.length();
        // JavaScript's n: the value is 0.<digits> x 10^n.
        int n = k - value.scale();
        if (k <= n && n <= 21) {
            return sign + digits + "0".repeat(n - k);
        } else if (0 < n && n <= 21) {
            return sign + digits.substring(0, n) + "." + digits.substring(n);
        } else if (-6 < n && n <= 0) {
            return sign + "0." + "0".repeat(-n) + digits;
        }
        String exponent = (n - 1 >= 0 ? "+" : "-") + Math.abs(n - 1);
        String mantissa = k == 1 ? digits : digits.charAt(0) + "." + digits.substring(1);
        return sign + mantissa + "e" + exponent;
    }

    /** Johannes Baagøe's Alea generator with its Mash string hash, bit-compatible with the JavaScript original. */
    static final class Alea {
        private static final double TWO_POW_MINUS_32 = 2.3283064365386963e-10;

        private double s0;
        private double s1;
        private double s2;
        private double c = 1;
        private double mashState = 0xefc8249dL;

        Alea(String seed) {
            s0 = mash(" ");
            s1 = mash(" ");
            s2 = mash(" ");
            s0 -= mash(seed);
            if (s0 < 0) {
                s0 += 1;
            }
            s1 -= mash(seed);
            if (s1 < 0) {
                s1 += 1;
            }
            s2 -= mash(seed);
            if (s2 < 0) {
                s2 += 1;
            }
        }

        /** The next number in [0, 1). */
        double next() {
            double t = 2091639 * s0 + c * TWO_POW_MINUS_32;
            s0 = s1;
            s1 = s2;
            c = (int) t; // JavaScript's t | 0; t is positive and far below 2^31
            s2 = t - c;
            return s2;
        }

        private double mash(String data) {
            double n = mashState;
            for (int i = 0; i < data.length(); i++) {
                n += data.charAt(i);
                double h = 0.02519603282416938 * n;
                n = toUint32(h);
                h -= n;
                h *= n;
                n = toUint32(h);
                h -= n;
                n += h * 4294967296.0;
            }
            mashState = n;
            return toUint32(n) * TWO_POW_MINUS_32;
        }

        // JavaScript's x >>> 0 for the non-negative values Mash produces.
        private static double toUint32(double x) {
            return (double) (((long) x) & 0xFFFFFFFFL);
        }
    }
}
