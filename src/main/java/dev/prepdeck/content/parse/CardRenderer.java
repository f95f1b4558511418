package dev.prepdeck.content.parse;

import java.util.ArrayList;
import java.util.List;

/** Renders a {@link CardSource} into a {@link CardView}: Markdown to safe HTML, cloze gaps hidden or revealed. */
public final class CardRenderer {

    private static final char OPEN = '\uE000';
    private static final char CLOSE = '\uE001';

    private CardRenderer() {
    }

    public static CardView render(CardSource card, String assetPrefix) {
        CardView.Side ko = side(card, "ko", assetPrefix);
        boolean english = hasEnglish(card);
        CardView.Side en = english ? side(card, "en", assetPrefix) : null;
        return new CardView(card.kind().label(), card.noteId(), card.follows(), card.clozeIndex(), english, ko, en,
                card.keys());
    }

    private static boolean hasEnglish(CardSource card) {
        return switch (card.kind()) {
            case CLOZE -> card.clozeText().en() != null;
            default -> card.question() != null && card.question().en() != null;
        };
    }

    private static CardView.Side side(CardSource card, String lang, String prefix) {
        String extra = card.extra() == null ? "" : MarkdownRenderer.render(card.extra().in(lang), prefix);
        return switch (card.kind()) {
            case BASIC, FOLLOWUP -> new CardView.Side(md(card.question(), lang, prefix), md(card.answer(), lang, prefix),
                    List.of(), List.of(), extra);
            case CLOZE -> {
                String text = card.clozeText().in(lang);
                yield new CardView.Side(cloze(text, card.clozeIndex(), false, prefix),
                        cloze(text, card.clozeIndex(), true, prefix), List.of(), List.of(), extra);
            }
            case CHOICE -> {
                List<ChoiceOption> source = "en".equals(lang) && card.optionsEn() != null ? card.optionsEn() : card.options();
                List<CardView.Option> options = new ArrayList<>();
                for (ChoiceOption o : source) {
                    options.add(new CardView.Option(MarkdownRenderer.renderInline(o.text(), prefix), o.correct(),
                            o.explanation() == null ? "" : MarkdownRenderer.renderInline(o.explanation(), prefix)));
                }
                yield new CardView.Side(md(card.question(), lang, prefix), md(card.answer(), lang, prefix),
                        List.copyOf(options), List.of(), extra);
            }
            case ORDER -> {
                List<String> source = "en".equals(lang) && card.stepsEn() != null ? card.stepsEn() : card.steps();
                List<String> steps = source.stream().map(s -> MarkdownRenderer.renderInline(s, prefix)).toList();
                yield new CardView.Side(md(card.question(), lang, prefix), md(card.answer(), lang, prefix),
                        List.of(), steps, extra);
            }
        };
    }

    private static String md(Localized text, String lang, String prefix) {
        return text == null || text.isEmpty() ? "" : MarkdownRenderer.render(text.in(lang), prefix);
    }

    /**
     * Gaps become private-use placeholders before Markdown rendering, so Markdown inside the sentence still works
     * and the answers are escaped exactly once when the placeholders are swapped for spans.
     */
    static String cloze(String text, int active, boolean revealed, String prefix) {
        List<String> spans = new ArrayList<>();
        String marked = Cloze.replaceGaps(text, gap -> {
            String span;
            if (gap.number() != active) {
                span = MarkdownRenderer.escape(gap.answer());
            } else if (revealed) {
                span = "<span class=\"cloze-gap\">" + MarkdownRenderer.escape(gap.answer()) + "</span>";
            } else {
                String hint = gap.hint() != null ? gap.hint() : "…";
                span = "<span class=\"cloze-hidden\" data-answer=\"" + MarkdownRenderer.escape(gap.answer()) + "\">["
                        + MarkdownRenderer.escape(hint) + "]</span>";
            }
            spans.add(span);
            return OPEN + String.valueOf(spans.size() - 1) + CLOSE;
        });
        String html = MarkdownRenderer.render(marked, prefix);
        StringBuilder out = new StringBuilder();
        int i = 0;
        while (i < html.length()) {
            char c = html.charAt(i);
            int end = c == OPEN ? html.indexOf(CLOSE, i) : -1;
            if (end > 0) {
                out.append(spans.get(Integer.parseInt(html.substring(i + 1, end))));
                i = end + 1;
            } else {
                out.append(c);
                i++;
            }
        }
        return out.toString();
    }
}
