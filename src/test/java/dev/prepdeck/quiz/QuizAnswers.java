package dev.prepdeck.quiz;

import java.util.ArrayList;
import java.util.List;

import dev.prepdeck.content.Card;
import dev.prepdeck.content.parse.CardView;
import io.quarkus.narayana.jta.QuarkusTransaction;

/** The right and a wrong answer to a quiz question, worked out from its card the way a candidate who knows it would. */
final class QuizAnswers {

    private QuizAnswers() {
    }

    static CardView.Side side(String cardId, String lang) {
        return QuarkusTransaction.requiringNew().call(() -> Card.<Card>findById(cardId).view().side(lang));
    }

    /** The expected texts of a cloze card's gaps. */
    static List<String> gapAnswers(String cardId, String lang) {
        return ClozeGaps.gaps(side(cardId, lang).front()).stream().map(ClozeGaps.Gap::answer).toList();
    }

    static QuizAnswer right(String kind, String cardId, String lang, int stepCount) {
        CardView.Side side = side(cardId, lang);
        return switch (kind) {
            case "cloze" -> new QuizAnswer(gapAnswers(cardId, lang), null, null);
            case "choice" -> {
                List<Integer> right = new ArrayList<>();
                for (int i = 0; i < side.options().size(); i++) {
                    if (side.options().get(i).correct()) {
                        right.add(i);
                    }
                }
                yield new QuizAnswer(null, right, null);
            }
            default -> new QuizAnswer(null, null, identity(stepCount));
        };
    }

    static QuizAnswer wrong(String kind, String cardId, String lang, int stepCount) {
        CardView.Side side = side(cardId, lang);
        return switch (kind) {
            case "cloze" -> new QuizAnswer(gapAnswers(cardId, lang).stream().map(a -> "전혀 다른 답 xyz").toList(),
                    null, null);
            case "choice" -> {
                for (int i = 0; i < side.options().size(); i++) {
                    if (!side.options().get(i).correct()) {
                        yield new QuizAnswer(null, List.of(i), null);
                    }
                }
                throw new AssertionError("card " + cardId + " has no wrong option");
            }
            default -> {
                List<Integer> reversed = identity(stepCount);
                java.util.Collections.reverse(reversed);
                yield new QuizAnswer(null, null, reversed);
            }
        };
    }

    private static List<Integer> identity(int count) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        return order;
    }
}
