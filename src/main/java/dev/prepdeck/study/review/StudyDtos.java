package dev.prepdeck.study.review;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;

import com.fasterxml.jackson.annotation.JsonProperty;

import org.eclipse.microprofile.openapi.annotations.media.Schema;

import dev.prepdeck.content.TopicDtos.CardDto;
import dev.prepdeck.study.StudyText;
import dev.prepdeck.study.fsrs.CardState;
import dev.prepdeck.study.fsrs.Preview;
import dev.prepdeck.study.fsrs.Rating;

/** JSON shapes of the study API. */
public final class StudyDtos {

    private StudyDtos() {
    }

    static String name(CardState state) {
        return state.name().toLowerCase(Locale.ROOT);
    }

    static String name(Rating rating) {
        return rating.name().toLowerCase(Locale.ROOT);
    }

    @Schema(description = "Cards left for today by queue, daily limits applied")
    public record Counts(@JsonProperty("new") long newCards, long learning, long review) {
        static Counts of(ReviewService.Counts c) {
            return new Counts(c.newCards(), c.learning(), c.review());
        }
    }

    @Schema(description = "Today's progress against the daily limits (a study day starts at the learner's rollover hour)")
    public record Today(long newStudied, long reviewsDone,
            @Schema(description = "Today's new-card limit, including the extra asked for today") int newLimit,
            int reviewLimit, @Schema(description = "New cards added to today's limit (\"study more\")") int extraNew) {
        static Today of(ReviewService.Today t) {
            return new Today(t.newStudied(), t.reviewsDone(), t.newLimit(), t.reviewLimit(), t.extraNew());
        }
    }

    @Schema(description = "What one grade would do: the interval until the card comes back")
    public record Interval(int rating, String grade, String label, long seconds, Instant due) {
    }

    @Schema(description = "A card to show, with its state and the interval after each grade")
    public record DueCard(CardDto card, String topicTitle, String queue, String state, int version, Instant due,
            boolean flagged, boolean leech, List<Interval> intervals) {

        static DueCard of(ReviewService.DueCard due, String lang) {
            Preview preview = due.preview();
            List<Interval> intervals = new ArrayList<>();
            for (Rating rating : Rating.values()) {
                Duration interval = preview.interval(rating);
                intervals.add(new Interval(rating.value(), name(rating), StudyText.interval(interval, lang),
                        interval.toSeconds(), preview.get(rating).card().due()));
            }
            CardProgress p = due.progress();
            return new DueCard(CardDto.of(due.card()), due.card().topicTitle(lang),
                    due.queue().id(),
                    p == null ? "new" : name(p.cardState()), due.version(), p == null ? null : p.due,
                    p != null && p.flagged, p != null && p.leech, intervals);
        }
    }

    @Schema(description = "Due counts and the next cards in the order they will be shown")
    public record Due(Counts counts, Today today, List<DueCard> cards,
            @Schema(description = "When nothing is due: when the next learning card comes back") Instant nextLearningAt,
            @Schema(description = "When nothing is due: when the next studied card comes due") Instant nextDueAt,
            @Schema(description = "When nothing is due: new cards waiting behind today's limit") long newWaiting,
            @Schema(description = "Days reviewed ahead (0: only what is due today)") int aheadDays,
            List<String> topics) {

        static Due of(ReviewService.Due due, List<String> topics, String lang) {
            return new Due(Counts.of(due.counts()), Today.of(due.today()),
                    due.cards().stream().map(c -> DueCard.of(c, lang)).toList(), due.nextLearningAt(),
                    due.nextDueAt(), due.newWaiting(), due.aheadDays(), topics);
        }
    }

    @Schema(description = "A grade of the card that was shown")
    public record GradeRequest(
            @Schema(description = "1 Again, 2 Hard, 3 Good, 4 Easy") @NotNull @Min(1) @Max(4) Integer rating,
            @Schema(description = "A new UUID for each card shown; resending it never records a second review")
            @NotBlank String idempotencyKey,
            @Schema(description = "Milliseconds from showing the card to grading it") @NotNull @Min(0)
            @Max(86_400_000) Integer answerMs,
            @Schema(description = "The card version that was shown; if the card changed since, 409 and nothing is"
                    + " recorded. Leave out to apply the grade on top of whatever the card state is now.")
            @Min(0) Integer expectedVersion) {
    }

    @Schema(description = "What a grade did; the same idempotency key always returns the same body")
    public record Grade(long reviewId, String cardId, int rating, String grade, Instant reviewedAt, String stateBefore,
            String stateAfter, Instant due, int scheduledDays, long intervalSeconds, String interval, int version,
            @Schema(description = "This grade made the card a leech (suspended, reported to mentors)") boolean leech) {

        static Grade of(ReviewService.GradeOutcome o, String lang) {
            return new Grade(o.reviewId(), o.cardId(), o.rating().value(), name(o.rating()), o.reviewedAt(),
                    name(o.stateBefore()), name(o.stateAfter()), o.due(), o.scheduledDays(),
                    o.interval().toSeconds(), StudyText.interval(o.interval(), lang), o.version(), o.leech());
        }
    }

    @Schema(description = "How many more new cards to study today")
    public record MoreNewRequest(@Schema(description = "1–100") @NotNull @Min(1) @Max(100) Integer more) {
    }

    @Schema(description = "Today's new-card limit after adding to it")
    public record MoreNew(int extraNew, int newLimit) {
    }

    @Schema(description = "What to undo: the grade reviewId, the bury/suspend/flag actionId, or with neither the"
            + " learner's latest action of any kind")
    public record UndoRequest(Long reviewId, Long actionId) {
    }

    @Schema(description = "The action that was undone and the card, as it is shown again")
    public record Undo(
            @Schema(description = "grade, bury, unbury, suspend, unsuspend, flag or unflag") String action,
            Long reviewId, Long actionId, String cardId,
            @Schema(description = "The undone grade's rating; null for other actions") Integer rating,
            String state, Instant due, Instant undoneAt, DueCard card) {

        static Undo of(ReviewService.Undone u, DueCard card) {
            return new Undo(u.action(), u.reviewId(), u.actionId(), u.cardId(),
                    u.rating() == null ? null : u.rating().value(), name(u.state()), u.due(), u.undoneAt(), card);
        }
    }

    @Schema(description = "A bury; actionId undoes it (null when the card was already buried as long)")
    public record Bury(String cardId, Instant buriedUntil, Long actionId) {
    }

    public record SuspendRequest(Boolean suspended) {
    }

    public record Suspend(String cardId, boolean suspended, Long actionId) {
    }

    public record FlagRequest(Boolean flagged,
            @Schema(description = "Why the card needs a mentor's attention (at most 500 characters)") String reason) {
    }

    public record Flag(String cardId, boolean flagged, Long actionId) {
    }

    @Schema(description = "One grade in a card's history")
    public record HistoryEntry(long id, Instant reviewedAt, int rating, String grade, String stateBefore,
            String stateAfter, int elapsedDays, int scheduledDays, String interval, double stability,
            double difficulty, Double retrievability, int answerMs, Instant undoneAt) {

        static HistoryEntry of(ReviewLog r, String lang) {
            return new HistoryEntry(r.id, r.reviewedAt, r.rating, name(Rating.of(r.rating)),
                    name(CardState.of(r.stateBefore)), name(CardState.of(r.stateAfter)), r.elapsedDays,
                    r.scheduledDays, StudyText.interval(Duration.between(r.reviewedAt, r.dueAfter), lang),
                    r.stabilityAfter, r.difficultyAfter, r.retrievability, r.answerMs, r.undoneAt);
        }
    }

    @Schema(description = "Card info: current state and every grade, undone ones marked")
    public record History(String cardId, String topicId, String state, Instant due, double stability,
            double difficulty, double retrievability, int reps, int lapses, boolean leech, boolean suspended,
            boolean flagged, Instant buriedUntil, Instant firstReview, Instant lastReview, long totalAnswerMs,
            List<HistoryEntry> reviews) {

        static History of(ReviewService.History h, String lang) {
            CardProgress p = h.progress();
            List<HistoryEntry> entries = h.reviews().stream().map(r -> HistoryEntry.of(r, lang)).toList();
            List<ReviewLog> active = h.reviews().stream().filter(r -> !r.isUndone()).toList();
            return new History(h.card().id, h.card().topicId, p == null ? "new" : name(p.cardState()),
                    p == null || p.state == 0 ? null : p.due, p == null ? 0 : p.stability,
                    p == null ? 0 : p.difficulty, h.retrievability(), p == null ? 0 : p.reps,
                    p == null ? 0 : p.lapses, p != null && p.leech, p != null && p.suspended,
                    p != null && p.flagged, p == null ? null : p.buriedUntil,
                    active.isEmpty() ? null : active.get(0).reviewedAt,
                    active.isEmpty() ? null : active.get(active.size() - 1).reviewedAt,
                    active.stream().mapToLong(r -> r.answerMs).sum(), entries);
        }
    }
}
