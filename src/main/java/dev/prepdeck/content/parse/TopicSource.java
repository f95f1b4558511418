package dev.prepdeck.content.parse;

import java.util.List;

/**
 * One topic file after parsing: front matter, model answer Markdown (Korean, and English when the file gives one in
 * its {@code ## Model answer (English)} section; else null) and its cards.
 */
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
        String bodyEn,
        List<CardSource> cards) {

    public String fingerprint() {
        return String.join("\u0001", titleKo, titleEn, category, String.join(",", tags),
                String.valueOf(demo), String.valueOf(order), body, String.valueOf(bodyEn));
    }
}
