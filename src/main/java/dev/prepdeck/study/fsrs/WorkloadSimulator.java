package dev.prepdeck.study.fsrs;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Estimates the daily review workload a desired retention costs, by simulating a learner's own cards day by day
 * with their FSRS weights: a due card is recalled with the probability the model predicts, a lapse costs the
 * relearning steps, new cards arrive at the daily limit. Each card draws its answers from its own seeded stream,
 * so two retentions are compared on the same luck.
 */
public final class WorkloadSimulator {

    /**
     * One card as the simulation starts from it.
     *
     * @param stability  S in days, 0 for a new card
     * @param difficulty D, 0 for a new card
     * @param dueInDays  study days from today until it is due (0 or less: due today)
     * @param daysSinceReview study days since its last review (ignored for a new card)
     */
    public record SimCard(double stability, double difficulty, int dueInDays, int daysSinceReview) {

        public static SimCard fresh() {
            return new SimCard(0, 0, 0, 0);
        }

        boolean isNew() {
            return stability <= 0;
        }
    }

    private final double[] weights;
    private final int learningSteps;
    private final int relearningSteps;
    private final int maximumInterval;

    /** {@code weights} the learner's FSRS weights; step counts are the reviews a new card or a lapse costs. */
    public WorkloadSimulator(double[] weights, int learningSteps, int relearningSteps, int maximumInterval) {
        this.weights = FsrsWeights.effective(weights, relearningSteps, true);
        this.learningSteps = learningSteps;
        this.relearningSteps = relearningSteps;
        this.maximumInterval = maximumInterval;
    }

    /** Average reviews per day over {@code days} days for each retention in {@code retentions}, in that order. */
    public Map<Double, Double> reviewsPerDay(List<SimCard> cards, int newPerDay, int days, List<Double> retentions,
            long seed) {
        Map<Double, Double> out = new LinkedHashMap<>();
        for (double retention : retentions) {
            out.put(retention, simulate(cards, newPerDay, days, retention, seed) / (double) days);
        }
        return out;
    }

    private long simulate(List<SimCard> cards, int newPerDay, int days, double retention, long seed) {
        FsrsModel model = new FsrsModel(weights, true, false);
        double modifier = model.intervalModifier(Retention.validateForEngine(retention));
        int n = cards.size();
        double[] s = new double[n];
        double[] d = new double[n];
        int[] due = new int[n];
        int[] last = new int[n];
        Random[] luck = new Random[n];
        for (int i = 0; i < n; i++) {
            SimCard c = cards.get(i);
            s[i] = c.stability();
            d[i] = c.difficulty();
            due[i] = Math.max(0, c.dueInDays());
            last[i] = -c.daysSinceReview();
            luck[i] = new Random(seed * 31 + i);
        }
        long reviews = 0;
        for (int day = 0; day < days; day++) {
            int introduced = 0;
            for (int i = 0; i < n; i++) {
                if (s[i] <= 0) {
                    if (introduced >= newPerDay) {
                        continue;
                    }
                    introduced++;
                    int grade = luck[i].nextDouble() < 0.8 ? 3 : 1;
                    FsrsModel.Memory m = model.nextState(0, 0, 0, grade, 0);
                    reviews += 1 + learningSteps;
                    s[i] = m.stability();
                    d[i] = m.difficulty();
                } else if (due[i] <= day) {
                    int elapsed = day - last[i];
                    double r = model.forgettingCurve(elapsed, s[i]);
                    boolean recalled = luck[i].nextDouble() < r;
                    FsrsModel.Memory m = model.nextState(d[i], s[i], elapsed, recalled ? 3 : 1, r);
                    reviews++;
                    if (!recalled) {
                        for (int step = 0; step < relearningSteps; step++) {
                            m = model.nextState(m.difficulty(), m.stability(), 0, 3, 1);
                        }
                        reviews += relearningSteps;
                    }
                    s[i] = m.stability();
                    d[i] = m.difficulty();
                } else {
                    continue;
                }
                last[i] = day;
                due[i] = day + (int) Math.min(maximumInterval, Math.max(1, Math.round(s[i] * modifier)));
            }
        }
        return reviews;
    }
}
