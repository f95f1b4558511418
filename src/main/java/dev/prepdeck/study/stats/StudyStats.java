package dev.prepdeck.study.stats;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

import dev.prepdeck.study.fsrs.CardState;
import dev.prepdeck.study.fsrs.DayClock;

/**
 * A learner's statistics as Anki defines them, computed from review-log and card-state rows: review calendar,
 * due forecast, true retention (young vs mature), card counts, streak and answer-button use. Pure: no database.
 */
public final class StudyStats {

    /** Interval (days) from which a card counts as mature, as in Anki. */
    public static final int MATURE_DAYS = 21;
    /** Days shown in the review calendar. */
    public static final int CALENDAR_DAYS = 365;
    /** Days in the due forecast. */
    public static final int FORECAST_DAYS = 30;

    private StudyStats() {
    }

    /** One grade: when, which button, the card's state and interval (days) before it, time taken, its topic. */
    public record ReviewPoint(Instant at, int rating, CardState stateBefore, int intervalBefore, int answerMs,
            String topicId) {
    }

    /** One studied (or marked) card: state, due time, interval, whether suspended, its topic. */
    public record CardPoint(CardState state, Instant due, int scheduledDays, boolean suspended, String topicId) {
    }

    /** The windows Anki's true-retention table uses, in study days including today. */
    public enum Period {
        TODAY(1), WEEK(7), MONTH(30), YEAR(365);

        public final int days;

        Period(int days) {
            this.days = days;
        }
    }

    /** Reviews on one study day (calendar) or cards due on one study day (forecast). */
    public record DayCount(LocalDate date, int count) {
    }

    /** Pass counts of review-card grades: Hard, Good and Easy pass, Again fails. */
    public record Retention(int youngPassed, int youngTotal, int maturePassed, int matureTotal) {

        public int passed() {
            return youngPassed + maturePassed;
        }

        public int total() {
            return youngTotal + matureTotal;
        }

        /** Pass rate in percent, or null with no reviews. */
        public Double youngPercent() {
            return percent(youngPassed, youngTotal);
        }

        public Double maturePercent() {
            return percent(maturePassed, matureTotal);
        }

        public Double totalPercent() {
            return percent(passed(), total());
        }

        private static Double percent(int part, int whole) {
            return whole == 0 ? null : Math.round(1000.0 * part / whole) / 10.0;
        }

        Retention plus(boolean mature, boolean passed) {
            return mature
                    ? new Retention(youngPassed, youngTotal, maturePassed + (passed ? 1 : 0), matureTotal + 1)
                    : new Retention(youngPassed + (passed ? 1 : 0), youngTotal + 1, maturePassed, matureTotal);
        }

        static final Retention NONE = new Retention(0, 0, 0, 0);
    }

    /** Cards by state; suspended cards are counted only as suspended. */
    public record CardCounts(long newCards, long learning, long relearning, long young, long mature, long suspended) {
        public long total() {
            return newCards + learning + relearning + young + mature + suspended;
        }
    }

    /** Today's work. */
    public record Today(int reviews, int newCards, int again, long answerMs) {
    }

    /** Study days in a row with at least one review, up to today (or yesterday while today is still empty). */
    public record Streak(int current, int longest) {
    }

    /** Answer-button use for learning, young and mature cards: counts of Again, Hard, Good, Easy. */
    public record Buttons(int[] learning, int[] young, int[] mature) {
    }

    /**
     * One topic's progress: cards studied (not New), cards due by the end of today (suspended ones left out), and
     * the true retention of the past 30 days in percent, null without reviews then.
     */
    public record TopicProgress(long seen, long due, Double retention) {
    }

    /** Everything the statistics page and API show. */
    public record Report(LocalDate today, Today todayWork, List<DayCount> calendar, int calendarMax,
            List<DayCount> forecast, int forecastMax, Map<Period, Retention> retention,
            Map<String, Map<Period, Retention>> retentionByTopic, CardCounts counts, Streak streak, Buttons buttons) {
    }

    /**
     * Computes the report at {@code now}. {@code reviews} are the learner's grades of the past year (undone ones
     * left out), {@code cards} their card rows, {@code activeCards} how many cards exist to study.
     */
    public static Report compute(List<ReviewPoint> reviews, List<CardPoint> cards, long activeCards, DayClock day,
            Instant now) {
        long today = day.studyDay(now);

        int[] perDay = new int[CALENDAR_DAYS];
        Map<Period, Retention> retention = new EnumMap<>(Period.class);
        Map<String, Map<Period, Retention>> byTopic = new TreeMap<>();
        for (Period period : Period.values()) {
            retention.put(period, Retention.NONE);
        }
        int[] learning = new int[4];
        int[] young = new int[4];
        int[] mature = new int[4];
        int todayReviews = 0;
        int todayNew = 0;
        int todayAgain = 0;
        long todayMs = 0;

        for (ReviewPoint review : reviews) {
            long age = today - day.studyDay(review.at());
            if (age < 0 || age >= CALENDAR_DAYS) {
                continue;
            }
            perDay[(int) (CALENDAR_DAYS - 1 - age)]++;
            boolean passed = review.rating() > 1;
            boolean isMature = review.intervalBefore() >= MATURE_DAYS;
            if (age == 0) {
                todayReviews++;
                todayMs += review.answerMs();
                todayNew += review.stateBefore() == CardState.NEW ? 1 : 0;
                todayAgain += passed ? 0 : 1;
            }
            if (age < Period.MONTH.days) {
                int[] row = review.stateBefore() != CardState.REVIEW ? learning : isMature ? mature : young;
                row[review.rating() - 1]++;
            }
            // True retention looks at review cards only: learning steps say little about memory.
            if (review.stateBefore() != CardState.REVIEW) {
                continue;
            }
            Map<Period, Retention> topic = byTopic.computeIfAbsent(review.topicId() == null ? "" : review.topicId(),
                    t -> new EnumMap<>(Period.class));
            for (Period period : Period.values()) {
                if (age < period.days) {
                    retention.put(period, retention.get(period).plus(isMature, passed));
                    topic.put(period, topic.getOrDefault(period, Retention.NONE).plus(isMature, passed));
                }
            }
        }
        for (Map<Period, Retention> topic : byTopic.values()) {
            for (Period period : Period.values()) {
                topic.putIfAbsent(period, Retention.NONE);
            }
        }

        List<DayCount> calendar = new ArrayList<>(CALENDAR_DAYS);
        int calendarMax = 0;
        for (int i = 0; i < CALENDAR_DAYS; i++) {
            calendar.add(new DayCount(LocalDate.ofEpochDay(today - (CALENDAR_DAYS - 1) + i), perDay[i]));
            calendarMax = Math.max(calendarMax, perDay[i]);
        }

        int[] due = new int[FORECAST_DAYS];
        long learningCards = 0;
        long relearning = 0;
        long youngCards = 0;
        long matureCards = 0;
        long suspended = 0;
        long studied = 0;
        for (CardPoint card : cards) {
            if (card.suspended()) {
                suspended++;
                studied++;
                continue;
            }
            if (card.state() == CardState.NEW) {
                continue;
            }
            studied++;
            switch (card.state()) {
                case LEARNING -> learningCards++;
                case RELEARNING -> relearning++;
                default -> {
                    if (card.scheduledDays() >= MATURE_DAYS) {
                        matureCards++;
                    } else {
                        youngCards++;
                    }
                }
            }
            // Overdue cards are part of today's load.
            long offset = Math.max(0, day.studyDay(card.due()) - today);
            if (offset < FORECAST_DAYS) {
                due[(int) offset]++;
            }
        }
        List<DayCount> forecast = new ArrayList<>(FORECAST_DAYS);
        int forecastMax = 0;
        for (int i = 0; i < FORECAST_DAYS; i++) {
            forecast.add(new DayCount(LocalDate.ofEpochDay(today + i), due[i]));
            forecastMax = Math.max(forecastMax, due[i]);
        }

        CardCounts counts = new CardCounts(Math.max(0, activeCards - studied), learningCards, relearning,
                youngCards, matureCards, suspended);
        return new Report(LocalDate.ofEpochDay(today), new Today(todayReviews, todayNew, todayAgain, todayMs),
                calendar, calendarMax, forecast, forecastMax, retention, byTopic, counts, streak(perDay),
                new Buttons(learning, young, mature));
    }

    /** Progress per topic id from the learner's card rows and {@code report}'s retention, for the topics studied. */
    public static Map<String, TopicProgress> topicProgress(Report report, List<CardPoint> cards, DayClock day,
            Instant now) {
        long today = day.studyDay(now);
        Map<String, long[]> counts = new TreeMap<>();
        for (CardPoint card : cards) {
            if (card.state() == CardState.NEW) {
                continue;
            }
            long[] seenAndDue = counts.computeIfAbsent(card.topicId(), t -> new long[2]);
            seenAndDue[0]++;
            if (!card.suspended() && day.studyDay(card.due()) <= today) {
                seenAndDue[1]++;
            }
        }
        Map<String, TopicProgress> progress = new TreeMap<>();
        counts.forEach((topic, seenAndDue) -> {
            Map<Period, Retention> retention = report.retentionByTopic().get(topic);
            progress.put(topic, new TopicProgress(seenAndDue[0], seenAndDue[1],
                    retention == null ? null : retention.get(Period.MONTH).totalPercent()));
        });
        return progress;
    }

    private static Streak streak(int[] perDay) {
        int last = perDay.length - 1;
        // A streak is not broken before the day is over: count from yesterday while today has no reviews yet.
        int end = perDay[last] > 0 ? last : last - 1;
        int current = 0;
        for (int i = end; i >= 0 && perDay[i] > 0; i--) {
            current++;
        }
        int longest = 0;
        int run = 0;
        for (int count : perDay) {
            run = count > 0 ? run + 1 : 0;
            longest = Math.max(longest, run);
        }
        return new Streak(current, longest);
    }
}
