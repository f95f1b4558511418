package dev.prepdeck.content;

import dev.prepdeck.content.parse.CardView;

/** What the study screens show of a card: its identity, rendered view and topic titles, detached from the database. */
public record CardContent(String id, String topicId, String kind, String follows, CardView view, String topicTitleKo,
        String topicTitleEn) {

    /** The topic's title in {@code lang}, or the topic id when the topic row is missing. */
    public String topicTitle(String lang) {
        String title = "en".equals(lang) ? topicTitleEn : topicTitleKo;
        return title != null ? title : topicId;
    }
}
