package dev.prepdeck.content.parse;

import java.util.List;

import org.commonmark.Extension;
import org.commonmark.ext.gfm.tables.TablesExtension;
import org.commonmark.ext.heading.anchor.HeadingAnchorExtension;
import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;
import org.jsoup.safety.Safelist;

/**
 * Turns mentors' Markdown into HTML that is safe to show candidates: scripts, event handlers, styles and
 * {@code javascript:} links are removed, whatever raw HTML the mentor wrote.
 */
public final class MarkdownRenderer {

    private static final List<Extension> EXTENSIONS = List.of(TablesExtension.create(), HeadingAnchorExtension.create());
    private static final Parser PARSER = Parser.builder().extensions(EXTENSIONS).build();
    private static final HtmlRenderer HTML = HtmlRenderer.builder().extensions(EXTENSIONS).build();
    private static final Safelist SAFE = Safelist.relaxed()
            .addTags("details", "summary", "del", "ins", "mark", "kbd", "samp", "var", "abbr", "figure", "figcaption", "hr")
            .addAttributes(":all", "id", "class", "lang", "title")
            .addAttributes("th", "align").addAttributes("td", "align")
            .addAttributes("input", "type", "checked", "disabled")
            .addProtocols("a", "href", "http", "https", "mailto", "#")
            .addProtocols("img", "src", "http", "https")
            .preserveRelativeLinks(true);
    private static final Document.OutputSettings OUTPUT = new Document.OutputSettings().prettyPrint(false);

    private MarkdownRenderer() {
    }

    /** Renders Markdown to sanitised HTML; relative image and link targets are prefixed with {@code assetPrefix}. */
    public static String render(String markdown, String assetPrefix) {
        if (markdown == null || markdown.isBlank()) {
            return "";
        }
        String html = HTML.render(PARSER.parse(markdown));
        return sanitize(html, assetPrefix);
    }

    /** Renders one short piece (an option, a step) without the wrapping paragraph. */
    public static String renderInline(String markdown, String base) {
        String html = render(markdown, base).strip();
        if (html.startsWith("<p>") && html.endsWith("</p>") && html.indexOf("<p>", 3) < 0) {
            return html.substring(3, html.length() - 4);
        }
        return html;
    }

    /**
     * Sanitises HTML; relative {@code src}/{@code href} targets (images beside the topic file) are prefixed with
     * {@code assetPrefix}, e.g. {@code /content-files/}.
     */
    public static String sanitize(String html, String assetPrefix) {
        if (assetPrefix != null) {
            Document doc = Jsoup.parseBodyFragment(html);
            for (Element el : doc.select("img[src], a[href]")) {
                String attr = el.hasAttr("src") ? "src" : "href";
                String target = el.attr(attr);
                if (isRelative(target)) {
                    el.attr(attr, assetPrefix + target.replaceFirst("^\\./", ""));
                }
            }
            html = doc.body().html();
        }
        return Jsoup.clean(html, "http://prepdeck.invalid/", SAFE, OUTPUT);
    }

    private static boolean isRelative(String target) {
        return !target.isEmpty() && !target.startsWith("/") && !target.startsWith("#") && !target.contains(":")
                && !target.contains("..");
    }

    /** Escapes text for use inside HTML. */
    public static String escape(String text) {
        return org.jsoup.nodes.Entities.escape(text == null ? "" : text);
    }
}
