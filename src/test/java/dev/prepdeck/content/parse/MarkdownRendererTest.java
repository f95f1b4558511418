package dev.prepdeck.content.parse;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;

import org.junit.jupiter.api.Test;

class MarkdownRendererTest {

    @Test
    void shouldRemoveScriptsEventHandlersAndJavascriptLinksFromMentorHtml() {
        String html = MarkdownRenderer.render("""
                Hello <script>alert('x')</script>
                <img src="x.png" onerror="alert(1)">
                [click](javascript:alert(1)) <a href="https://example.org" onclick="steal()">ok</a>
                <iframe src="https://evil.example"></iframe><div style="background:url(javascript:x)">s</div>
                """, "/content-files/");
        String lower = html.toLowerCase();
        assertFalse(lower.contains("<script"), html);
        assertFalse(lower.contains("onerror"), html);
        assertFalse(lower.contains("onclick"), html);
        assertFalse(lower.contains("javascript:"), html);
        assertFalse(lower.contains("<iframe"), html);
        assertFalse(lower.contains("style="), html);
        assertTrue(html.contains("href=\"https://example.org\""), html);
    }

    @Test
    void shouldRenderTablesCodeAndImagesBesideTheTopic() {
        String html = MarkdownRenderer.render("| a | b |\n|---|---|\n| 1 | 2 |\n\n```\nss -tan\n```\n\n![ladder](images/ladder.png)\n",
                "/content-files/");
        assertTrue(html.contains("<table>"), html);
        assertTrue(html.contains("<code>ss -tan"), html);
        assertTrue(html.contains("src=\"/content-files/images/ladder.png\""), html);
    }

    @Test
    void shouldHideOnlyTheActiveClozeGapAndEscapeItsAnswer() {
        CardSource card = new CardSource("n-c2", CardKind.CLOZE, "n", 1, null, null,
                new Localized("{{c1::one}} and {{c2::<b>two</b>::hint}}", null), 2, null, null, null, null, null,
                Localized.EMPTY);
        CardView view = CardRenderer.render(card, "/");
        assertTrue(view.ko().front().contains("one and "), view.ko().front());
        assertTrue(view.ko().front().contains("[hint]"), view.ko().front());
        assertFalse(view.ko().front().contains("<b>two"), view.ko().front());
        assertTrue(view.ko().back().contains("<span class=\"cloze-gap\">&lt;b&gt;two&lt;/b&gt;</span>"), view.ko().back());
        assertFalse(view.hasEnglish());
        assertTrue(List.of(view.ko().options()).get(0).isEmpty());
    }
}
