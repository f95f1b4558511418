package dev.prepdeck.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.text.Normalizer;

import org.junit.jupiter.api.Test;

/** Typed cloze answers are marked like a fair human marker would, in Korean and English. */
class AnswerMatcherTest {

    @Test
    void shouldAcceptAnAnswerFollowedByAParticle() {
        assertTrue(AnswerMatcher.matches("60초에", "60초"));
        assertTrue(AnswerMatcher.check("60초에", "60초").exact(), "a particle is not a typo");
        assertTrue(AnswerMatcher.matches("60초 동안에는", "60초 동안"), "stacked particles 에 + 는");
        assertTrue(AnswerMatcher.matches("TCP_TIMEWAIT_LEN에", "TCP_TIMEWAIT_LEN"));
        assertTrue(AnswerMatcher.matches("서버가", "서버"));
        assertTrue(AnswerMatcher.matches("클라이언트는", "클라이언트"));
        assertTrue(AnswerMatcher.matches("패킷을", "패킷"));
        assertTrue(AnswerMatcher.matches("커널에서", "커널"));
        assertTrue(AnswerMatcher.matches("소켓으로", "소켓"));
        assertTrue(AnswerMatcher.matches("SYN과", "SYN"));
        assertTrue(AnswerMatcher.matches("커널의", "커널"));
        assertTrue(AnswerMatcher.matches("RST도", "RST"));
        assertTrue(AnswerMatcher.matches("2MSL입니다", "2MSL"));
    }

    @Test
    void shouldNotTakeTheEndOfAWordForAParticle() {
        // 이 follows only a syllable with a final consonant; in 아이 it is part of the word
        assertEquals("아이", AnswerMatcher.stripParticles("아이"));
        assertEquals("서버", AnswerMatcher.stripParticles("서버"));
        assertEquals("는", AnswerMatcher.stripParticles("는"), "a particle alone is kept");
        assertFalse(AnswerMatcher.matches("아", "아이"));
    }

    @Test
    void shouldIgnoreCaseSpacingAndPunctuation() {
        assertTrue(AnswerMatcher.matches("time_wait", "TIME_WAIT"));
        assertTrue(AnswerMatcher.matches("  Time Wait. ", "TIME_WAIT"));
        assertTrue(AnswerMatcher.matches("3-way handshake", "3 way handshake"));
        assertTrue(AnswerMatcher.matches("혼잡제어", "혼잡 제어"), "Korean spacing (띄어쓰기) does not count");
        assertTrue(AnswerMatcher.matches("\"engineering choice\"", "engineering choice"));
    }

    @Test
    void shouldTreatFullWidthFormsAsHalfWidth() {
        assertTrue(AnswerMatcher.matches("６０초", "60초"), "full-width digits");
        assertTrue(AnswerMatcher.matches("ＴＣＰ＿ＴＩＭＥＷＡＩＴ＿ＬＥＮ", "TCP_TIMEWAIT_LEN"));
        assertTrue(AnswerMatcher.matches("２ＭＳＬ", "2MSL"));
    }

    @Test
    void shouldCompareHangulWrittenInDecomposedJamoAsComposed() {
        String decomposed = Normalizer.normalize("60초", Normalizer.Form.NFD);
        assertEquals(5 - 1, decomposed.length(), "6, 0, ㅊ, ㅗ");
        assertTrue(AnswerMatcher.check(decomposed, "60초").exact());
        assertTrue(AnswerMatcher.matches("ㅊ", "ㅊ"), "compatibility jamo");
    }

    @Test
    void shouldForgiveOneJamoTypoInAWord() {
        AnswerMatcher.Result result = AnswerMatcher.check("타임아욷", "타임아웃");
        assertTrue(result.accepted(), "final ㄷ for ㅅ is one jamo");
        assertFalse(result.exact());
        assertEquals(1, result.typos());
        assertTrue(AnswerMatcher.matches("혼잡 재어", "혼잡 제어"), "ㅐ for ㅔ");
        assertTrue(AnswerMatcher.matches("handshkae", "handshake"), "swapped letters are one typo");
        assertTrue(AnswerMatcher.matches("engineering choise", "engineering choice"));
    }

    @Test
    void shouldRejectAnswersThatAreTooFarOff() {
        assertFalse(AnswerMatcher.matches("타이머", "타임아웃"));
        assertFalse(AnswerMatcher.matches("ack", "syn"), "short answers forgive no typo");
        assertFalse(AnswerMatcher.matches("fin", "fyn"));
        assertFalse(AnswerMatcher.matches("", "60초"));
        assertFalse(AnswerMatcher.matches("   ", "60초"));
        assertFalse(AnswerMatcher.matches(null, "60초"));
    }

    @Test
    void shouldNeverForgiveAWrongNumber() {
        assertFalse(AnswerMatcher.matches("90초", "60초"));
        assertFalse(AnswerMatcher.matches("120 seconds", "12 seconds"));
        assertFalse(AnswerMatcher.matches("1MSL", "2MSL"));
        assertTrue(AnswerMatcher.matches("60 secnds", "60 seconds"), "the typo is in the word, not the number");
    }

    @Test
    void shouldCompareAnswersMadeOfSymbolsAsWritten() {
        assertTrue(AnswerMatcher.matches(" -> ", "->"));
        assertFalse(AnswerMatcher.matches("<-", "->"));
    }
}
