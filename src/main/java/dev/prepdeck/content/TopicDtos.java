package dev.prepdeck.content;

import java.util.List;

import dev.prepdeck.content.parse.CardView;

/** JSON shapes of the content API. */
public final class TopicDtos {

    private TopicDtos() {
    }

    /** A title or text in both languages. */
    public record Text(String ko, String en) {
    }

    /** A topic in a list. */
    public record TopicSummary(String id, Text title, String category, List<String> tags, String demo, int order,
            long cardCount) {
        static TopicSummary of(Topic t, long cards) {
            return new TopicSummary(t.id, new Text(t.titleKo, t.titleEn), t.category, t.tagList(), t.demo,
                    t.sortOrder == Integer.MAX_VALUE ? 0 : t.sortOrder, cards);
        }
    }

    /** A topic with its model answer (Korean, and English or null) and cards. */
    public record TopicDetail(String id, Text title, String category, List<String> tags, String demo, int order,
            String sourceFile, String modelAnswerHtml, String modelAnswerHtmlEn, List<CardDto> cards) {
    }

    /** One card with its rendering in each language. */
    public record CardDto(String id, String topicId, String kind, String noteId, String follows, boolean hasEnglish,
            CardView.Side ko, CardView.Side en) {
        public static CardDto of(Card card) {
            CardView v = card.view();
            return new CardDto(card.id, card.topicId, card.kind, v.noteId(), card.follows, v.hasEnglish(), v.ko(), v.en());
        }

        public static CardDto of(CardContent card) {
            CardView v = card.view();
            return new CardDto(card.id(), card.topicId(), card.kind(), v.noteId(), card.follows(), v.hasEnglish(), v.ko(),
                    v.en());
        }
    }

    /** A content problem: where and what. */
    public record ProblemDto(String file, int line, String message) {
    }
}
