package dev.prepdeck.study.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.study.Learners;
import dev.prepdeck.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A Korean learner keeps the Korean input method on: the review screen's and practice's shortcut keys still work,
 * read from the key's place on the keyboard, and the Enter that completes a Hangul syllable sends nothing.
 */
@QuarkusTest
@Tag("browser")
class KoreanInputBrowserTest {

    /** The test topic with choice cards among its first ones. */
    private static final String TOPIC = "dns-answer-ip";

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void start() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    @Test
    void shouldPickOptionsUndoAndOpenTheHistoryWithTheKoreanInputMethodOn() {
        signUp();
        browser.get(url("/study?topic=" + TOPIC));
        WebElement card = untilKind("#review-card .review-card", () -> {
            press(" ", "Space");
            waitForGrades();
            press("3", "Digit3");
        });
        String id = card.getAttribute("data-card");

        press("ㅁ", "KeyA");
        assertTrue(options(card).get(0).isSelected(), "the key a (ㅁ in Korean) picks option A");
        press(" ", "Space");
        waitForGrades();
        press("3", "Digit3");
        wait.until(ExpectedConditions.stalenessOf(card));

        press("ㅕ", "KeyU");
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#review-card .review-card"), "data-card", id));
        wait.until(ExpectedConditions.textMatches(By.id("review-toast"), java.util.regex.Pattern.compile(".+")));

        press("ㅑ", "KeyI");
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-info")));
    }

    @Test
    void shouldKeepTheFlagDialogOpenWhenEnterOnlyCompletesAHangulSyllable() {
        signUp();
        browser.get(url("/study?topic=" + TOPIC));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#review-card .review-card")));
        press("*", "Digit8");
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-flag")));
        WebElement reason = dialog.findElement(By.tagName("textarea"));
        reason.sendKeys("설명이 틀림");
        browser.executeScript("const box = arguments[0];"
                + "box.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));"
                + "box.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter', keyCode: 229,"
                + " isComposing: true, bubbles: true, cancelable: true }));"
                + "box.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '림' }));", reason);
        assertTrue(dialog.isDisplayed(), "the Enter that ends the syllable does not send the flag");
        reason.sendKeys(Keys.ENTER);
        wait.until(ExpectedConditions.invisibilityOf(dialog));
    }

    @Test
    void shouldPickOptionsInPracticeWithTheKoreanInputMethodOn() {
        browser.get(url("/topics/" + TOPIC + "/practice"));
        WebElement card = untilKind(".practice-card", () -> {
            browser.findElement(By.cssSelector(".practice-card .reveal")).click();
            wait.until(ExpectedConditions.elementToBeClickable(By.cssSelector(".practice-card .grades .good"))).click();
        });
        press("ㅠ", "KeyB");
        List<WebElement> options = options(card);
        assertTrue(options.get(1).isSelected(), "the key b (ㅠ in Korean) picks option B");
        assertEquals(1, options.stream().filter(WebElement::isSelected).count(), "and nothing else");
    }

    /** A key press as Chromium reports it with a Korean input method on: the jamo, keyCode 229, the key's code. */
    private void press(String key, String code) {
        browser.executeScript("const target = document.activeElement || document.body;"
                + "target.dispatchEvent(new KeyboardEvent('keydown', { key: arguments[0], code: arguments[1],"
                + " keyCode: arguments[0].length === 1 && arguments[0] < '\\u0080' ? 0 : 229,"
                + " bubbles: true, cancelable: true }));", key, code);
    }

    /** Moves on with {@code next} until the card shown under {@code selector} is a choice card. */
    private WebElement untilKind(String selector, Runnable next) {
        for (int i = 0; i < 30; i++) {
            WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(selector)));
            if ("choice".equals(card.getAttribute("data-kind"))) {
                return card;
            }
            next.run();
            wait.until(ExpectedConditions.stalenessOf(card));
        }
        throw new AssertionError("no choice card in " + TOPIC);
    }

    private void waitForGrades() {
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#review-card .review-grades")));
    }

    private List<WebElement> options(WebElement card) {
        return card.findElements(By.cssSelector(".options input"));
    }

    private void signUp() {
        Browser.signUp(browser, base.toString(), Learners.nextName(), "hangul-keys-password");
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
