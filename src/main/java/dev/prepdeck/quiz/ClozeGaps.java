package dev.prepdeck.quiz;

import java.util.ArrayList;
import java.util.List;
import java.util.function.BiFunction;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The hidden gaps of a rendered cloze card: their answers, for marking, and the sentence without them, for asking.
 * The rendered front carries each answer in a {@code data-answer} attribute, which a quiz must never send.
 */
final class ClozeGaps {

    /** One hidden gap: the answer and the hint shown in its place ({@code …} when the mentor gave none). */
    record Gap(String answer, String hint) {
    }

    private ClozeGaps() {
    }

    static List<Gap> gaps(String frontHtml) {
        List<Gap> gaps = new ArrayList<>();
        for (Element span : body(frontHtml).select("span.cloze-hidden")) {
            String hint = span.text();
            if (hint.startsWith("[") && hint.endsWith("]") && hint.length() >= 2) {
                hint = hint.substring(1, hint.length() - 1);
            }
            gaps.add(new Gap(span.attr("data-answer"), hint));
        }
        return gaps;
    }

    /** The sentence with every gap's answer removed; each gap keeps its hint and gets {@code data-gap="<n>"}. */
    static String withoutAnswers(String frontHtml) {
        Element body = body(frontHtml);
        int n = 0;
        for (Element span : body.select("span.cloze-hidden")) {
            span.removeAttr("data-answer");
            span.attr("data-gap", String.valueOf(n++));
        }
        return body.html();
    }

    /**
     * The sentence with each gap replaced by a text field named {@code gap}; {@code label} gives a field's
     * accessible name from its number (from 1) and hint, {@code value} what it shows (a typed answer, or empty).
     */
    static String withInputs(String frontHtml, BiFunction<Integer, String, String> label, List<String> values) {
        Element body = body(frontHtml);
        int n = 0;
        for (Element span : body.select("span.cloze-hidden")) {
            String hint = gaps(span.outerHtml()).get(0).hint();
            Element input = new Element("input").attr("type", "text").attr("name", "gap").addClass("cloze-input")
                    .attr("id", "gap-" + n).attr("autocomplete", "off").attr("autocapitalize", "off")
                    .attr("spellcheck", "false").attr("placeholder", hint)
                    .attr("aria-label", label.apply(n + 1, hint));
            if (n < values.size() && values.get(n) != null) {
                input.attr("value", values.get(n));
            }
            span.replaceWith(input);
            n++;
        }
        return body.html();
    }

    private static Element body(String html) {
        Document doc = Jsoup.parseBodyFragment(html == null ? "" : html);
        doc.outputSettings().prettyPrint(false);
        return doc.body();
    }
}
