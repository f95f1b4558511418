package dev.prepdeck.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import org.junit.jupiter.api.Test;

class FollowUpOrderTest {

    private static FollowUpOrder.Node card(String id, String follows) {
        return new FollowUpOrder.Node(id, "t", follows);
    }

    private static final List<FollowUpOrder.Node> CARDS = List.of(
            card("alpn", null), card("h3", "alpn"), card("other", null), card("migration", "h3"),
            card("h2", "alpn"), card("zero-rtt", "migration"), card("o1", "other"));

    @Test
    void shouldAskFollowUpsDepthFirstBeforeTheNextMainQuestion() {
        List<FollowUpOrder.Step> steps = new FollowUpOrder(CARDS).steps(List.of(CARDS.get(0), CARDS.get(2)));
        assertEquals(List.of("alpn", "h3", "migration", "zero-rtt", "h2", "other", "o1"),
                steps.stream().map(FollowUpOrder.Step::cardId).toList());
        assertEquals(List.of(0, 1, 2, 3, 1, 0, 1), steps.stream().map(FollowUpOrder.Step::depth).toList());
        assertEquals(List.of(-1, 0, 1, 2, 0, -1, 5), steps.stream().map(FollowUpOrder.Step::parent).toList());
        assertEquals(List.of(1, 1, 1, 1, 1, 2, 2), steps.stream().map(FollowUpOrder.Step::mainNumber).toList());
    }

    @Test
    void shouldTellHowDeepTheFollowUpsBelowACardGo() {
        FollowUpOrder order = new FollowUpOrder(CARDS);
        assertEquals(3, order.depthBelow("alpn"));
        assertEquals(1, order.depthBelow("other"));
        assertEquals(0, order.depthBelow("h2"));
    }

    @Test
    void shouldAskACardOnceWhenItIsAlsoAFollowUpOfAnEarlierMainQuestion() {
        FollowUpOrder order = new FollowUpOrder(CARDS);
        List<FollowUpOrder.Step> steps = order.steps(List.of(CARDS.get(0), CARDS.get(3)));
        assertEquals(5, steps.size(), "migration was already asked below alpn");
        assertEquals(1, steps.stream().mapToInt(FollowUpOrder.Step::mainNumber).max().orElseThrow());
    }

    @Test
    void shouldEndEvenWhenStoredLinksFormACycle() {
        FollowUpOrder order = new FollowUpOrder(List.of(card("a", "b"), card("b", "a")));
        assertEquals(List.of("a", "b"), order.steps(List.of(card("a", "b"))).stream()
                .map(FollowUpOrder.Step::cardId).toList());
    }
}
