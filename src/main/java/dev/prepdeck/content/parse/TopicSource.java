package dev.prepdeck.content.parse;

import java.util.List;

/** One topic file after parsing: front matter, model answer Markdown and its cards. */
public record TopicSource(
        String file,
        String id,
        String titleKo,
        String titleEn,
        String category,
        List<String> tags,
        String demo,
        int order,
        String body,
        List<CardSource> cards) {

    public String fingerprint() {
        return String.join("\u0001", titleKo, titleEn, category, String.join(",", tags),
                String.valueOf(demo), String.valueOf(order), body);
    }
}
