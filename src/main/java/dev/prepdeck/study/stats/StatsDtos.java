package dev.prepdeck.study.stats;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.prepdeck.study.stats.StudyStats.Period;
import dev.prepdeck.study.stats.StudyStats.Report;

/** JSON shape of a learner's statistics. */
public final class StatsDtos {

    private StatsDtos() {
    }

    @Schema(description = "Pass rates of review-card answers (Again fails), young < 21 days, mature >= 21 days")
    public record Retention(String period, int youngPassed, int youngTotal, Double youngPercent, int maturePassed,
            int matureTotal, Double maturePercent, Double totalPercent) {

        static Retention of(Period period, StudyStats.Retention r) {
            return new Retention(period.name().toLowerCase(Locale.ROOT), r.youngPassed(), r.youngTotal(),
                    r.youngPercent(), r.maturePassed(), r.matureTotal(), r.maturePercent(), r.totalPercent());
        }

        static List<Retention> of(Map<Period, StudyStats.Retention> byPeriod) {
            List<Retention> rows = new ArrayList<>();
            for (Period period : Period.values()) {
                rows.add(of(period, byPeriod.get(period)));
            }
            return rows;
        }
    }

    public record TopicRetention(String topicId, List<Retention> retention) {
    }

    public record Day(LocalDate date, int count) {
    }

    @Schema(description = "Counts of Again, Hard, Good, Easy (in that order) over the past 30 study days")
    public record Buttons(int[] learning, int[] young, int[] mature) {
    }

    @Schema(description = "A learner's statistics, days counted in their time zone and rollover hour")
    public record Stats(LocalDate today, StudyStats.Today todayWork, StudyStats.Streak streak,
            StudyStats.CardCounts counts, List<Day> calendar, List<Day> forecast, List<Retention> retention,
            List<TopicRetention> retentionByTopic, Buttons buttons) {

        public static Stats of(Report r) {
            return new Stats(r.today(), r.todayWork(), r.streak(), r.counts(),
                    r.calendar().stream().map(d -> new Day(d.date(), d.count())).toList(),
                    r.forecast().stream().map(d -> new Day(d.date(), d.count())).toList(),
                    Retention.of(r.retention()),
                    r.retentionByTopic().entrySet().stream()
                            .map(e -> new TopicRetention(e.getKey(), Retention.of(e.getValue()))).toList(),
                    new Buttons(r.buttons().learning(), r.buttons().young(), r.buttons().mature()));
        }
    }
}
