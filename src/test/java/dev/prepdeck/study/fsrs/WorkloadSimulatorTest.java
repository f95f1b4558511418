package dev.prepdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WorkloadSimulatorTest {

    private static final List<Double> RETENTIONS = List.of(0.70, 0.75, 0.80, 0.85, 0.90, 0.95, 0.97);

    private final WorkloadSimulator simulator = new WorkloadSimulator(FsrsWeights.defaults(), 2, 1, 36500);

    @Test
    void shouldCostMoreReviewsPerDayTheHigherTheRetention() {
        List<WorkloadSimulator.SimCard> cards = new ArrayList<>();
        Random random = new Random(5);
        for (int i = 0; i < 150; i++) {
            double s = 1 + random.nextDouble() * 40;
            cards.add(new WorkloadSimulator.SimCard(s, 2 + random.nextDouble() * 7, random.nextInt(20),
                    random.nextInt(10)));
        }
        for (int i = 0; i < 50; i++) {
            cards.add(WorkloadSimulator.SimCard.fresh());
        }

        Map<Double, Double> load = simulator.reviewsPerDay(cards, 10, 60, RETENTIONS, 11);

        List<Double> perDay = new ArrayList<>(load.values());
        assertEquals(RETENTIONS, List.copyOf(load.keySet()));
        for (int i = 1; i < perDay.size(); i++) {
            assertTrue(perDay.get(i) > perDay.get(i - 1), "workload per retention " + load);
        }
        // 97 % is far dearer than 70 %: the steep end of the curve Anki warns about.
        assertTrue(perDay.get(perDay.size() - 1) > 2 * perDay.get(0), "workload per retention " + load);
    }

    @Test
    void shouldCountOnlyNewCardsForALearnerWhoHasNotStartedYet() {
        List<WorkloadSimulator.SimCard> cards = List.of(WorkloadSimulator.SimCard.fresh(),
                WorkloadSimulator.SimCard.fresh());

        Map<Double, Double> load = simulator.reviewsPerDay(cards, 5, 1, List.of(0.9), 1);

        // Two new cards on day one, each with its first grade and two learning steps.
        assertEquals(6.0, load.get(0.9), 1e-9);
    }
}
