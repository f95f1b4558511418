package dev.prepdeck.quiz;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import dev.prepdeck.content.parse.CardView;

/**
 * One quiz question worked out from its card: what is asked (never the answer), whether a submitted answer has the
 * right shape, whether it is right, and the feedback that explains it. Pure: no database, no framework.
 */
final class QuestionSheet {

    static final String CHOICE = "choice";
    static final String ORDER = "order";
    static final String CLOZE = "cloze";
    static final List<String> KINDS = List.of(CHOICE, ORDER, CLOZE);

    /** Longest typed text accepted for one gap. */
    static final int MAX_GAP_LENGTH = 300;

    private static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

    private final String kind;
    private final CardView.Side side;
    private final List<Integer> shown;
    private final List<ClozeGaps.Gap> gaps;

    /** {@code shown} is the order an ordering card's steps were shown in; ignored for other kinds. */
    QuestionSheet(String kind, CardView.Side side, List<Integer> shown) {
        this.kind = kind;
        this.side = side;
        this.shown = shown == null ? List.of() : List.copyOf(shown);
        this.gaps = CLOZE.equals(kind) ? ClozeGaps.gaps(side.front()) : List.of();
    }

    /** A shuffled order for an ordering card's {@code count} steps that is not already the right one. */
    static List<Integer> shuffledSteps(int count, java.util.Random random) {
        List<Integer> order = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            order.add(i);
        }
        if (count < 2) {
            return order;
        }
        do {
            java.util.Collections.shuffle(order, random);
        } while (isSorted(order));
        return order;
    }

    private static boolean isSorted(List<Integer> order) {
        for (int i = 0; i < order.size(); i++) {
            if (order.get(i) != i) {
                return false;
            }
        }
        return true;
    }

    static String letter(int index) {
        return index < LETTERS.length() ? String.valueOf(LETTERS.charAt(index)) : String.valueOf(index + 1);
    }

    String kind() {
        return kind;
    }

    /** The question's text: for a cloze card the sentence with its gaps emptied. */
    String prompt() {
        return CLOZE.equals(kind) ? ClozeGaps.withoutAnswers(side.front()) : side.front();
    }

    CardView.Side side() {
        return side;
    }

    List<ClozeGaps.Gap> gaps() {
        return gaps;
    }

    List<Integer> shown() {
        return shown;
    }

    /** A choice card with more than one right option is answered with check boxes, else with one radio button. */
    boolean multiple() {
        return side.options().stream().filter(CardView.Option::correct).count() > 1;
    }

    /**
     * Refuses an answer that does not fit the question (the wrong field for its kind, a gap count that differs,
     * an option or step that does not exist, a step missing or twice) with a message saying what is expected.
     */
    void requireFits(QuizAnswer answer) {
        if (answer == null) {
            throw new IllegalArgumentException("Send an answer: " + expected());
        }
        switch (kind) {
            case CLOZE -> {
                if (answer.gaps() == null || answer.gaps().size() != gaps.size()) {
                    throw new IllegalArgumentException("This cloze question has " + gaps.size()
                            + " gap(s): send gaps as a list of " + gaps.size() + " text(s).");
                }
                for (String typed : answer.gaps()) {
                    if (typed != null && typed.length() > MAX_GAP_LENGTH) {
                        throw new IllegalArgumentException("A gap's answer may be at most " + MAX_GAP_LENGTH
                                + " characters long.");
                    }
                }
            }
            case CHOICE -> {
                int count = side.options().size();
                if (answer.options() == null || answer.options().isEmpty()) {
                    throw new IllegalArgumentException("Pick at least one option: send options as a list of indexes"
                            + " from 0 to " + (count - 1) + ".");
                }
                Set<Integer> seen = new HashSet<>();
                for (Integer i : answer.options()) {
                    if (i == null || i < 0 || i >= count || !seen.add(i)) {
                        throw new IllegalArgumentException("options must be distinct indexes from 0 to "
                                + (count - 1) + ", was " + answer.options() + ".");
                    }
                }
                if (!multiple() && seen.size() > 1) {
                    throw new IllegalArgumentException("This question has one right option: pick one.");
                }
            }
            case ORDER -> {
                int count = side.steps().size();
                if (answer.order() == null || answer.order().size() != count
                        || !new HashSet<>(answer.order()).equals(new HashSet<>(shuffledIdentity(count)))) {
                    throw new IllegalArgumentException("order must list each step index from 0 to " + (count - 1)
                            + " exactly once, was " + answer.order() + ".");
                }
            }
            default -> throw new IllegalStateException("not a quiz kind: " + kind);
        }
    }

    private String expected() {
        return switch (kind) {
            case CLOZE -> "gaps (a list of typed texts)";
            case CHOICE -> "options (a list of option indexes)";
            default -> "order (the step indexes in your order)";
        };
    }

    private static List<Integer> shuffledIdentity(int count) {
        List<Integer> all = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            all.add(i);
        }
        return all;
    }

    /** Whether a fitting answer is right: every gap accepted, exactly the right options, every step in place. */
    boolean isRight(QuizAnswer answer) {
        return switch (kind) {
            case CLOZE -> {
                for (int i = 0; i < gaps.size(); i++) {
                    if (!AnswerMatcher.matches(answer.gaps().get(i), gaps.get(i).answer())) {
                        yield false;
                    }
                }
                yield true;
            }
            case CHOICE -> new HashSet<>(answer.options()).equals(rightOptions());
            default -> isSorted(answer.order());
        };
    }

    private Set<Integer> rightOptions() {
        Set<Integer> right = new HashSet<>();
        for (int i = 0; i < side.options().size(); i++) {
            if (side.options().get(i).correct()) {
                right.add(i);
            }
        }
        return right;
    }

    /** The options as asked, lettered A, B, C … */
    List<QuizViews.Option> options() {
        List<QuizViews.Option> options = new ArrayList<>();
        for (int i = 0; i < side.options().size(); i++) {
            options.add(new QuizViews.Option(i, letter(i), side.options().get(i).html()));
        }
        return options;
    }

    /** The steps in the order given ({@code order} of step indexes), or as first shown. */
    List<QuizViews.Step> steps(List<Integer> order) {
        List<Integer> use = order == null || order.isEmpty() ? shown : order;
        List<QuizViews.Step> steps = new ArrayList<>();
        for (Integer i : use) {
            steps.add(new QuizViews.Step(i, side.steps().get(i)));
        }
        return steps;
    }

    /** What the learner is told after answering: per gap, option or step what they gave and what was right. */
    QuizViews.Feedback feedback(QuizAnswer answer, boolean correct, boolean overridden) {
        List<QuizViews.GapVerdict> gapVerdicts = new ArrayList<>();
        List<QuizViews.OptionVerdict> optionVerdicts = new ArrayList<>();
        List<QuizViews.StepVerdict> yourOrder = new ArrayList<>();
        List<String> rightOrder = List.of();
        String picked = "";
        switch (kind) {
            case CLOZE -> {
                for (int i = 0; i < gaps.size(); i++) {
                    String typed = answer == null || answer.gaps() == null || i >= answer.gaps().size() ? ""
                            : answer.gaps().get(i) == null ? "" : answer.gaps().get(i);
                    AnswerMatcher.Result result = AnswerMatcher.check(typed, gaps.get(i).answer());
                    gapVerdicts.add(new QuizViews.GapVerdict(i + 1, typed, gaps.get(i).answer(), result.accepted(),
                            result.exact()));
                }
            }
            case CHOICE -> {
                Set<Integer> chosen = answer == null || answer.options() == null ? Set.of()
                        : new HashSet<>(answer.options());
                List<String> letters = new ArrayList<>();
                for (int i = 0; i < side.options().size(); i++) {
                    CardView.Option o = side.options().get(i);
                    boolean was = chosen.contains(i);
                    if (was) {
                        letters.add(letter(i));
                    }
                    optionVerdicts.add(new QuizViews.OptionVerdict(i, letter(i), o.html(), o.correct(), was,
                            o.explanation() == null ? "" : o.explanation()));
                }
                picked = String.join(", ", letters);
            }
            default -> {
                List<Integer> order = answer == null ? List.of() : answer.order();
                for (int place = 0; place < order.size(); place++) {
                    int step = order.get(place);
                    yourOrder.add(new QuizViews.StepVerdict(place + 1, side.steps().get(step), step == place));
                }
                rightOrder = side.steps();
            }
        }
        List<String> rightLetters = new ArrayList<>();
        for (int i : rightOptions().stream().sorted().toList()) {
            rightLetters.add(letter(i));
        }
        return new QuizViews.Feedback(correct, overridden, correct || overridden, gapVerdicts, optionVerdicts,
                picked, String.join(", ", rightLetters), yourOrder, rightOrder, side.back(), side.extra());
    }
}
