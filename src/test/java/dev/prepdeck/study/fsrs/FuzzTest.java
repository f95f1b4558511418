package dev.prepdeck.study.fsrs;

import static org.junit.jupiter.api.Assertions.assertArrayEquals;
import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.api.Test;

/** The fuzz building blocks equal ts-fsrs's (expected values produced by ts-fsrs 5.4.2 under Node 20). */
class FuzzTest {

    @Test
    void aleaGivesTheSameSequenceAsTsFsrsForASeed() {
        Fuzz.Alea alea = new Fuzz.Alea("1700000000000_2_12.345678901234567");
        assertEquals(0.4669324941933155, alea.next());
        assertEquals(0.7712093233130872, alea.next());
        assertEquals(0.16025450080633163, alea.next());

        Fuzz.Alea numeric = new Fuzz.Alea("12345");
        assertEquals(0.27138191112317145, numeric.next());
        assertEquals(0.19615925149992108, numeric.next());
    }

    @Test
    void seedTextFormatsNumbersLikeJavaScript() {
        assertEquals("11.791221742615", Fuzz.jsNumber(5.11217071 * 2.3065));
        assertEquals("0.30000000000000004", Fuzz.jsNumber(0.1 + 0.2));
        assertEquals("1.3596195999999998", Fuzz.jsNumber(6.4133 * 0.212));
        assertEquals("1e+21", Fuzz.jsNumber(1e21));
        assertEquals("123456789012345680000", Fuzz.jsNumber(123456789012345680000.0));
        assertEquals("1e-7", Fuzz.jsNumber(1e-7));
        assertEquals("0.000001", Fuzz.jsNumber(0.000001));
        assertEquals("9007199254740994", Fuzz.jsNumber(9007199254740994.0));
        assertEquals("0", Fuzz.jsNumber(0));
        assertEquals("5", Fuzz.jsNumber(5.0));
    }

    @Test
    void fuzzRangesMatchTsFsrs() {
        assertArrayEquals(new int[] {2, 4}, Fuzz.range(3, 0, 36500));
        assertArrayEquals(new int[] {8, 12}, Fuzz.range(10, 0, 36500));
        assertArrayEquals(new int[] {93, 107}, Fuzz.range(100, 3, 36500));
        assertArrayEquals(new int[] {34673, 36500}, Fuzz.range(36500, 0, 36500));
        assertArrayEquals(new int[] {27, 33}, Fuzz.range(30, 40, 36500));
    }

    @Test
    void shortIntervalsAreNotFuzzed() {
        assertEquals(1, Fuzz.apply(1, 0, 36500, 0.99));
        assertEquals(2, Fuzz.apply(2, 0, 36500, 0.99));
    }
}
