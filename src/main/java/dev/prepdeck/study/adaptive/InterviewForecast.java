package dev.prepdeck.study.adaptive;

import java.util.List;

/**
 * The predicted recall on the interview day per covered topic, for the statistics page.
 *
 * @param date     the interview date (ISO)
 * @param daysLeft study days until it
 * @param target   target recall, as a percentage
 * @param topics   one row per covered topic
 */
public record InterviewForecast(String date, long daysLeft, String target, List<Row> topics) {

    /**
     * One topic.
     *
     * @param topicId   the topic's id
     * @param title     its title
     * @param recall    mean predicted recall on the day over its learned cards, as a percentage ("–" if none)
     * @param below     learned cards predicted below the target
     * @param unlearned cards not learned yet
     */
    public record Row(String topicId, String title, String recall, int below, long unlearned) {
    }
}
