package dev.prepdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class FsrsOptimizerTest {

    /** In range, and far enough from the defaults that fitting must move most groups of weights. */
    static final double[] TRUE_WEIGHTS = {
        1.0, 2.5, 6.0, 20.0, 5.0, 0.6, 1.5, 0.01, 1.4, 0.15, 1.2, 1.8, 0.1, 0.35, 1.8, 0.4, 2.5, 0.5, 0.2, 0.1,
        0.45,
    };

    private final FsrsOptimizer optimizer = new FsrsOptimizer(FsrsOptimizer.Settings.defaults());

    @Test
    void shouldRecoverKnownWeightsFromAThousandSyntheticReviews() {
        List<List<PastReview>> log = SyntheticLearner.reviewLog(TRUE_WEIGHTS, 100, 1000, 42);
        double[] defaults = FsrsWeights.defaults();

        FsrsOptimizer.Result result = optimizer.optimize(log, defaults, defaults);

        assertTrue(result.improved(), "fitted weights should beat the defaults: " + result);
        assertTrue(result.after().logLoss() < result.before().logLoss());
        // On fresh reviews from the same learner the fit predicts better than the defaults, close to the truth.
        List<List<PastReview>> fresh = SyntheticLearner.reviewLog(TRUE_WEIGHTS, 100, 1000, 7);
        double fitted = optimizer.evaluate(fresh, result.fitted()).logLoss();
        double initial = optimizer.evaluate(fresh, defaults).logLoss();
        double truth = optimizer.evaluate(fresh, TRUE_WEIGHTS).logLoss();
        assertTrue(fitted < initial, "fitted " + fitted + " vs defaults " + initial);
        assertTrue(fitted - truth < (initial - truth) / 2, "fitted " + fitted + ", truth " + truth
                + ", defaults " + initial);
        // The decay of the forgetting curve, the weight that differs most from the defaults, moves towards it.
        assertTrue(Math.abs(result.fitted()[20] - TRUE_WEIGHTS[20]) < Math.abs(defaults[20] - TRUE_WEIGHTS[20]));
    }

    @Test
    void shouldKeepCurrentWeightsWhenTheFitIsNotBetter() {
        List<List<PastReview>> log = SyntheticLearner.reviewLog(TRUE_WEIGHTS, 40, 400, 3);

        FsrsOptimizer.Result result = optimizer.optimize(log, TRUE_WEIGHTS, FsrsWeights.defaults());

        if (!result.improved()) {
            assertArrayEquals(TRUE_WEIGHTS, result.chosen(), 1e-12);
        }
        assertTrue(result.after().logLoss() < result.before().logLoss() || !result.improved());
        double chosen = optimizer.evaluate(log, result.chosen()).logLoss();
        assertFalse(Double.isNaN(chosen));
    }

    @Test
    void shouldChangeNothingWithTooFewReviews() {
        List<List<PastReview>> log = SyntheticLearner.reviewLog(TRUE_WEIGHTS, 3, 9, 1);

        FsrsOptimizer.Result result = optimizer.optimize(log, FsrsWeights.defaults(), FsrsWeights.defaults());

        assertFalse(result.improved());
        assertArrayEquals(FsrsWeights.defaults(), result.chosen(), 0);
    }
}
