package dev.prepdeck.study.export;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;

import dev.prepdeck.content.Card;
import dev.prepdeck.content.csv.AnkiCsv;
import dev.prepdeck.content.parse.CardView;
import dev.prepdeck.study.review.CardProgress;
import dev.prepdeck.study.review.ReviewLog;

/** Writes one learner's own cards and review history as Anki-style CSV, read in one transaction. */
@ApplicationScoped
public class LearnerExport {

    static final List<String> CARD_COLUMNS = List.of("Front", "Back", "Tags", "Card", "Topic", "State", "Due",
            "Stability", "Difficulty", "Reps", "Lapses", "Last review", "Suspended");
    static final List<String> HISTORY_COLUMNS = List.of("Reviewed at", "Card", "Rating", "Answer ms",
            "State before", "State after", "Scheduled days", "Stability after", "Difficulty after");
    private static final String[] STATES = { "new", "learning", "review", "relearning" };

    /**
     * The learner's cards with their memory state; Front and Back are the cards' HTML, so Anki can import the file
     * as Basic notes (the other columns become extra fields or are left unmapped).
     */
    @Transactional
    public String cards(long userId) {
        List<CardProgress> states = CardProgress.listAllByUser(userId);
        List<String> ids = states.stream().map(s -> s.cardId).toList();
        Map<String, Card> cards = ids.isEmpty() ? Map.of()
                : Card.<Card>list("id in ?1", ids).stream().collect(Collectors.toMap(c -> c.id, Function.identity()));
        List<List<String>> rows = new ArrayList<>();
        for (CardProgress s : states) {
            Card card = cards.get(s.cardId);
            if (card == null) {
                continue;
            }
            CardView.Side side = card.view().ko();
            String back = side.back() == null ? "" : side.back();
            if (side.extra() != null && !side.extra().isBlank()) {
                back = back + "<hr>" + side.extra();
            }
            rows.add(List.of(side.front() == null ? "" : side.front(), back, "prepdeck " + card.topicId, card.id,
                    card.topicId, state(s.state), time(s.due), num(s.stability), num(s.difficulty),
                    String.valueOf(s.reps), String.valueOf(s.lapses), time(s.lastReview),
                    String.valueOf(s.suspended)));
        }
        return AnkiCsv.write(new AnkiCsv.Header(',', true, CARD_COLUMNS, "Basic", "PrepDeck", 3, null, null), rows);
    }

    /** Every grade the learner made and did not undo, oldest first. */
    @Transactional
    public String history(long userId) {
        List<List<String>> rows = new ArrayList<>();
        for (ReviewLog r : ReviewLog.activeHistory(userId)) {
            rows.add(List.of(time(r.reviewedAt), r.cardId, String.valueOf(r.rating), String.valueOf(r.answerMs),
                    state(r.stateBefore), state(r.stateAfter), String.valueOf(r.scheduledDays),
                    num(r.stabilityAfter), num(r.difficultyAfter)));
        }
        return AnkiCsv.write(new AnkiCsv.Header(',', false, HISTORY_COLUMNS, null, null, null, null, null), rows);
    }

    private static String state(int state) {
        return state >= 0 && state < STATES.length ? STATES[state] : String.valueOf(state);
    }

    private static String time(Instant t) {
        return t == null ? "" : t.toString();
    }

    private static String num(double d) {
        return String.format(java.util.Locale.ROOT, "%.4f", d);
    }
}
