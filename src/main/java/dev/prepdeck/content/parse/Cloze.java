package dev.prepdeck.content.parse;

import java.math.BigInteger;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.regex.Matcher;

/** Cloze gap syntax ({@code {{c1::answer::hint}}}, {@code {{answer}}}): numbering and rendering helpers. */
public final class Cloze {

    private Cloze() {
    }

    /** One gap found in a cloze text. */
    public record Gap(int number, String answer, String hint) {
    }

    /** Gives unnumbered gaps numbers after the highest explicit one, in order of appearance. */
    public static String numberGaps(String text) {
        int max = numbers(text).stream().mapToInt(Integer::intValue).max().orElse(0);
        Matcher m = TopicParser.GAP.matcher(text);
        StringBuilder out = new StringBuilder();
        int next = max;
        while (m.find()) {
            String replacement;
            if (m.group(1) == null) {
                next++;
                replacement = "{{c" + next + "::" + m.group(2) + (m.group(3) != null ? "::" + m.group(3) : "") + "}}";
            } else {
                replacement = m.group();
            }
            m.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        m.appendTail(out);
        return out.toString();
    }

    /** The digits of the first explicit gap number above {@code max} (say, {@code c99999999999}), or null. */
    public static String numberAbove(String text, int max) {
        Matcher m = TopicParser.GAP.matcher(text);
        while (m.find()) {
            if (m.group(1) != null && new BigInteger(m.group(1)).compareTo(BigInteger.valueOf(max)) > 0) {
                return m.group(1);
            }
        }
        return null;
    }

    /** The explicit gap numbers used in a text. */
    public static TreeSet<Integer> numbers(String text) {
        TreeSet<Integer> numbers = new TreeSet<>();
        Matcher m = TopicParser.GAP.matcher(text);
        while (m.find()) {
            if (m.group(1) != null) {
                numbers.add(Integer.parseInt(m.group(1)));
            }
        }
        return numbers;
    }

    /** Replaces every gap with what {@code render} returns for it. */
    public static String replaceGaps(String text, Function<Gap, String> render) {
        Matcher m = TopicParser.GAP.matcher(text);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            int number = m.group(1) != null ? Integer.parseInt(m.group(1)) : 0;
            Gap gap = new Gap(number, m.group(2), m.group(3));
            m.appendReplacement(out, Matcher.quoteReplacement(render.apply(gap)));
        }
        m.appendTail(out);
        return out.toString();
    }
}
