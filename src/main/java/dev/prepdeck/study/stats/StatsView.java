package dev.prepdeck.study.stats;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.format.TextStyle;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import dev.prepdeck.study.StudyMessages;
import dev.prepdeck.study.StudyText;
import dev.prepdeck.study.stats.StudyStats.Period;
import dev.prepdeck.study.stats.StudyStats.Report;

/** The statistics page's figures, laid out for inline SVG: positions, sizes and labels worked out here. */
public record StatsView(String todaySummary, String streak, Heatmap heatmap, Forecast forecast,
        List<RetentionRow> retention, List<TopicTable> byTopic, List<CountRow> counts, List<ButtonRow> buttons,
        boolean hasReviews) {

    private static final int CELL = 11;
    private static final int STEP = 13;
    private static final int LEFT = 30;
    private static final int TOP = 16;

    public record Cell(int x, int y, int level, String title, boolean today) {
    }

    public record Label(int x, int y, String text) {
    }

    public record Heatmap(int width, int height, int cell, List<Cell> cells, List<Label> labels) {
    }

    public record Bar(int x, int y, int width, int height, int count, String title) {
    }

    public record Forecast(int width, int height, int baseline, List<Bar> bars, List<Label> labels) {
    }

    public record RetentionRow(String period, String young, String mature, String total) {
    }

    public record TopicRow(String topic, String young, String mature, String total) {
    }

    public record TopicTable(String period, boolean open, List<TopicRow> rows) {
    }

    public record CountRow(String label, long count, int percent) {
    }

    public record ButtonRow(String label, List<String> cells) {
    }

    public static StatsView of(Report report, Map<String, String> topicTitles, String lang) {
        StudyMessages m = StudyText.messages(lang);
        Locale locale = Locale.forLanguageTag(lang);
        StudyStats.Today today = report.todayWork();
        String summary = m.stats_today_summary(today.reviews(), Math.round(today.answerMs() / 60000.0),
                today.newCards(), today.again());
        String streak = m.stats_streak(report.streak().current(), report.streak().longest());

        List<RetentionRow> retention = new ArrayList<>();
        for (Period period : Period.values()) {
            StudyStats.Retention r = report.retention().get(period);
            retention.add(new RetentionRow(periodName(period, m), rate(r.youngPercent(), r.youngPassed(),
                    r.youngTotal()), rate(r.maturePercent(), r.maturePassed(), r.matureTotal()),
                    rate(r.totalPercent(), r.passed(), r.total())));
        }
        List<TopicTable> byTopic = new ArrayList<>();
        for (Period period : Period.values()) {
            List<TopicRow> rows = new ArrayList<>();
            report.retentionByTopic().forEach((topic, periods) -> {
                StudyStats.Retention r = periods.get(period);
                rows.add(new TopicRow(topicTitles.getOrDefault(topic, topic),
                        rate(r.youngPercent(), r.youngPassed(), r.youngTotal()),
                        rate(r.maturePercent(), r.maturePassed(), r.matureTotal()),
                        rate(r.totalPercent(), r.passed(), r.total())));
            });
            byTopic.add(new TopicTable(periodName(period, m), period == Period.MONTH, rows));
        }

        StudyStats.CardCounts c = report.counts();
        long all = Math.max(1, c.total());
        List<CountRow> counts = List.of(
                new CountRow(m.counts_new(), c.newCards(), (int) (100 * c.newCards() / all)),
                new CountRow(m.counts_learning(), c.learning(), (int) (100 * c.learning() / all)),
                new CountRow(m.counts_relearning(), c.relearning(), (int) (100 * c.relearning() / all)),
                new CountRow(m.counts_young(), c.young(), (int) (100 * c.young() / all)),
                new CountRow(m.counts_mature(), c.mature(), (int) (100 * c.mature() / all)),
                new CountRow(m.counts_suspended(), c.suspended(), (int) (100 * c.suspended() / all)));

        List<ButtonRow> buttons = List.of(buttonRow(m.stats_learning(), report.buttons().learning()),
                buttonRow(m.stats_young(), report.buttons().young()),
                buttonRow(m.stats_mature(), report.buttons().mature()));

        boolean hasReviews = report.calendar().stream().anyMatch(d -> d.count() > 0);
        return new StatsView(summary, streak, heatmap(report, m, locale), forecast(report, m), retention, byTopic,
                counts, buttons, hasReviews);
    }

    private static Heatmap heatmap(Report report, StudyMessages m, Locale locale) {
        List<StudyStats.DayCount> days = report.calendar();
        int offset = days.get(0).date().getDayOfWeek().getValue() - 1;
        int max = Math.max(1, report.calendarMax());
        List<Cell> cells = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        int lastLabelColumn = -10;
        for (int i = 0; i < days.size(); i++) {
            StudyStats.DayCount day = days.get(i);
            int index = i + offset;
            int column = index / 7;
            int x = LEFT + column * STEP;
            int y = TOP + (index % 7) * STEP;
            int level = day.count() == 0 ? 0 : Math.min(4, (int) Math.ceil(4.0 * day.count() / max));
            cells.add(new Cell(x, y, level, m.stats_calendar_day(day.date().toString(), day.count()),
                    i == days.size() - 1));
            LocalDate date = day.date();
            if ((date.getDayOfMonth() == 1 || i == 0) && column - lastLabelColumn >= 3) {
                labels.add(new Label(x, TOP - 5, date.getMonth().getDisplayName(TextStyle.SHORT, locale)));
                lastLabelColumn = column;
            }
        }
        for (DayOfWeek dow : List.of(DayOfWeek.MONDAY, DayOfWeek.WEDNESDAY, DayOfWeek.FRIDAY)) {
            labels.add(new Label(0, TOP + (dow.getValue() - 1) * STEP + CELL - 1,
                    dow.getDisplayName(TextStyle.SHORT, locale)));
        }
        int columns = (days.size() - 1 + offset) / 7 + 1;
        // a month that starts in the last columns has a label wider than its cells: widen the figure to hold it
        int width = LEFT + columns * STEP;
        for (Label label : labels) {
            width = Math.max(width, label.x() + labelWidth(label.text()));
        }
        return new Heatmap(width, TOP + 7 * STEP, CELL, cells, labels);
    }

    /** A generous width in pixels of a 10 px label: Hangul and other wide letters take about a full em. */
    private static int labelWidth(String text) {
        return text.codePoints().map(c -> c < 0x1100 ? 7 : 11).sum() + 2;
    }

    private static Forecast forecast(Report report, StudyMessages m) {
        int barWidth = 14;
        int step = 18;
        int left = 4;
        int top = 14;
        int chart = 100;
        int max = Math.max(1, report.forecastMax());
        List<Bar> bars = new ArrayList<>();
        List<Label> labels = new ArrayList<>();
        List<StudyStats.DayCount> days = report.forecast();
        for (int i = 0; i < days.size(); i++) {
            StudyStats.DayCount day = days.get(i);
            int height = day.count() == 0 ? 0 : Math.max(2, chart * day.count() / max);
            int x = left + i * step;
            bars.add(new Bar(x, top + chart - height, barWidth, height, day.count(),
                    m.stats_forecast_day(day.date().toString(), day.count())));
            if (i % 5 == 0) {
                labels.add(new Label(x, top + chart + 14, i == 0 ? m.stats_forecast_today()
                        : m.stats_forecast_offset(i)));
            }
        }
        return new Forecast(left + days.size() * step, top + chart + 20, top + chart, bars, labels);
    }

    private static ButtonRow buttonRow(String label, int[] counts) {
        int total = 0;
        for (int n : counts) {
            total += n;
        }
        List<String> cells = new ArrayList<>();
        for (int n : counts) {
            cells.add(total == 0 ? "—" : n + " (" + Math.round(100.0 * n / total) + "%)");
        }
        return new ButtonRow(label, cells);
    }

    private static String rate(Double percent, int passed, int total) {
        return percent == null ? "—" : String.format(Locale.ROOT, "%.1f%% (%d/%d)", percent, passed, total);
    }

    private static String periodName(Period period, StudyMessages m) {
        return switch (period) {
            case TODAY -> m.period_today();
            case WEEK -> m.period_week();
            case MONTH -> m.period_month();
            case YEAR -> m.period_year();
        };
    }
}
