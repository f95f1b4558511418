package dev.prepdeck.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

import dev.prepdeck.content.parse.KeyConcept;

class ConceptCoverageTest {

    private static final KeyConcept MSL = new KeyConcept(List.of("2MSL", "2 MSL", "두 배의 MSL", "twice the MSL"));
    private static final KeyConcept DELAYED = new KeyConcept(List.of("지연 세그먼트", "늦게 도착한 패킷", "delayed segment"));
    private static final KeyConcept PATH = new KeyConcept(List.of("경로 검증", "path validation"));

    @Test
    void shouldMarkEachConceptCoveredOrMissedWithTheTermFound() {
        List<ConceptCoverage.Verdict> verdicts = ConceptCoverage.check("TIME_WAIT는 2MSL 동안 유지된다",
                List.of(MSL, DELAYED));
        assertTrue(verdicts.get(0).covered());
        assertEquals("2MSL", verdicts.get(0).foundTerm());
        assertFalse(verdicts.get(1).covered());
        assertEquals("지연 세그먼트", verdicts.get(1).label());
    }

    @Test
    void shouldIgnoreKoreanParticlesAfterTheTerm() {
        assertTrue(ConceptCoverage.mentions("늦게 도착한 패킷이 새 연결에 섞인다", "늦게 도착한 패킷"));
        assertTrue(ConceptCoverage.mentions("지연 세그먼트를 막으려고", "지연 세그먼트"));
        assertTrue(ConceptCoverage.mentions("UDP를 쓴다", "UDP"));
    }

    @Test
    void shouldIgnoreSpacingInEitherDirection() {
        assertTrue(ConceptCoverage.mentions("지연세그먼트 때문", "지연 세그먼트"));
        assertTrue(ConceptCoverage.mentions("2 MSL", "2MSL"));
        assertTrue(ConceptCoverage.mentions("연결ID로 식별", "연결 ID"));
    }

    @Test
    void shouldAcceptAKoreanVerbEndingAfterTheTerm() {
        assertTrue(ConceptCoverage.mentions("서버가 경로검증한다", "경로 검증"));
        assertTrue(ConceptCoverage.check("새 경로는 먼저 검증해야 한다", List.of(PATH)).stream()
                .noneMatch(ConceptCoverage.Verdict::covered), "the words apart are not the concept");
    }

    @Test
    void shouldForgiveASmallTypoButNotAnotherWord() {
        assertTrue(ConceptCoverage.mentions("지연 세그먼뜨", "지연 세그먼트"), "one jamo off");
        assertTrue(ConceptCoverage.mentions("we need path validaton first", "path validation"));
        assertFalse(ConceptCoverage.mentions("TCP를 쓴다", "UDP"), "short terms must be exact");
    }

    @Test
    void shouldMatchEnglishCaseInsensitivelyAndWithPlurals() {
        assertTrue(ConceptCoverage.mentions("Stray DELAYED SEGMENTS of the old connection", "delayed segment"));
        assertTrue(ConceptCoverage.mentions("It waits Twice the MSL.", "twice the MSL"));
    }

    @Test
    void shouldNotTakeNumbersLoosely() {
        assertFalse(ConceptCoverage.mentions("3MSL 동안", "2MSL"));
        assertFalse(ConceptCoverage.mentions("", "2MSL"));
    }

    @Test
    void shouldFindATermAnywhereInLongNotes() {
        String notes = "첫째 이유는 마지막 ACK 유실이다. ".repeat(200) + "둘째, 두 배의 MSL을 기다린다.";
        assertTrue(ConceptCoverage.check(notes, List.of(MSL)).get(0).covered());
    }
}
