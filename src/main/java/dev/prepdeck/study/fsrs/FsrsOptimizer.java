package dev.prepdeck.study.fsrs;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Fits the 21 FSRS-6 weights to one learner's review log the way fsrs-rs does: recency-weighted binary
 * cross-entropy between the predicted retrievability and recall (grade above Again) of every review on a later
 * study day, first-grade stabilities initialised on their own, then Adam (finite-difference gradients, cosine
 * learning rate) with an L2 pull towards the starting weights and clipping to the documented bounds after every
 * step. The latest reviews are held out: the new weights are only proposed when they predict those better.
 */
public final class FsrsOptimizer {

    /** fsrs-rs PARAMS_STDDEV: how far each weight typically varies between learners; scales the L2 pull. */
    private static final double[] STDDEV = {
        6.43, 9.66, 17.58, 27.85, 0.57, 0.28, 0.6, 0.12, 0.39, 0.18, 0.33, 0.3, 0.09, 0.16, 0.57, 0.25,
        1.03, 0.31, 0.32, 0.14, 0.27,
    };
    private static final double EPS = 1e-7;
    private static final int MIN_TRAINING_REVIEWS = 8;
    private static final int MIN_HELD_OUT_REVIEWS = 8;
    private static final int BINS = 20;

    /**
     * How to fit.
     *
     * @param steps             Adam steps over the whole training set
     * @param learningRate      Adam's initial step size (fsrs-rs: 0.04), annealed along a cosine
     * @param gamma             strength of the pull towards the starting weights (fsrs-rs: 1)
     * @param heldOutShare      share of the latest reviews kept aside to judge the result
     * @param relearningSteps   number of relearning steps (caps w17/w18 as the scheduler does)
     * @param shortTerm         whether same-day reviews change stability (the scheduler's short-term mode)
     */
    public record Settings(int steps, double learningRate, double gamma, double heldOutShare, int relearningSteps,
            boolean shortTerm) {

        public Settings {
            if (steps < 1 || !(learningRate > 0) || !(gamma >= 0) || !(heldOutShare > 0 && heldOutShare < 1)) {
                throw new IllegalArgumentException("Unusable optimizer settings");
            }
        }

        /** 150 steps at 0.04, gamma 1, the latest 20 % held out, one relearning step, short-term on. */
        public static Settings defaults() {
            return new Settings(150, 0.04, 1.0, 0.2, 1, true);
        }
    }

    /** Log loss and RMSE (predictions binned by retrievability) over {@code reviews} labelled reviews. */
    public record Metrics(double logLoss, double rmse, int reviews) {
    }

    /**
     * What an optimization found.
     *
     * @param current        the weights in use before
     * @param fitted         the weights fitted on the training part
     * @param before         current weights on the held-out reviews
     * @param after          fitted weights on the held-out reviews
     * @param trainingReviews labelled reviews the fit used
     * @param improved       true only if the fitted weights have a lower held-out log loss
     */
    public record Result(double[] current, double[] fitted, Metrics before, Metrics after, int trainingReviews,
            boolean improved) {

        /** The weights to use from now on: the fitted ones if they are better, else the current ones. */
        public double[] chosen() {
            return (improved ? fitted : current).clone();
        }
    }

    private final Settings settings;

    public FsrsOptimizer(Settings settings) {
        this.settings = settings;
    }

    /**
     * Fits weights to {@code histories} (each one card's grades, oldest first), starting from and pulled towards
     * {@code prior} (the cohort's weights for a learner with few reviews), and compares them with {@code current}
     * on the held-out latest reviews.
     */
    public Result optimize(List<List<PastReview>> histories, double[] current, double[] prior) {
        double[] cur = clip(current);
        long cutoff = cutoff(histories);
        List<List<PastReview>> training = new ArrayList<>();
        for (List<PastReview> h : histories) {
            List<PastReview> before = h.stream().filter(r -> r.reviewedAtMillis() < cutoff).toList();
            if (before.size() > 1) {
                training.add(before);
            }
        }
        Metrics before = evaluate(histories, cur, cutoff);
        Dataset data = new Dataset(training);
        if (data.labels < MIN_TRAINING_REVIEWS || before.reviews() < MIN_HELD_OUT_REVIEWS) {
            return new Result(cur, cur.clone(), before, before, data.labels, false);
        }
        double[] start = initialStabilities(training, clip(prior));
        double[] fitted = adam(data, start);
        Metrics after = evaluate(histories, fitted, cutoff);
        return new Result(cur, fitted, before, after, data.labels, after.logLoss() < before.logLoss());
    }

    /** Log loss and RMSE of {@code weights} over every labelled review in {@code histories}. */
    public Metrics evaluate(List<List<PastReview>> histories, double[] weights) {
        return evaluate(histories, clip(weights), Long.MIN_VALUE);
    }

    private Metrics evaluate(List<List<PastReview>> histories, double[] w, long from) {
        FsrsModel model = new FsrsModel(w, settings.shortTerm(), false);
        double[] sums = new double[2];
        double[] predSum = new double[BINS];
        double[] hitSum = new double[BINS];
        int[] count = new int[BINS];
        for (List<PastReview> h : histories) {
            replay(model, h, (rev, i, r) -> {
                if (rev.reviewedAtMillis() >= from) {
                    double y = rev.rating() > 1 ? 1 : 0;
                    int bin = Math.min(BINS - 1, (int) (r * BINS));
                    sums[0] += crossEntropy(r, y);
                    sums[1]++;
                    predSum[bin] += r;
                    hitSum[bin] += y;
                    count[bin]++;
                }
            });
        }
        double loss = sums[0];
        int n = (int) sums[1];
        if (n == 0) {
            return new Metrics(Double.NaN, Double.NaN, 0);
        }
        double squares = 0;
        for (int b = 0; b < BINS; b++) {
            if (count[b] > 0) {
                double gap = predSum[b] / count[b] - hitSum[b] / count[b];
                squares += count[b] * gap * gap;
            }
        }
        return new Metrics(loss / n, Math.sqrt(squares / n), n);
    }

    /** The review time from which on labelled reviews are held out (the latest share of them). */
    private long cutoff(List<List<PastReview>> histories) {
        List<Long> times = new ArrayList<>();
        for (List<PastReview> h : histories) {
            for (int i = 1; i < h.size(); i++) {
                if (h.get(i).elapsedDays() > 0) {
                    times.add(h.get(i).reviewedAtMillis());
                }
            }
        }
        if (times.isEmpty()) {
            return Long.MAX_VALUE;
        }
        times.sort(null);
        int index = (int) Math.floor(times.size() * (1 - settings.heldOutShare()));
        return times.get(Math.min(index, times.size() - 1));
    }

    /** The training reviews flattened once, with fsrs-rs's recency weights (older reviews count less). */
    private static final class Dataset {
        final List<List<PastReview>> histories;
        final double[][] weight;
        final int labels;
        final double weightSum;

        Dataset(List<List<PastReview>> histories) {
            this.histories = histories;
            List<Long> times = new ArrayList<>();
            for (List<PastReview> h : histories) {
                for (int i = 1; i < h.size(); i++) {
                    if (h.get(i).elapsedDays() > 0) {
                        times.add(h.get(i).reviewedAtMillis());
                    }
                }
            }
            long[] sorted = times.stream().mapToLong(Long::longValue).sorted().toArray();
            this.labels = sorted.length;
            this.weight = new double[histories.size()][];
            double sum = 0;
            for (int k = 0; k < histories.size(); k++) {
                List<PastReview> h = histories.get(k);
                weight[k] = new double[h.size()];
                for (int i = 1; i < h.size(); i++) {
                    if (h.get(i).elapsedDays() > 0) {
                        int rank = Arrays.binarySearch(sorted, h.get(i).reviewedAtMillis());
                        double x = labels > 1 ? (double) Math.max(rank, 0) / (labels - 1) : 1;
                        weight[k][i] = 0.25 + 0.75 * x * x * x;
                        sum += weight[k][i];
                    }
                }
            }
            this.weightSum = sum;
        }
    }

    private double[] adam(Dataset data, double[] start) {
        double[] w = start.clone();
        double[] m = new double[w.length];
        double[] v = new double[w.length];
        double[] best = w.clone();
        double bestLoss = objective(data, w, start);
        for (int t = 1; t <= settings.steps(); t++) {
            double[] g = gradient(data, w, start);
            double lr = settings.learningRate() * 0.5 * (1 + Math.cos(Math.PI * (t - 1) / settings.steps()));
            for (int i = 0; i < w.length; i++) {
                m[i] = 0.9 * m[i] + 0.1 * g[i];
                v[i] = 0.999 * v[i] + 0.001 * g[i] * g[i];
                double mHat = m[i] / (1 - Math.pow(0.9, t));
                double vHat = v[i] / (1 - Math.pow(0.999, t));
                w[i] -= lr * mHat / (Math.sqrt(vHat) + 1e-8);
            }
            w = clip(w);
            double loss = objective(data, w, start);
            if (loss < bestLoss) {
                bestLoss = loss;
                best = w.clone();
            }
        }
        return best;
    }

    private double[] gradient(Dataset data, double[] w, double[] start) {
        double base = objective(data, w, start);
        double[] g = new double[w.length];
        for (int i = 0; i < w.length; i++) {
            double h = 1e-6 * Math.max(1, Math.abs(w[i]));
            double[] moved = w.clone();
            moved[i] += h;
            g[i] = (objective(data, moved, start) - base) / h;
        }
        return g;
    }

    /** Weighted mean cross-entropy on the training reviews plus the pull towards the starting weights. */
    private double objective(Dataset data, double[] w, double[] start) {
        FsrsModel model = new FsrsModel(w, settings.shortTerm(), false);
        double[] loss = new double[1];
        for (int k = 0; k < data.histories.size(); k++) {
            double[] weights = data.weight[k];
            replay(model, data.histories.get(k), (rev, i, r) -> loss[0] += weights[i]
                    * crossEntropy(r, rev.rating() > 1 ? 1 : 0));
        }
        double penalty = 0;
        for (int i = 0; i < w.length; i++) {
            double z = (w[i] - start[i]) / STDDEV[i];
            penalty += z * z;
        }
        return loss[0] / data.weightSum + settings.gamma() * penalty / data.labels;
    }

    /**
     * fsrs-rs fits the first-grade stabilities w0..w3 on their own before the rest: for each first grade, the
     * stability that best predicts the first review on a later day, pulled towards the prior's value.
     */
    private double[] initialStabilities(List<List<PastReview>> histories, double[] prior) {
        double[] w = prior.clone();
        FsrsModel model = new FsrsModel(prior, settings.shortTerm(), false);
        for (int grade = 1; grade <= 4; grade++) {
            List<double[]> points = new ArrayList<>();
            for (List<PastReview> h : histories) {
                if (h.get(0).rating() != grade) {
                    continue;
                }
                int days = 0;
                for (int i = 1; i < h.size(); i++) {
                    days += h.get(i).elapsedDays();
                    if (days > 0) {
                        points.add(new double[] {days, h.get(i).rating() > 1 ? 1 : 0});
                        break;
                    }
                }
            }
            if (points.isEmpty()) {
                continue;
            }
            double bestS = prior[grade - 1];
            double bestLoss = Double.MAX_VALUE;
            for (int step = 0; step <= 300; step++) {
                double s = 0.1 * Math.pow(1000, step / 300.0);
                double loss = Math.abs(Math.log(s) - Math.log(Math.max(prior[grade - 1], 0.1)));
                for (double[] p : points) {
                    loss += crossEntropy(model.forgettingCurve(p[0], s), p[1]);
                }
                if (loss < bestLoss) {
                    bestLoss = loss;
                    bestS = s;
                }
            }
            w[grade - 1] = bestS;
        }
        return clip(w);
    }

    private double[] clip(double[] w) {
        return FsrsWeights.effective(w, settings.relearningSteps(), settings.shortTerm());
    }

    /** Receives each review on a later study day with the retrievability the model predicted for it. */
    private interface Labelled {
        void review(PastReview review, int index, double predicted);
    }

    /** Runs the memory model through one card's grades, reporting every review that is a training label. */
    private static void replay(FsrsModel model, List<PastReview> history, Labelled sink) {
        double d = 0;
        double s = 0;
        for (int i = 0; i < history.size(); i++) {
            PastReview rev = history.get(i);
            double r = 0;
            if (i > 0) {
                r = model.forgettingCurve(rev.elapsedDays(), s);
                if (rev.elapsedDays() > 0) {
                    sink.review(rev, i, r);
                }
            }
            FsrsModel.Memory m = model.nextState(d, s, i == 0 ? 0 : rev.elapsedDays(), rev.rating(), r);
            d = m.difficulty();
            s = m.stability();
        }
    }

    private static double crossEntropy(double r, double y) {
        double p = Math.min(Math.max(r, EPS), 1 - EPS);
        return -(y * Math.log(p) + (1 - y) * Math.log(1 - p));
    }
}
