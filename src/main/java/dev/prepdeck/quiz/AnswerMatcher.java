package dev.prepdeck.quiz;

import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Checks a typed answer against the expected one the way a fair human marker would: ignoring case, spacing,
 * punctuation, full-width forms and Korean particles ({@code 60초에} is {@code 60초}), and forgiving a small typo
 * counted in jamo (a wrong vowel in one syllable is one typo, not a wrong syllable). Numbers must be exact.
 */
public final class AnswerMatcher {

    /**
     * Particles and copula endings that may follow an answer in a Korean sentence, longest first so that
     * {@code 에서} is taken before {@code 에}. Stacked particles ({@code 에는}) are removed one at a time.
     */
    private static final List<String> PARTICLES = List.of(
            "입니다", "이에요", "이라고", "에게서",
            "에서", "에게", "한테", "으로", "까지", "부터", "처럼", "보다", "만큼", "이나", "이랑", "이다", "예요", "라고",
            "하고",
            "은", "는", "이", "가", "을", "를", "에", "로", "와", "과", "의", "도", "만", "나", "랑");

    /** Particles written only after a syllable with a final consonant (받침), and only after one without. */
    private static final Set<String> AFTER_CONSONANT = Set.of("은", "이", "을", "과", "으로", "이나", "이랑", "이다",
            "이에요", "이라고");
    private static final Set<String> AFTER_VOWEL = Set.of("는", "가", "를", "와", "나", "랑", "예요", "라고");

    private static final int MAX_STACKED_PARTICLES = 2;

    private static final char SYLLABLE_FIRST = '\uAC00';
    private static final char SYLLABLE_LAST = '\uD7A3';

    private AnswerMatcher() {
    }

    /**
     * How a typed answer compares: {@code accepted} when it counts as right, {@code exact} when it is the expected
     * text after normalising (no typo), {@code typos} the jamo edits between them when accepted.
     */
    public record Result(boolean accepted, boolean exact, int typos) {

        static final Result WRONG = new Result(false, false, -1);
    }

    /** Whether {@code typed} counts as {@code expected}. */
    public static boolean matches(String typed, String expected) {
        return check(typed, expected).accepted();
    }

    public static Result check(String typed, String expected) {
        if (typed == null || expected == null || typed.isBlank()) {
            return Result.WRONG;
        }
        List<String> expectedForms = forms(expected);
        List<String> typedForms = forms(typed);
        if (expectedForms.get(0).isEmpty()) {
            // An answer made only of symbols ("->"): punctuation is the answer, so compare it as written.
            String e = squeeze(fold(expected));
            return e.equals(squeeze(fold(typed))) ? new Result(true, true, 0) : Result.WRONG;
        }
        for (String t : typedForms) {
            for (String e : expectedForms) {
                if (t.equals(e)) {
                    return new Result(true, true, 0);
                }
            }
        }
        int best = Integer.MAX_VALUE;
        for (String t : typedForms) {
            for (String e : expectedForms) {
                if (!digits(t).equals(digits(e))) {
                    continue;
                }
                String ej = jamo(e);
                int allowed = allowedTypos(ej.length());
                int distance = distance(jamo(t), ej, allowed);
                if (distance <= allowed) {
                    best = Math.min(best, distance);
                }
            }
        }
        if (best != Integer.MAX_VALUE) {
            return new Result(true, false, best);
        }
        return Result.WRONG;
    }

    /** Typos forgiven for an answer of {@code jamoLength} letters: none in short answers, where one edit is a word. */
    static int allowedTypos(int jamoLength) {
        if (jamoLength <= 4) {
            return 0;
        }
        return jamoLength <= 10 ? 1 : 2;
    }

    /**
     * The comparable forms of an answer: folded, punctuation and spaces removed, then the same with trailing
     * particles removed from each word (one or two stacked ones). The first form keeps the particles.
     */
    static List<String> forms(String text) {
        List<String> words = words(fold(text));
        Set<String> forms = new LinkedHashSet<>();
        forms.add(String.join("", words));
        List<String> stripped = new ArrayList<>(words.size());
        for (String word : words) {
            stripped.add(stripParticles(word));
        }
        forms.add(String.join("", stripped));
        return new ArrayList<>(forms);
    }

    /** The words of a text as this matcher sees them: folded, with punctuation and symbols separating words. */
    public static List<String> wordsOf(String text) {
        return text == null ? List.of() : words(fold(text));
    }

    /** NFKC (full-width to half-width, composed Hangul, compatibility jamo to jamo), then lower case. */
    static String fold(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFKC).toLowerCase(Locale.ROOT);
    }

    private static String squeeze(String text) {
        return text.replaceAll("\\s+", "");
    }

    /** Words of a folded text: punctuation and symbols separate words like spaces do. */
    static List<String> words(String folded) {
        List<String> words = new ArrayList<>();
        StringBuilder word = new StringBuilder();
        folded.codePoints().forEach(cp -> {
            if (Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK) {
                word.appendCodePoint(cp);
            } else if (!word.isEmpty()) {
                words.add(word.toString());
                word.setLength(0);
            }
        });
        if (!word.isEmpty()) {
            words.add(word.toString());
        }
        return words;
    }

    /** Removes up to two stacked particles from the end of a word, leaving at least one character. */
    static String stripParticles(String word) {
        String current = word;
        for (int i = 0; i < MAX_STACKED_PARTICLES; i++) {
            String next = stripOne(current);
            if (next.equals(current)) {
                break;
            }
            current = next;
        }
        return current;
    }

    private static String stripOne(String word) {
        for (String particle : PARTICLES) {
            if (word.length() > particle.length() && word.endsWith(particle)) {
                char before = word.charAt(word.length() - particle.length() - 1);
                if (fits(particle, before)) {
                    return word.substring(0, word.length() - particle.length());
                }
            }
        }
        return word;
    }

    /**
     * Whether {@code particle} may follow {@code before}. After a Hangul syllable the 받침 decides between 은/는,
     * 이/가, 을/를 …; after a digit or a Latin letter it depends on how it is read, so any particle fits.
     */
    private static boolean fits(String particle, char before) {
        if (before < SYLLABLE_FIRST || before > SYLLABLE_LAST) {
            return Character.isLetterOrDigit(before);
        }
        boolean hasFinal = (before - SYLLABLE_FIRST) % 28 != 0;
        if (AFTER_CONSONANT.contains(particle)) {
            return hasFinal;
        }
        if (AFTER_VOWEL.contains(particle)) {
            return !hasFinal;
        }
        return true;
    }

    private static String digits(String text) {
        StringBuilder out = new StringBuilder();
        text.codePoints().filter(Character::isDigit).forEach(out::appendCodePoint);
        return out.toString();
    }

    /** Hangul syllables decomposed into their jamo (초 is ㅊ + ㅗ), everything else as it is. */
    static String jamo(String text) {
        return Normalizer.normalize(text, Normalizer.Form.NFD);
    }

    /**
     * Optimal string alignment distance (insertions, deletions, substitutions and swaps of neighbours), giving up
     * with {@code limit + 1} once it must exceed {@code limit}.
     */
    static int distance(String a, String b, int limit) {
        if (Math.abs(a.length() - b.length()) > limit) {
            return limit + 1;
        }
        int[][] d = new int[a.length() + 1][b.length() + 1];
        for (int i = 0; i <= a.length(); i++) {
            d[i][0] = i;
        }
        for (int j = 0; j <= b.length(); j++) {
            d[0][j] = j;
        }
        for (int i = 1; i <= a.length(); i++) {
            int rowMin = Integer.MAX_VALUE;
            for (int j = 1; j <= b.length(); j++) {
                int cost = a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1;
                int value = Math.min(Math.min(d[i - 1][j] + 1, d[i][j - 1] + 1), d[i - 1][j - 1] + cost);
                if (i > 1 && j > 1 && a.charAt(i - 1) == b.charAt(j - 2) && a.charAt(i - 2) == b.charAt(j - 1)) {
                    value = Math.min(value, d[i - 2][j - 2] + 1);
                }
                d[i][j] = value;
                rowMin = Math.min(rowMin, value);
            }
            if (rowMin > limit) {
                return limit + 1;
            }
        }
        return d[a.length()][b.length()];
    }
}
