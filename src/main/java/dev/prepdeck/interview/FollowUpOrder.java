package dev.prepdeck.interview;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The order an interview asks its questions in: each main question, then the follow-ups linked to it, depth first
 * (a follow-up's own follow-ups before its next sibling), in content order. The importer refuses cycles; a card met
 * twice is still asked once, so the walk always ends.
 */
public final class FollowUpOrder {

    /** A card as the walk needs it: its id, its topic and the card it follows (null for none). */
    public record Node(String cardId, String topicId, String follows) {
    }

    /** One question in asking order: {@code parent} is the index of the question it follows, -1 for a main one. */
    public record Step(String cardId, String topicId, int mainNumber, int parent, int depth) {
    }

    private final Map<String, List<Node>> children = new LinkedHashMap<>();

    /** {@code cards} in content order: siblings are asked in that order. */
    public FollowUpOrder(List<Node> cards) {
        for (Node card : cards) {
            if (card.follows() != null) {
                children.computeIfAbsent(card.follows(), k -> new ArrayList<>()).add(card);
            }
        }
    }

    /** The follow-ups linked directly to a card, in content order. */
    public List<Node> followUps(String cardId) {
        return Collections.unmodifiableList(children.getOrDefault(cardId, List.of()));
    }

    /** Every question of an interview with these main questions, in asking order. */
    public List<Step> steps(List<Node> mains) {
        List<Step> steps = new ArrayList<>();
        Set<String> asked = new HashSet<>();
        int number = 0;
        for (Node main : mains) {
            if (asked.add(main.cardId())) {
                number++;
                steps.add(new Step(main.cardId(), main.topicId(), number, -1, 0));
                walk(main.cardId(), steps.size() - 1, number, 1, steps, asked);
            }
        }
        return steps;
    }

    private void walk(String cardId, int parent, int number, int depth, List<Step> steps, Set<String> asked) {
        for (Node child : children.getOrDefault(cardId, List.of())) {
            if (asked.add(child.cardId())) {
                steps.add(new Step(child.cardId(), child.topicId(), number, parent, depth));
                walk(child.cardId(), steps.size() - 1, number, depth + 1, steps, asked);
            }
        }
    }

    /** How deep the follow-ups below a card go: 0 for a card without follow-ups. */
    public int depthBelow(String cardId) {
        int deepest = 0;
        for (Step step : steps(List.of(new Node(cardId, null, null)))) {
            deepest = Math.max(deepest, step.depth());
        }
        return deepest;
    }
}
