package dev.prepdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;

/** Behaviour of the scheduler a learner would notice: steps, graduation, lapses, fuzz, caps and previews. */
class FsrsSchedulerTest {

    private static final Instant START = Instant.parse("2024-05-06T09:00:00Z");

    private final FsrsScheduler exact = new FsrsScheduler(
            FsrsConfig.defaults().withFuzz(false).withDayClock(DayClock.UTC_MIDNIGHT));

    @Test
    void againOnNewCardRepeatsFirstLearningStep() {
        ReviewResult again = exact.review(FsrsCard.newCard(START), START, Rating.AGAIN);

        assertEquals(CardState.LEARNING, again.card().state());
        assertEquals(Duration.ofMinutes(1), again.interval());
        assertEquals(0, again.card().learningSteps());
        assertEquals(0, again.card().lapses(), "forgetting a card still in learning is not a lapse");
    }

    @Test
    void againInLaterLearningStepGoesBackToFirstStep() {
        FsrsCard second = exact.review(FsrsCard.newCard(START), START, Rating.GOOD).card();
        assertEquals(1, second.learningSteps());

        ReviewResult again = exact.review(second, second.due(), Rating.AGAIN);

        assertEquals(CardState.LEARNING, again.card().state());
        assertEquals(Duration.ofMinutes(1), again.interval());
        assertEquals(0, again.card().learningSteps());
    }

    @Test
    void hardOnFirstStepWaitsAverageOfAgainAndGood() {
        ReviewResult hard = exact.review(FsrsCard.newCard(START), START, Rating.HARD);

        assertEquals(CardState.LEARNING, hard.card().state());
        assertEquals(Duration.ofMinutes(6), hard.interval(), "(1m + 10m) / 2 rounded");
        assertEquals(0, hard.card().learningSteps(), "Hard repeats the current step");
    }

    @Test
    void hardWithSingleStepWaitsOneAndAHalfSteps() {
        FsrsScheduler oneStep = new FsrsScheduler(exact.config().withLearningSteps("10m"));

        assertEquals(Duration.ofMinutes(15), oneStep.review(FsrsCard.newCard(START), START, Rating.HARD).interval());
    }

    @Test
    void hardOnSecondStepStillUsesFirstTwoStepsLikeTsFsrs() {
        FsrsScheduler threeSteps = new FsrsScheduler(exact.config().withLearningSteps("1m 10m 1h"));
        FsrsCard second = threeSteps.review(FsrsCard.newCard(START), START, Rating.GOOD).card();

        ReviewResult hard = threeSteps.review(second, second.due(), Rating.HARD);

        assertEquals(Duration.ofMinutes(6), hard.interval());
        assertEquals(1, hard.card().learningSteps());
    }

    @Test
    void goodMovesToNextStepThenGraduates() {
        ReviewResult first = exact.review(FsrsCard.newCard(START), START, Rating.GOOD);
        assertEquals(CardState.LEARNING, first.card().state());
        assertEquals(Duration.ofMinutes(10), first.interval());
        assertEquals(1, first.card().learningSteps());

        ReviewResult graduated = exact.review(first.card(), first.card().due(), Rating.GOOD);
        assertEquals(CardState.REVIEW, graduated.card().state());
        assertEquals(0, graduated.card().learningSteps());
        assertTrue(graduated.card().scheduledDays() >= 1);
        assertEquals(Duration.ofDays(graduated.card().scheduledDays()), graduated.interval());
    }

    @Test
    void easyGraduatesNewCardAtOnce() {
        ReviewResult easy = exact.review(FsrsCard.newCard(START), START, Rating.EASY);

        assertEquals(CardState.REVIEW, easy.card().state());
        assertEquals(8, easy.card().scheduledDays(), "S0(Easy) = 8.2956 days with default weights");
        assertEquals(8.2956, easy.card().stability());
        assertEquals(1.0, easy.card().difficulty());
    }

    @Test
    void forgettingReviewCardStartsRelearningAndCountsLapse() {
        FsrsCard review = exact.review(FsrsCard.newCard(START), START, Rating.EASY).card();

        ReviewResult again = exact.review(review, review.due(), Rating.AGAIN);

        assertEquals(CardState.RELEARNING, again.card().state());
        assertEquals(Duration.ofMinutes(10), again.interval());
        assertEquals(1, again.card().lapses());
        assertTrue(again.card().stability() < review.stability());

        ReviewResult relearned = exact.review(again.card(), again.card().due(), Rating.GOOD);
        assertEquals(CardState.REVIEW, relearned.card().state());
        assertEquals(1, relearned.card().lapses());
    }

    @Test
    void withoutStepsEveryAnswerIsScheduledInDays() {
        FsrsScheduler noSteps = new FsrsScheduler(exact.config().withLearningSteps("").withRelearningSteps(""));

        ReviewResult again = noSteps.review(FsrsCard.newCard(START), START, Rating.AGAIN);

        assertEquals(CardState.REVIEW, again.card().state());
        assertEquals(1, again.card().scheduledDays());
    }

    @Test
    void longTermModeSchedulesEveryGradeInDaysWithIncreasingIntervals() {
        FsrsScheduler longTerm = new FsrsScheduler(exact.config().withShortTerm(false));
        FsrsCard card = longTerm.review(FsrsCard.newCard(START), START, Rating.GOOD).card();
        Preview preview = longTerm.preview(card, card.due());

        int previous = 0;
        for (Rating rating : Rating.values()) {
            ReviewResult result = preview.get(rating);
            assertEquals(CardState.REVIEW, result.card().state());
            assertTrue(result.card().scheduledDays() > previous, rating + " must come later than the grade below");
            previous = result.card().scheduledDays();
        }
        assertEquals(1, preview.get(Rating.AGAIN).card().lapses());
    }

    @Test
    void goodAtEveryDueDateGivesTsFsrsUpstreamIntervals() {
        // ts-fsrs FSRS-6.test.ts: G,G,G,G,G,G,A,A,G,G,G,G,G from 2022-12-29 12:30, each at the previous due date.
        Rating[] grades = {Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.AGAIN,
            Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD};
        Instant now = Instant.parse("2022-12-29T12:30:00Z");
        FsrsCard card = FsrsCard.newCard(now);
        List<Integer> intervals = new ArrayList<>();
        for (Rating grade : grades) {
            card = exact.review(card, now, grade).card();
            intervals.add(card.scheduledDays());
            now = card.due();
        }
        assertEquals(List.of(0, 2, 11, 46, 163, 498, 0, 0, 2, 4, 7, 12, 21), intervals);
    }

    @Test
    void memoryStateMatchesFsrsRsReference() {
        // fsrs-rs test_memory_state: ratings 1,3,3,3,3,3 after 0,0,1,3,8,21 days -> S ~ 53.62691, D ~ 6.3574867.
        int[] gaps = {0, 0, 1, 3, 8, 21};
        Rating[] grades = {Rating.AGAIN, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD, Rating.GOOD};
        assertMemoryAfter(exact, gaps, grades, 53.62690465, 6.35748708);
        assertMemoryAfter(new FsrsScheduler(exact.config().withShortTerm(false)), gaps, grades, 53.33506455,
                6.35748708);
    }

    private static void assertMemoryAfter(FsrsScheduler scheduler, int[] gaps, Rating[] grades, double s, double d) {
        Instant now = Instant.parse("2022-12-29T12:30:00Z");
        FsrsCard card = FsrsCard.newCard(now);
        for (int i = 0; i < gaps.length; i++) {
            now = now.plus(Duration.ofDays(gaps[i]));
            card = scheduler.review(card, now, grades[i]).card();
        }
        assertEquals(s, card.stability());
        assertEquals(d, card.difficulty());
    }

    @Test
    void previewShowsEachGradesOutcomeAndLabel() {
        Preview preview = exact.preview(FsrsCard.newCard(START), START);

        assertEquals("1m", preview.label(Rating.AGAIN));
        assertEquals("6m", preview.label(Rating.HARD));
        assertEquals("10m", preview.label(Rating.GOOD));
        assertEquals("8d", preview.label(Rating.EASY));
    }

    @Test
    void previewAgreesWithReviewForEveryGradeEvenWithFuzz() {
        FsrsScheduler fuzzed = new FsrsScheduler(FsrsConfig.defaults());
        FsrsCard card = fuzzed.review(FsrsCard.newCard(START), START, Rating.EASY).card();
        Instant later = card.due().plus(Duration.ofDays(3));

        Preview preview = fuzzed.preview(card, later);

        for (Rating rating : Rating.values()) {
            assertEquals(fuzzed.review(card, later, rating), preview.get(rating), rating.toString());
        }
    }

    @Test
    void fuzzIsDeterministicForTheSameReview() {
        FsrsCard card = exact.review(FsrsCard.newCard(START), START, Rating.EASY).card();
        Instant at = card.due().plusSeconds(3600);

        ReviewResult once = new FsrsScheduler(FsrsConfig.defaults()).review(card, at, Rating.GOOD);
        ReviewResult again = new FsrsScheduler(FsrsConfig.defaults()).review(card, at, Rating.GOOD);

        assertEquals(once, again);
    }

    @Test
    void fuzzedIntervalsMatchTsFsrsForGoodAtEveryDueDate() {
        // ts-fsrs 5.4.2, fsrs({enable_fuzz: true}), Good at every due date from 2024-01-01T09:00Z.
        FsrsScheduler fuzzed = new FsrsScheduler(FsrsConfig.defaults().withDayClock(DayClock.UTC_MIDNIGHT));
        Instant now = Instant.parse("2024-01-01T09:00:00Z");
        FsrsCard card = FsrsCard.newCard(now);
        List<Integer> intervals = new ArrayList<>();
        for (int i = 0; i < 7; i++) {
            card = fuzzed.review(card, now, Rating.GOOD).card();
            intervals.add(card.scheduledDays());
            now = card.due();
        }
        assertEquals(List.of(0, 2, 13, 49, 181, 537, 1509), intervals);
        assertEquals(1443.12645366, card.stability());
    }

    @Test
    void fuzzSpreadsIntervalsWithinTsFsrsRange() {
        FsrsScheduler fuzzed = new FsrsScheduler(FsrsConfig.defaults());
        Set<Integer> seen = new TreeSet<>();
        for (int minute = 0; minute < 500; minute++) {
            Instant at = START.plus(Duration.ofMinutes(minute * 7L));
            seen.add(fuzzed.review(FsrsCard.newCard(at), at, Rating.EASY).card().scheduledDays());
        }
        // Unfuzzed Easy is 8 days; ts-fsrs's range for 8 days is round(8 -/+ 1.775) = 6..10.
        assertEquals(Set.of(6, 7, 8, 9, 10), seen);
    }

    @Test
    void fuzzSeededByCardGivesThePreviewedIntervalWhenGradedLaterThatDay() {
        FsrsScheduler fuzzed = new FsrsScheduler(FsrsConfig.defaults());
        Set<Integer> seen = new TreeSet<>();
        for (int n = 0; n < 300; n++) {
            String key = "7/card-" + n;
            FsrsCard review = new FsrsCard(CardState.REVIEW, START, 20, 5, 0, 20, 0, 4, 0,
                    START.minus(Duration.ofDays(20)));
            Preview shown = fuzzed.preview(review, START, key);
            for (Rating rating : Rating.values()) {
                // Graded a few minutes after the buttons were shown.
                ReviewResult given = fuzzed.review(review, START.plus(Duration.ofMinutes(3 + n % 50)), rating, key);
                assertEquals(shown.get(rating).card().scheduledDays(), given.card().scheduledDays(), key + " " + rating);
                assertEquals(shown.label(rating), IntervalLabels.format(given.interval()), key + " " + rating);
            }
            seen.add(shown.get(Rating.GOOD).card().scheduledDays());
        }
        assertTrue(seen.size() > 3, "cards learned together still spread out: " + seen);
    }

    @Test
    void fuzzCanBeSwitchedOff() {
        for (int minute = 0; minute < 50; minute++) {
            Instant at = START.plus(Duration.ofMinutes(minute * 7L));
            assertEquals(8, exact.review(FsrsCard.newCard(at), at, Rating.EASY).card().scheduledDays());
        }
    }

    @Test
    void fuzzOffWithDefaultsReproducesReferenceHistoriesEndToEnd() {
        // Unlike FsrsReferenceVectorsTest this chains the scheduler's own cards, so any drift would accumulate.
        ReferenceVectors vectors = ReferenceVectors.load("fsrs.unused", "/fsrs/vectors-public.json");
        int replayed = 0;
        for (JsonNode history : vectors.histories()) {
            if (!history.path("config").asText().equals("steps_default@0.9")) {
                continue;
            }
            FsrsCard card = FsrsCard.newCard(Instant.ofEpochMilli(history.path("created_ms").asLong()));
            for (JsonNode step : history.path("steps")) {
                card = exact.review(card, Instant.ofEpochMilli(step.path("review_ms").asLong()),
                        Rating.of(step.path("rating").asInt())).card();
                assertEquals(ReferenceVectors.recordedCard(step), card,
                        "history " + history.path("id") + " step " + step.path("i"));
                replayed++;
            }
        }
        assertTrue(replayed > 20, "expected default-config histories in the public vectors");
    }

    @Test
    void maximumIntervalCapsIntervalsExceptTsFsrsOrderingBumps() {
        FsrsScheduler capped = new FsrsScheduler(exact.config().withMaximumInterval(30));
        Instant now = Instant.parse("2024-01-01T00:00:00Z");
        FsrsCard card = FsrsCard.newCard(now);
        List<Integer> easy = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Preview preview = capped.preview(card, now);
            assertTrue(preview.get(Rating.HARD).card().scheduledDays() <= 30, "Hard never exceeds the maximum");
            card = preview.get(Rating.EASY).card();
            easy.add(card.scheduledDays());
            now = card.due();
        }
        // Same as ts-fsrs: Good is pushed to Hard + 1 and Easy to Good + 1 even past the cap.
        assertEquals(List.of(8, 31, 32, 32), easy);
    }

    @Test
    void fuzzNeverExceedsMaximumInterval() {
        FsrsScheduler capped = new FsrsScheduler(FsrsConfig.defaults().withMaximumInterval(30));
        for (int i = 0; i < 200; i++) {
            Instant at = START.plus(Duration.ofHours(i));
            FsrsCard review = new FsrsCard(CardState.REVIEW, at, 400, 5, 0, 30, 0, 5, 0, at.minus(Duration.ofDays(30)));
            assertTrue(capped.review(review, at, Rating.HARD).card().scheduledDays() <= 30);
        }
    }

    @Test
    void reviewOnAnEarlierStudyDayThanTheLastReviewIsRejected() {
        FsrsCard card = exact.review(FsrsCard.newCard(START), START, Rating.EASY).card();

        assertThrows(IllegalArgumentException.class,
                () -> exact.review(card, START.minus(Duration.ofDays(1)), Rating.GOOD));
    }

    @Test
    void logRecordsMemoryBeforeAndAfter() {
        FsrsCard card = exact.review(FsrsCard.newCard(START), START, Rating.GOOD).card();
        Instant later = START.plus(Duration.ofDays(3));

        FsrsReviewLog log = exact.review(card, later, Rating.HARD).log();

        assertEquals(Rating.HARD, log.rating());
        assertEquals(CardState.LEARNING, log.stateBefore());
        assertEquals(CardState.LEARNING, log.stateAfter());
        assertEquals(card.stability(), log.stabilityBefore());
        assertEquals(card.difficulty(), log.difficultyBefore());
        assertEquals(3, log.elapsedDays());
        assertEquals(exact.forgettingCurve(3, card.stability()), log.retrievability());
        assertEquals(later, log.reviewedAt());
        assertNull(exact.review(FsrsCard.newCard(START), START, Rating.GOOD).log().retrievability());
    }

    @Test
    void retrievabilityIsNinetyPercentAfterStabilityDaysAndFalls() {
        FsrsCard card = exact.review(FsrsCard.newCard(START), START, Rating.EASY).card();

        assertEquals(0, exact.retrievability(FsrsCard.newCard(START), START));
        assertEquals(1.0, exact.retrievability(card, START.plus(Duration.ofHours(23))));
        assertEquals(0.9, exact.forgettingCurve(card.stability(), card.stability()), 1e-8);
        assertTrue(exact.retrievability(card, START.plus(Duration.ofDays(30)))
                < exact.retrievability(card, START.plus(Duration.ofDays(8))));
    }

    @Test
    void reviewCardIsDueForItsWholeStudyDay() {
        FsrsScheduler seoul = new FsrsScheduler(exact.config().withDayClock(DayClock.of(
                ZoneId.of("Asia/Seoul"))));
        Instant evening = Instant.parse("2024-05-06T11:00:00Z"); // 20:00 in Seoul
        FsrsCard card = seoul.review(FsrsCard.newCard(evening), evening, Rating.EASY).card();
        Instant dueDayMorning = card.due().minus(Duration.ofHours(15)); // 05:00 Seoul on the due day

        assertTrue(seoul.isDue(card, dueDayMorning));
        assertFalse(seoul.isDue(card, card.due().minus(Duration.ofDays(1))));
    }

    @Test
    void learningCardIsDueOnlyFromItsDueMinute() {
        FsrsCard card = exact.review(FsrsCard.newCard(START), START, Rating.GOOD).card();

        assertFalse(exact.isDue(card, card.due().minusSeconds(1)));
        assertTrue(exact.isDue(card, card.due()));
    }

    @Test
    void higherDesiredRetentionGivesShorterIntervals() {
        FsrsCard card = exact.review(FsrsCard.newCard(START), START, Rating.EASY).card();
        Map<Double, Integer> byRetention = new TreeMap<>();
        for (double retention : new double[] {0.8, 0.9, 0.95}) {
            FsrsScheduler scheduler = new FsrsScheduler(exact.config().withDesiredRetention(retention));
            byRetention.put(retention, scheduler.review(card, card.due(), Rating.GOOD).card().scheduledDays());
        }
        assertTrue(byRetention.get(0.8) > byRetention.get(0.9));
        assertTrue(byRetention.get(0.9) > byRetention.get(0.95));
    }
}
