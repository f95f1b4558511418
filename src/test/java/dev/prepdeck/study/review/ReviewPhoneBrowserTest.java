package dev.prepdeck.study.review;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.Rectangle;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.study.Learners;
import dev.prepdeck.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * The review screen on a phone (390×844) in real Chromium: the answer bar stays at the bottom of the screen, and a
 * choice option or ordering step brought into view, as the browser does when it gets focus, is never under it.
 */
@QuarkusTest
@Tag("browser")
class ReviewPhoneBrowserTest {

    private static final String TOPIC = "tcp-time-wait";

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver phone;
    private WebDriverWait wait;
    private Actions keys;

    @BeforeEach
    void startPhone() {
        phone = Browser.start();
        phone.manage().window().setSize(new Dimension(390, 844));
        wait = new WebDriverWait(phone, Duration.ofSeconds(15));
        keys = new Actions(phone);
    }

    @AfterEach
    void stopPhone() {
        phone.quit();
    }

    @Test
    void shouldKeepOptionsAndStepsClearOfTheStickyAnswerBar() {
        signUp();
        phone.get(url("/study?topic=" + TOPIC));
        boolean sawChoice = false;
        boolean sawOrder = false;
        for (int i = 0; i < 40 && !(sawChoice && sawOrder); i++) {
            WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(
                    By.cssSelector("#review-card .review-card")));
            String kind = card.getAttribute("data-kind");
            if ("choice".equals(kind)) {
                assertClearOfTheBar(card.findElements(By.cssSelector(".options .option")));
                sawChoice = true;
            } else if ("order".equals(kind)) {
                assertClearOfTheBar(card.findElements(By.cssSelector(".order-list li")));
                sawOrder = true;
            }
            keys.sendKeys("cloze".equals(kind) ? "답" + Keys.ENTER : " ").perform();
            wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(card, By.cssSelector(".review-grades")));
            keys.sendKeys("3").perform();
            wait.until(ExpectedConditions.stalenessOf(card));
        }
        assertTrue(sawChoice && sawOrder, "the topic's queue showed a choice and an ordering card");
    }

    private void assertClearOfTheBar(List<WebElement> items) {
        WebElement bar = phone.findElement(By.cssSelector("#review-card .review-controls"));
        for (WebElement item : items) {
            // what the browser does for an element that gets focus, by Tab or by a screen reader
            phone.executeScript("arguments[0].scrollIntoView({block: 'nearest'})", item);
            Rectangle box = viewportRect(item);
            Rectangle barBox = viewportRect(bar);
            assertTrue(box.y + box.height <= barBox.y + 1,
                    () -> "an item ends at " + (box.y + box.height) + " px, under the answer bar at " + barBox.y + " px");
        }
    }

    private Rectangle viewportRect(WebElement element) {
        @SuppressWarnings("unchecked")
        List<Number> r = (List<Number>) phone.executeScript(
                "const r = arguments[0].getBoundingClientRect(); return [r.x, r.y, r.width, r.height];", element);
        return new Rectangle(r.get(0).intValue(), r.get(1).intValue(), r.get(3).intValue(), r.get(2).intValue());
    }

    private void signUp() {
        phone.get(url("/signup"));
        phone.findElement(By.id("username")).sendKeys(Learners.nextName());
        phone.findElement(By.id("password")).sendKeys("phone-screen-password");
        phone.findElement(By.id("passwordConfirm")).sendKeys("phone-screen-password", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout-form")));
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
