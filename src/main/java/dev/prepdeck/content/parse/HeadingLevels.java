package dev.prepdeck.content.parse;

import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Moves the headings of a rendered Markdown fragment down so they nest under a heading of the page that shows it:
 * a model answer that starts with {@code # Title} reads as an h3 under the page's "model answer" h2.
 */
public final class HeadingLevels {

    private static final String HEADINGS = "h1, h2, h3, h4, h5, h6";

    private HeadingLevels() {
    }

    /** {@code html} with its top heading one level below {@code parentLevel} and the rest kept in step (h6 at most). */
    public static String nestUnder(String html, int parentLevel) {
        if (html == null || html.isEmpty()) {
            return html;
        }
        Document doc = Jsoup.parseBodyFragment(html);
        doc.outputSettings().prettyPrint(false);
        int top = 7;
        for (Element heading : doc.body().select(HEADINGS)) {
            top = Math.min(top, level(heading));
        }
        int shift = parentLevel + 1 - top;
        if (top == 7 || shift <= 0) {
            return html;
        }
        for (Element heading : doc.body().select(HEADINGS)) {
            heading.tagName("h" + Math.min(6, level(heading) + shift));
        }
        return doc.body().html();
    }

    private static int level(Element heading) {
        return heading.tagName().charAt(1) - '0';
    }
}
