package dev.prepdeck.interview;

import java.util.ArrayList;
import java.util.List;

import dev.prepdeck.content.parse.KeyConcept;
import dev.prepdeck.quiz.AnswerMatcher;

/**
 * Which of a card's key concepts a candidate's notes name. A concept is covered when any of its terms appears in the
 * notes as a run of words that the quiz's {@link AnswerMatcher} accepts: case, spacing, punctuation, Korean particles
 * and small typos do not matter, and a Korean verb ending after the term ({@code 검증한다} for {@code 검증}) or an
 * English plural is allowed.
 */
public final class ConceptCoverage {

    /** How many more words than the term has a run of the notes may span ("2 MSL" for "2MSL" and the reverse). */
    private static final int EXTRA_WORDS = 2;
    /** The longest Korean ending taken off a word's end after the term. */
    private static final int MAX_ENDING = 3;
    /** Bounds that let a run of words be skipped without matching it: longest particles, most typos forgiven. */
    private static final int MAX_PARTICLES = 6;
    private static final int MAX_TYPOS = 2;
    private static final char SYLLABLE_FIRST = '\uAC00';
    private static final char SYLLABLE_LAST = '\uD7A3';

    private ConceptCoverage() {
    }

    /** One concept's verdict: its label, whether the notes name it, and the term found (null when missed). */
    public record Verdict(KeyConcept concept, boolean covered, String foundTerm) {

        public String label() {
            return concept.label();
        }
    }

    /** The verdict on every concept, in the card's order. */
    public static List<Verdict> check(String notes, List<KeyConcept> concepts) {
        List<String> words = AnswerMatcher.wordsOf(notes);
        List<Verdict> verdicts = new ArrayList<>(concepts.size());
        for (KeyConcept concept : concepts) {
            String found = null;
            for (String term : concept.terms()) {
                if (mentions(words, term)) {
                    found = term;
                    break;
                }
            }
            verdicts.add(new Verdict(concept, found != null, found));
        }
        return verdicts;
    }

    /** Whether the notes name {@code term}. */
    public static boolean mentions(String notes, String term) {
        return mentions(AnswerMatcher.wordsOf(notes), term);
    }

    private static boolean mentions(List<String> words, String term) {
        List<String> termWords = AnswerMatcher.wordsOf(term);
        if (termWords.isEmpty()) {
            return false;
        }
        int termLength = String.join("", termWords).length();
        int longest = termWords.size() + EXTRA_WORDS;
        for (int from = 0; from < words.size(); from++) {
            StringBuilder run = new StringBuilder();
            int letters = 0;
            for (int length = 1; length <= longest && from + length <= words.size(); length++) {
                if (length > 1) {
                    run.append(' ');
                }
                String last = words.get(from + length - 1);
                String before = run.toString();
                run.append(last);
                letters += last.length();
                if (letters - MAX_ENDING - MAX_PARTICLES > termLength + MAX_TYPOS) {
                    break;
                }
                if (letters + MAX_TYPOS < termLength) {
                    continue;
                }
                for (String ending : withoutEndings(last)) {
                    if (AnswerMatcher.matches(before + ending, term)) {
                        return true;
                    }
                }
            }
        }
        return false;
    }

    /**
     * The last word of a run as it is, then without a Korean ending of one to {@link #MAX_ENDING} syllables (keeping
     * at least one syllable) or without an English plural ending.
     */
    static List<String> withoutEndings(String word) {
        List<String> forms = new ArrayList<>();
        forms.add(word);
        int syllables = 0;
        for (int end = word.length(); end > 1 && syllables < MAX_ENDING && isSyllable(word.charAt(end - 1)); end--) {
            syllables++;
            forms.add(word.substring(0, end - 1));
        }
        if (word.length() > 3 && word.endsWith("es")) {
            forms.add(word.substring(0, word.length() - 2));
        }
        if (word.length() > 2 && word.endsWith("s")) {
            forms.add(word.substring(0, word.length() - 1));
        }
        return forms;
    }

    private static boolean isSyllable(char c) {
        return c >= SYLLABLE_FIRST && c <= SYLLABLE_LAST;
    }
}
