package dev.prepdeck.content;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.support.Browser;
import dev.prepdeck.support.ContentApi;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Real Chromium: the home page's topic tiles and a topic page's choice cards draw no stray list markers; the embedded
 * demo has a light frame with room inside; the topic page's headings go in order.
 */
@QuarkusTest
@Tag("browser")
class TopicPagesBrowserTest {

    private static final String TOPIC = "tcp-time-wait";

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start();
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldShowTopicTilesWithoutListBullets() {
        browser.get(root + "");
        List<WebElement> items = browser.findElements(By.cssSelector(".topic-list > li"));
        assertFalse(items.isEmpty());
        WebElement list = browser.findElement(By.cssSelector(".topic-list"));
        for (WebElement item : items) {
            assertEquals("none", item.getCssValue("list-style-type"), "a bullet beside a topic tile");
        }
        int listLeft = list.getRect().x;
        WebElement firstTile = items.get(0).findElement(By.cssSelector(".topic-tile"));
        assertEquals(listLeft, firstTile.getRect().x, "the first tile starts at the list's edge, with no indent for a bullet");
    }

    @Test
    void shouldShowChoiceOptionsByLetterAndTickOnlyTheCorrectOnesInTheAnswer() {
        browser.get(root + "topics/" + TOPIC);
        WebElement card = browser.findElements(By.cssSelector(".card-item[data-kind='choice']")).get(0);
        List<Boolean> correct = ContentApi.correctOptions(TOPIC, card.getAttribute("data-card"));
        List<WebElement> lists = card.findElements(By.cssSelector("ul, ol"));
        List<WebElement> front = card.findElements(By.cssSelector(".card-item > .options > .option"));
        assertAll("before the answer",
                () -> assertEquals(correct.size(), front.size()),
                () -> assertEquals("A", front.get(0).findElement(By.cssSelector(".option-key")).getText()),
                () -> assertEquals("B", front.get(1).findElement(By.cssSelector(".option-key")).getText()),
                () -> assertFalse(card.getText().contains("✔"), "no tick before the answer is shown"));

        card.findElement(By.cssSelector("details > summary")).click();
        List<WebElement> answers = card.findElements(By.cssSelector("details .option"));
        assertAll("the answer",
                () -> {
                    for (WebElement list : lists) {
                        assertEquals("none", list.getCssValue("list-style-type"), "a list marker: " + list.getText());
                    }
                },
                () -> assertEquals(correct.size(), answers.size()),
                () -> assertFalse(card.getText().contains("✘"), "no cross on an option nobody picked"),
                () -> {
                    for (int i = 0; i < answers.size(); i++) {
                        WebElement option = answers.get(i);
                        assertEquals(correct.get(i), option.getText().contains("✔"), "tick only on correct: " + option.getText());
                        assertEquals(String.valueOf("ABCDEFGH".charAt(i)),
                                option.findElement(By.cssSelector(".option-key")).getText());
                    }
                },
                () -> assertTrue(answers.stream().anyMatch(o -> o.getAttribute("class").contains("is-answer"))));
    }

    @Test
    void shouldFrameTheEmbeddedDemoLightlyWithPaddingInside() {
        browser.get(root + "topics/tcp-time-wait");
        WebElement demo = new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("[data-demo].tw-demo")));
        double border = px(demo.getCssValue("border-top-width"));
        assertAll(
                () -> assertTrue(border <= 1.5, "a thin frame, not " + border + " px"),
                () -> assertNotEquals("rgb(0, 0, 0)", demo.getCssValue("border-top-color"), "not a black frame"),
                () -> assertTrue(px(demo.getCssValue("padding-left")) >= 12, "room inside the frame"),
                () -> assertTrue(px(demo.getCssValue("padding-top")) >= 12, "room inside the frame"));
    }

    @Test
    void shouldNestTheModelAnswersHeadingsUnderItsH2() {
        browser.get(root + "topics/tcp-time-wait");
        @SuppressWarnings("unchecked")
        List<Number> levels = (List<Number>) browser.executeScript(
                "return [...document.querySelectorAll('main h1, main h2, main h3, main h4, main h5, main h6')]"
                        + ".map(h => Number(h.tagName.substring(1)))");
        WebElement answer = browser.findElement(By.cssSelector(".model-answer"));
        List<WebElement> inside = answer.findElements(By.cssSelector("h1, h2, h3, h4, h5, h6"));
        assertAll(
                () -> assertEquals(1, levels.stream().filter(l -> l.intValue() == 1).count(), "one h1: " + levels),
                () -> assertEquals("h2", inside.get(0).getTagName(), "the section's own heading comes first"),
                () -> assertTrue(inside.size() > 1, "the model answer has headings of its own"),
                () -> {
                    for (WebElement heading : inside.subList(1, inside.size())) {
                        assertTrue(heading.getTagName().compareTo("h2") > 0, heading.getTagName() + " " + heading.getText());
                    }
                },
                () -> {
                    for (int i = 1; i < levels.size(); i++) {
                        assertTrue(levels.get(i).intValue() <= levels.get(i - 1).intValue() + 1,
                                "no level skipped: " + levels);
                    }
                },
                () -> {
                    WebElement h2 = inside.get(0);
                    WebElement h3 = inside.get(1);
                    assertTrue(px(h2.getCssValue("font-size")) >= px(h3.getCssValue("font-size")),
                            "the model answer's title is not bigger than its section heading");
                });
    }

    private static double px(String css) {
        return Double.parseDouble(css.replace("px", ""));
    }
}
