package dev.prepdeck.study.fsrs;

/**
 * The FSRS-6 memory model: forgetting curve, initial and next stability/difficulty, written to give the same
 * doubles as ts-fsrs 5.4.2 (which rounds to 8 decimals at fixed points).
 */
final class FsrsModel {

    static final double S_MIN = 0.001;
    static final double S_MAX = 36500.0;

    /** Difficulty and stability after a review. */
    record Memory(double difficulty, double stability) {
    }

    private final double[] w;
    private final boolean shortTerm;
    private final double decay;
    private final double factor;
    private final boolean rounded;

    // StrictMath (fdlibm) throughout: the same bits on every JVM, and the functions V8 uses for ts-fsrs.
    FsrsModel(double[] weights, boolean shortTerm) {
        this(weights, shortTerm, true);
    }

    /**
     * With {@code rounded} false the model is smooth (no 8-decimal steps, as fsrs-rs computes it), which the
     * optimizer's finite-difference gradients need; the scheduler always uses the rounded model.
     */
    FsrsModel(double[] weights, boolean shortTerm, boolean rounded) {
        this.w = weights.clone();
        this.shortTerm = shortTerm;
        this.rounded = rounded;
        this.decay = -w[20];
        this.factor = r8(StrictMath.exp(StrictMath.pow(decay, -1) * StrictMath.log(0.9)) - 1.0);
    }

    /** ts-fsrs roundTo(x, 8); Java's Math.round rounds half up like JavaScript's. */
    static double round8(double x) {
        return Math.round(x * 1e8) / 1e8;
    }

    private double r8(double x) {
        return rounded ? round8(x) : x;
    }

    // The smooth model serves the optimizer's many passes, where Math's intrinsics are several times faster.
    private double pow(double a, double b) {
        return rounded ? StrictMath.pow(a, b) : Math.pow(a, b);
    }

    private double exp(double a) {
        return rounded ? StrictMath.exp(a) : Math.exp(a);
    }

    double decay() {
        return decay;
    }

    double factor() {
        return factor;
    }

    /** Multiplier turning stability into an interval that hits the desired retention. */
    double intervalModifier(double desiredRetention) {
        return r8((pow(desiredRetention, 1 / decay) - 1) / factor);
    }

    /** Probability of recall after {@code elapsedDays} with stability {@code stability}. */
    double forgettingCurve(double elapsedDays, double stability) {
        return r8(pow(1 + (factor * elapsedDays) / stability, decay));
    }

    double initStability(int grade) {
        // ts-fsrs floors S0 at 0.1 so a tiny custom w0..w3 cannot produce a zero interval.
        return Math.max(w[grade - 1], 0.1);
    }

    double initDifficulty(int grade) {
        return r8(w[4] - exp((grade - 1) * w[5]) + 1);
    }

    double nextDifficulty(double d, int grade) {
        double deltaD = -w[6] * (grade - 3);
        // Linear damping: the closer D is to 10, the smaller the step towards it.
        double damped = d + r8((deltaD * (10 - d)) / 9);
        // Mean reversion towards the (unclamped) initial difficulty of an Easy first answer.
        double reverted = r8(w[7] * initDifficulty(4) + (1 - w[7]) * damped);
        return FsrsWeights.clamp(reverted, 1, 10);
    }

    double recallStability(double d, double s, double r, int grade) {
        double hardPenalty = grade == 2 ? w[15] : 1;
        double easyBonus = grade == 4 ? w[16] : 1;
        double next = s * (1 + exp(w[8]) * (11 - d) * pow(s, -w[9])
                * (exp((1 - r) * w[10]) - 1) * hardPenalty * easyBonus);
        return r8(FsrsWeights.clamp(next, S_MIN, S_MAX));
    }

    double forgetStability(double d, double s, double r) {
        double next = w[11] * pow(d, -w[12]) * (pow(s + 1, w[13]) - 1)
                * exp((1 - r) * w[14]);
        return r8(FsrsWeights.clamp(next, S_MIN, S_MAX));
    }

    double shortTermStability(double s, int grade) {
        double increase = pow(s, -w[19]) * exp(w[17] * (grade - 3 + w[18]));
        // A same-day Hard, Good or Easy must never lower stability.
        if (grade >= 2) {
            increase = Math.max(increase, 1.0);
        }
        return r8(FsrsWeights.clamp(s * increase, S_MIN, S_MAX));
    }

    /** Memory after grading; {@code r} is the retrievability at review time (ignored for a first review). */
    Memory nextState(double d, double s, int elapsedDays, int grade, double r) {
        if (elapsedDays < 0) {
            throw new IllegalArgumentException("Elapsed days must not be negative, was " + elapsedDays);
        }
        if (d == 0 && s == 0) {
            return new Memory(FsrsWeights.clamp(initDifficulty(grade), 1, 10), initStability(grade));
        }
        if (d < 1 || s < S_MIN) {
            throw new IllegalArgumentException("Invalid memory state: difficulty " + d + ", stability " + s);
        }
        double newS;
        if (elapsedDays == 0 && shortTerm) {
            newS = shortTermStability(s, grade);
        } else if (grade == 1) {
            // Post-lapse stability may not exceed what same-day relearning steps could bring back to S.
            double afterFail = forgetStability(d, s, r);
            double shrink = shortTerm ? w[17] * w[18] : 0;
            newS = FsrsWeights.clamp(r8(s / exp(shrink)), S_MIN, afterFail);
        } else {
            newS = recallStability(d, s, r, grade);
        }
        return new Memory(nextDifficulty(d, grade), newS);
    }
}
