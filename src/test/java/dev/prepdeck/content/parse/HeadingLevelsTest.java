package dev.prepdeck.content.parse;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

class HeadingLevelsTest {

    @Test
    void shouldNestAModelAnswerStartingWithAnH1UnderThePagesH2() {
        assertEquals("<h3 id=\"a\">Title</h3><p>x</p><h4>Part</h4><h6>Deep</h6>",
                HeadingLevels.nestUnder("<h1 id=\"a\">Title</h1><p>x</p><h2>Part</h2><h5>Deep</h5>", 2));
    }

    @Test
    void shouldLeaveHeadingsThatAlreadySitBelowTheParentAlone() {
        String html = "<h3>Part</h3><p>x</p>";
        assertEquals(html, HeadingLevels.nestUnder(html, 2));
    }
}
