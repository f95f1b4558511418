package dev.prepdeck.content.authoring;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;

import java.util.List;

import org.junit.jupiter.api.Test;

class LineDiffTest {

    private static String render(List<LineDiff.Line> diff) {
        StringBuilder s = new StringBuilder();
        diff.forEach(l -> s.append(l.marker()).append(l.text()).append('|').append(l.oldNumber()).append(',')
                .append(l.newNumber()).append('\n'));
        return s.toString();
    }

    @Test
    void shouldMarkAChangedLineAsRemovedAndAddedWithTheNumbersOfBothSides() {
        assertEquals(" a|1,1\n-b|2,0\n+B|0,2\n c|3,3\n", render(LineDiff.diff("a\nb\nc\n", "a\nB\nc\n")));
    }

    @Test
    void shouldAlignInsertedAndDeletedLinesAroundTheCommonOnes() {
        assertEquals("-x|1,0\n a|2,1\n b|3,2\n+y|0,3\n c|4,4\n",
                render(LineDiff.diff("x\na\nb\nc", "a\nb\ny\nc")));
    }

    @Test
    void shouldFindNoChangeBetweenEqualTextsWhateverTheLineEndings() {
        assertFalse(LineDiff.changed(LineDiff.diff("a\r\nb\r\n", "a\nb\n")));
    }

    @Test
    void shouldDiffAgainstAnEmptyText() {
        assertEquals("+a|0,1\n+b|0,2\n", render(LineDiff.diff("", "a\nb")));
    }
}
