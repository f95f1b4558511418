package dev.prepdeck.content;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Point;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.support.Browser;
import dev.prepdeck.support.ContentApi;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Real Chromium: browse the topics and practise a whole topic with the keyboard alone; a wrong choice answer reads as
 * one clear verdict; ordering steps move by keyboard (Enter and Space on a move button, focus kept) and by a finger.
 */
@QuarkusTest
@Tag("browser")
class PracticeBrowserTest {

    private static final String TOPIC = "tcp-time-wait";
    private static final String LETTERS = "ABCDEFGH";

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

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(10));
    }

    @Test
    void shouldOpenTheHomePageAndATopic() {
        browser.get(root + "");
        List<WebElement> tiles = browser.findElements(By.cssSelector(".topic-tile"));
        assertEquals(4, tiles.size());
        browser.findElement(By.cssSelector("a[href='/topics/tcp-time-wait']")).click();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".model-answer")));
        assertTrue(browser.findElement(By.cssSelector("h1")).getText().contains("TIME_WAIT"));
        assertTrue(browser.findElements(By.cssSelector("#cards .card-item")).size() >= 12);
        assertEquals(1, browser.findElements(By.cssSelector("[data-demo='time-wait']")).size());
    }

    @Test
    void shouldPractiseEveryCardOfATopicWithTheKeyboardAlone() {
        browser.get(root + "topics/web-server-vs-was/practice");
        WebElement progress = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card p.muted")));
        String first = progress.getText();
        int total = Integer.parseInt(first.split("/")[1].trim().split(" ")[0]);
        assertTrue(total >= 12, first);
        Actions keys = new Actions(browser);
        for (int i = 1; i <= total; i++) {
            WebElement card = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card")));
            assertTrue(card.findElement(By.cssSelector("p.muted")).getText().startsWith(i + " / " + total));
            String kind = card.getAttribute("data-kind");
            if ("cloze".equals(kind)) {
                keys.sendKeys("아무 답").sendKeys(Keys.ENTER).perform();
            } else if ("choice".equals(kind)) {
                keys.sendKeys("a").perform();
                assertTrue(card.findElement(By.cssSelector(".options input")).isSelected(), "key a picks option A");
                keys.sendKeys(" ").perform();
            } else {
                keys.sendKeys(" ").perform();
            }
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card .grades")));
            if ("choice".equals(kind) || "order".equals(kind)) {
                assertTrue(!card.findElements(By.cssSelector(".correct, .incorrect")).isEmpty(), "immediate feedback");
            }
            keys.sendKeys("3").perform();
        }
        WebElement done = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-done")));
        assertTrue(done.getText().contains(String.valueOf(total)), done.getText());
    }

    @Test
    void shouldShowOneVerdictForAWrongChoiceWithNoTickOnAWrongOption() {
        WebElement card = practiseUntil("choice");
        String id = card.getAttribute("data-card");
        List<Boolean> correct = ContentApi.correctOptions(TOPIC, id);
        int wrong = correct.indexOf(false);
        List<WebElement> options = card.findElements(By.cssSelector(".options .option"));
        WebElement first = options.get(0);
        assertAll("before the answer",
                () -> assertEquals("none", first.findElement(By.xpath("..")).getCssValue("list-style-type"),
                        "no list marker beside the option's own letter"),
                () -> assertEquals("A", first.findElement(By.cssSelector(".option-key")).getText()),
                () -> assertEquals(1, first.findElements(By.cssSelector("kbd")).size(), "one label per option"),
                () -> assertAligned(first.findElement(By.cssSelector("input")), first.findElement(By.cssSelector(".option-key"))));

        new Actions(browser).sendKeys(String.valueOf(Character.toLowerCase(LETTERS.charAt(wrong)))).perform();
        new Actions(browser).sendKeys(" ").perform();
        WebElement verdict = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".choice-verdict")));
        List<String> answers = new ArrayList<>();
        for (int i = 0; i < correct.size(); i++) {
            if (correct.get(i)) {
                answers.add(String.valueOf(LETTERS.charAt(i)));
            }
        }
        WebElement picked = options.get(wrong);
        assertAll("after the answer",
                () -> assertEquals(1, card.findElements(By.cssSelector(".choice-verdict")).size()),
                () -> assertTrue(verdict.getAttribute("class").contains("incorrect"), verdict::getText),
                () -> assertTrue(verdict.getText().contains(String.valueOf(LETTERS.charAt(wrong))), verdict::getText),
                () -> assertTrue(verdict.getText().contains(String.join(", ", answers)), verdict::getText),
                () -> assertTrue(picked.getAttribute("class").contains("incorrect")),
                () -> assertFalse(picked.getText().contains("✔"), () -> "a tick on the wrong pick: " + picked.getText()),
                () -> assertTrue(picked.getText().contains("✘"), picked::getText),
                () -> {
                    for (int i = 0; i < options.size(); i++) {
                        String text = options.get(i).getText();
                        assertEquals(correct.get(i), text.contains("✔"), "tick only on correct options: " + text);
                    }
                });
    }

    @Test
    void shouldMoveAStepWithEnterAndSpaceOnItsButtonAndKeepFocusOnIt() {
        WebElement card = practiseUntil("order");
        List<String> before = steps(card);
        WebElement down = card.findElements(By.cssSelector(".order-list li")).get(0)
                .findElement(By.cssSelector("button.move-down"));
        browser.executeScript("arguments[0].focus()", down);
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        List<String> afterEnter = steps(card);
        new Actions(browser).sendKeys(" ").perform();
        List<String> afterSpace = steps(card);
        WebElement focused = browser.switchTo().activeElement();
        assertAll(
                () -> assertEquals(before.get(0), afterEnter.get(1), "Enter moved the first step down one place"),
                () -> assertEquals(before.get(0), afterSpace.get(2), "Space moved it down once more"),
                () -> assertTrue(focused.getAttribute("class").contains("move-down"), "focus stays on the button"),
                () -> assertEquals(before.get(0), focused.findElement(By.xpath("ancestor::li")).getAttribute("data-step")),
                () -> assertFalse(card.findElement(By.cssSelector(".card-answer")).isDisplayed(),
                        "the keys moved the step and did not show the answer"));

        WebElement moved = card.findElements(By.cssSelector(".order-list li")).get(2);
        browser.executeScript("arguments[0].focus()", moved);
        new Actions(browser).keyDown(Keys.ALT).sendKeys(Keys.ARROW_UP).keyUp(Keys.ALT).perform();
        assertEquals(before.get(0), steps(card).get(1), "Alt+↑ on the step still moves it");
    }

    @Test
    void shouldReorderStepsByDraggingWithAFinger() {
        WebElement card = practiseUntil("order");
        List<String> before = steps(card);
        List<WebElement> items = card.findElements(By.cssSelector(".order-list li"));
        WebElement handle = items.get(items.size() - 1).findElement(By.cssSelector(".drag-handle"));
        Rectangle from = handle.getRect();
        Rectangle top = items.get(0).getRect();
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Point start = new Point(from.x + from.width / 2, from.y + from.height / 2);
        Sequence drag = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.viewport(), start.x, start.y))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerMove(Duration.ofMillis(300), PointerInput.Origin.viewport(), start.x,
                        top.y + top.height / 2))
                .addAction(finger.createPointerMove(Duration.ofMillis(200), PointerInput.Origin.viewport(), start.x,
                        top.y + 2))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        browser.perform(List.of(drag));
        List<String> after = steps(card);
        assertAll(
                () -> assertEquals(before.get(before.size() - 1), after.get(0), "the dragged step lands first"),
                () -> assertEquals(before.size(), after.size()),
                () -> assertFalse(card.findElement(By.cssSelector(".card-answer")).isDisplayed()));
        new Actions(browser).sendKeys(" ").perform();
        waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card .grades")));
        List<WebElement> checked = card.findElements(By.cssSelector(".order-list li"));
        assertEquals(after.get(0), checked.get(0).getAttribute("data-step"), "the answer is checked in the dragged order");
    }

    /** Practises the topic from its first card, revealing and grading every card until one of {@code kind}. */
    private WebElement practiseUntil(String kind) {
        browser.get(root + "topics/" + TOPIC + "/practice");
        Actions keys = new Actions(browser);
        for (int i = 0; i < 80; i++) {
            WebElement card = waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card")));
            String shown = card.getAttribute("data-kind");
            if (kind.equals(shown)) {
                return card;
            }
            if ("cloze".equals(shown)) {
                keys.sendKeys("아무 답").sendKeys(Keys.ENTER).perform();
            } else {
                keys.sendKeys(" ").perform();
            }
            waiting().until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card .grades")));
            keys.sendKeys("3").perform();
            waiting().until(ExpectedConditions.stalenessOf(card));
        }
        throw new AssertionError("no " + kind + " card in " + TOPIC);
    }

    private static List<String> steps(WebElement card) {
        return card.findElements(By.cssSelector(".order-list li")).stream().map(li -> li.getAttribute("data-step"))
                .toList();
    }

    private static void assertAligned(WebElement input, WebElement label) {
        Rectangle a = input.getRect();
        Rectangle b = label.getRect();
        double centreA = a.y + a.height / 2.0;
        double centreB = b.y + b.height / 2.0;
        assertTrue(Math.abs(centreA - centreB) <= 6, "radio and letter on one line: " + centreA + " vs " + centreB);
    }
}
