package dev.prepdeck.study.cards;

import java.text.Normalizer;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;
import jakarta.persistence.EntityManager;
import jakarta.ws.rs.NotFoundException;

import org.jsoup.Jsoup;

import dev.prepdeck.content.Card;
import dev.prepdeck.content.CardContent;
import dev.prepdeck.content.ContentCache;
import dev.prepdeck.content.Topic;
import dev.prepdeck.content.parse.CardView;
import dev.prepdeck.study.StudyPreferences;
import dev.prepdeck.study.fsrs.CardState;
import dev.prepdeck.study.fsrs.Rating;
import dev.prepdeck.study.review.CardProgress;
import dev.prepdeck.study.review.ReviewLog;
import io.quarkus.narayana.jta.QuarkusTransaction;

/**
 * The learner's card browser: every active card with the learner's state of it, searched by the text of its
 * question and answer in both languages and filtered by topic, kind, state and due date.
 */
@ApplicationScoped
public class CardBrowser {

    /** States a card can be filtered by; a card can be in several (a suspended leech in review). */
    public static final List<String> STATES = List.of("new", "learning", "review", "suspended", "buried",
            "flagged", "leech");
    /** Card kinds as the content files name them. */
    public static final List<String> KINDS = List.of("basic", "cloze", "choice", "order", "followup");
    /** How many of the last grades a row shows. */
    static final int LAST_RATINGS = 5;
    /** Longest search text accepted. */
    static final int MAX_QUERY = 200;

    @Inject
    Clock clock;

    @Inject
    EntityManager em;

    @Inject
    ContentCache contents;

    /** A search as the learner typed it; blank fields do not filter. */
    public record Query(String text, String topic, String kind, String state, LocalDate dueBy) {

        /** Checks and normalises the raw parameters; a bad value is the client's mistake (400). */
        public static Query of(String text, String topic, String kind, String state, String due) {
            String q = blankToNull(text);
            if (q != null && q.length() > MAX_QUERY) {
                throw new IllegalArgumentException("The search text can be at most " + MAX_QUERY + " characters.");
            }
            String t = blankToNull(topic);
            if (t != null && Topic.findActive(t) == null) {
                throw new IllegalArgumentException("No topic has the id '" + t + "'.");
            }
            String k = blankToNull(kind);
            if (k != null && !KINDS.contains(k)) {
                throw new IllegalArgumentException("kind must be one of " + String.join(", ", KINDS) + "; was '"
                        + k + "'.");
            }
            String s = blankToNull(state);
            if (s != null && !STATES.contains(s)) {
                throw new IllegalArgumentException("state must be one of " + String.join(", ", STATES) + "; was '"
                        + s + "'.");
            }
            LocalDate by = null;
            String d = blankToNull(due);
            if (d != null) {
                try {
                    by = LocalDate.parse(d);
                } catch (DateTimeParseException e) {
                    throw new IllegalArgumentException("due must be a date such as 2026-05-01; was '" + d + "'.");
                }
            }
            return new Query(q, t, k, s, by);
        }

        private static String blankToNull(String value) {
            return value == null || value.isBlank() ? null : value.strip();
        }
    }

    /** One card as the browser lists it, with the learner's state of it. */
    public record Row(String cardId, String topicId, String topicTitle, String kind, String front, String state,
            Instant due, LocalDate dueDate, boolean suspended, boolean buried, Instant buriedUntil, boolean flagged,
            String flagReason, boolean leech, int reps, int lapses, List<String> lastRatings) {
    }

    /** The cards matching {@code query}, in content order; {@code total} counts them all, rows holds at most limit. */
    public record Result(List<Row> rows, int total) {
    }

    public Result search(long userId, StudyPreferences prefs, Query query, String lang, int limit) {
        return QuarkusTransaction.requiringNew().call(() -> find(userId, prefs, query, lang, limit));
    }

    /** One card's row; 404 for an unknown or retired card. */
    public Row row(long userId, StudyPreferences prefs, String cardId, String lang) {
        return QuarkusTransaction.requiringNew().call(() -> {
            CardContent card = contents.card(cardId);
            if (card == null || Card.findActiveLinks(cardId) == null) {
                throw new NotFoundException("No active card has the id '" + cardId + "'.");
            }
            return row(card, CardProgress.find(userId, cardId),
                    lastRatings(userId, List.of(cardId)).getOrDefault(cardId, List.of()), prefs, lang,
                    clock.instant());
        });
    }

    private Result find(long userId, StudyPreferences prefs, Query query, String lang, int limit) {
        Instant now = clock.instant();
        StringBuilder jpql = new StringBuilder("select c.id from Card c, Topic t where t.id = c.topicId"
                + " and c.retired = false");
        if (query.topic() != null) {
            jpql.append(" and c.topicId = :topic");
        }
        if (query.kind() != null) {
            jpql.append(" and c.kind = :kind");
        }
        jpql.append(" order by t.sortOrder, c.topicId, c.position, c.id");
        var ids = em.createQuery(jpql.toString(), String.class);
        if (query.topic() != null) {
            ids.setParameter("topic", query.topic());
        }
        if (query.kind() != null) {
            ids.setParameter("kind", query.kind());
        }
        Map<String, CardContent> cards = contents.cards(ids.getResultList());
        Map<String, CardProgress> progress = new HashMap<>();
        CardProgress.<CardProgress>list("userId", userId).forEach(p -> progress.put(p.cardId, p));
        String needle = query.text() == null ? null : fold(query.text());
        // Due on or before that study day: before the start of the next one.
        Instant dueBefore = query.dueBy() == null ? null : prefs.dayClock().startOf(query.dueBy().toEpochDay() + 1);

        List<CardContent> matched = new ArrayList<>();
        for (CardContent card : cards.values()) {
            CardProgress p = progress.get(card.id());
            if (needle != null && !searchText(card.view()).contains(needle)) {
                continue;
            }
            if (query.state() != null && !states(p, now).contains(query.state())) {
                continue;
            }
            if (dueBefore != null && (p == null || p.state == 0 || !p.due.isBefore(dueBefore))) {
                continue;
            }
            matched.add(card);
        }
        List<CardContent> shown = matched.subList(0, Math.min(matched.size(), Math.max(1, limit)));
        Map<String, List<String>> ratings = lastRatings(userId, shown.stream().map(CardContent::id).toList());
        List<Row> rows = new ArrayList<>();
        for (CardContent card : shown) {
            rows.add(row(card, progress.get(card.id()), ratings.getOrDefault(card.id(), List.of()), prefs, lang,
                    now));
        }
        return new Result(rows, matched.size());
    }

    private static Row row(CardContent card, CardProgress p, List<String> ratings, StudyPreferences prefs,
            String lang, Instant now) {
        String front = Jsoup.parse(card.view().side(lang).front()).text();
        if (front.length() > 160) {
            front = front.substring(0, 159) + "…";
        }
        boolean started = p != null && p.state > 0;
        String state = p == null ? "new" : p.cardState().name().toLowerCase(Locale.ROOT);
        Instant due = started ? p.due : null;
        return new Row(card.id(), card.topicId(), card.topicTitle(lang), card.kind(), front, state, due,
                due == null ? null : LocalDate.ofEpochDay(prefs.dayClock().studyDay(due)), p != null && p.suspended,
                p != null && p.isBuried(now), p != null && p.isBuried(now) ? p.buriedUntil : null,
                p != null && p.flagged, p == null ? null : p.flagReason, p != null && p.leech,
                p == null ? 0 : p.reps, p == null ? 0 : p.lapses, ratings);
    }

    /** Every filter state the card is in for this learner. */
    static Set<String> states(CardProgress p, Instant now) {
        if (p == null) {
            return Set.of("new");
        }
        Set<String> states = new HashSet<>();
        CardState state = p.cardState();
        states.add(switch (state) {
            case NEW -> "new";
            case LEARNING, RELEARNING -> "learning";
            case REVIEW -> "review";
        });
        if (p.suspended) {
            states.add("suspended");
        }
        if (p.isBuried(now)) {
            states.add("buried");
        }
        if (p.flagged) {
            states.add("flagged");
        }
        if (p.leech) {
            states.add("leech");
        }
        return states;
    }

    /** The last grades (not undone) of each card, newest first. */
    private static Map<String, List<String>> lastRatings(long userId, List<String> cardIds) {
        Map<String, List<String>> byCard = new HashMap<>();
        if (cardIds.isEmpty()) {
            return byCard;
        }
        for (ReviewLog log : ReviewLog.<ReviewLog>list("userId = ?1 and cardId in ?2 and undoneAt is null"
                + " order by reviewedAt desc, id desc", userId, cardIds)) {
            List<String> list = byCard.computeIfAbsent(log.cardId, id -> new ArrayList<>());
            if (list.size() < LAST_RATINGS) {
                list.add(Rating.of(log.rating).name().toLowerCase(Locale.ROOT));
            }
        }
        return byCard;
    }

    /** Question, answer, options and notes in both languages as one folded string. */
    static String searchText(CardView view) {
        StringBuilder text = new StringBuilder();
        for (CardView.Side side : new CardView.Side[] {view.ko(), view.en()}) {
            if (side == null) {
                continue;
            }
            append(text, side.front());
            append(text, side.back());
            append(text, side.extra());
            if (side.options() != null) {
                side.options().forEach(o -> {
                    append(text, o.html());
                    append(text, o.explanation());
                });
            }
            if (side.steps() != null) {
                side.steps().forEach(s -> append(text, s));
            }
        }
        return fold(text.toString());
    }

    private static void append(StringBuilder text, String html) {
        if (html != null && !html.isEmpty()) {
            text.append(Jsoup.parse(html).text()).append('\n');
        }
    }

    /** Case-insensitive and composed, so "TIME_WAIT", "time_wait" and decomposed Hangul all match. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
    }
}
