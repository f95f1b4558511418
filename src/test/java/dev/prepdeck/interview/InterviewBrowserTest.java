package dev.prepdeck.interview;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * A visitor in real Chromium runs a mock interview by keyboard only: sets it up, lets a preparation countdown run
 * out, types notes, reveals with Ctrl+Enter, rates with 1–4, reloads mid-answer without losing the notes, goes
 * through two levels of follow-ups and reads the report, in dark mode and on a phone-sized screen.
 */
@QuarkusTest
@TestProfile(InterviewContent.class)
@Tag("browser")
class InterviewBrowserTest {

    @TestHTTPResource("/")
    URL base;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        browser = Browser.start(Browser.MOUSE, "--lang=en-US", "--accept-lang=en-US");
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private WebElement question(String phase) {
        return wait.until(d -> {
            List<WebElement> found = d.findElements(By.cssSelector("#question[data-phase=" + phase + "]"));
            return found.isEmpty() ? null : found.get(0);
        });
    }

    private void keys(CharSequence... keys) {
        new Actions(browser).sendKeys(keys).perform();
    }

    @Test
    void shouldRunAnInterviewByKeyboardThroughTwoLevelsOfFollowUps() {
        browser.get(url("/interview"));
        WebElement count = browser.findElement(By.id("main-count"));
        count.clear();
        count.sendKeys("2");
        WebElement prep = browser.findElement(By.id("prep-seconds"));
        prep.sendKeys("3");
        prep.sendKeys(Keys.ENTER);

        List<String> asked = new ArrayList<>();
        List<Integer> depths = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            int position = i + 1;
            WebElement shown = wait.until(d -> {
                List<WebElement> found = d.findElements(By.cssSelector("#question[data-position='" + position
                        + "']"));
                return found.isEmpty() ? null : found.get(0);
            });
            if (i == 0 && "preparing".equals(shown.getAttribute("data-phase"))) {
                keys(Keys.ENTER); // answer now, before the countdown ends
            }
            // otherwise the 3 s countdown runs out and the answer timer starts by itself
            WebElement answering = question("answering");
            asked.add(answering.getAttribute("data-card"));
            depths.add(Integer.valueOf(answering.getAttribute("data-depth")));
            WebElement notes = browser.findElement(By.id("notes"));
            wait.until(d -> "notes".equals(d.switchTo().activeElement().getAttribute("id")));
            if (i == 0) {
                assertRecorderOffersTheBrowsersFormat();
                notes.sendKeys("두 배의 MSL을 기다리고 ");
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("notes-saved")));
                browser.navigate().refresh();
                question("answering");
                wait.until(d -> "notes".equals(d.switchTo().activeElement().getAttribute("id")));
                notes = browser.findElement(By.id("notes"));
                assertEquals("두 배의 MSL을 기다리고", notes.getAttribute("value").strip(),
                        "a reload keeps the notes typed so far");
                notes.sendKeys(" last ACK");
            }
            new Actions(browser).keyDown(Keys.CONTROL).sendKeys(Keys.ENTER).keyUp(Keys.CONTROL).perform();
            question("revealed");
            assertTrue(browser.findElement(By.id("model-answer")).isDisplayed());
            if (asked.get(i).equals(InterviewContent.MAIN) && i == 0) {
                assertEquals(List.of("2MSL", "마지막 ACK"), browser.findElements(By.cssSelector(".concept.covered"))
                        .stream().map(e -> e.getAttribute("data-concept")).toList());
            }
            keys(i % 2 == 0 ? "2" : "3");
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report")));
        int main = asked.indexOf(InterviewContent.MAIN);
        assertEquals(List.of(0, 1, 2), depths.subList(main, main + 3), "two levels of follow-ups: " + asked);
        assertEquals(4, browser.findElements(By.cssSelector("#report-answers tbody tr")).size());

        // dark mode: the report follows the system colours
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        String background = (String) browser.executeScript(
                "return getComputedStyle(document.body).backgroundColor");
        browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                List.of(Map.of("name", "prefers-color-scheme", "value", "light"))));
        String light = (String) browser.executeScript("return getComputedStyle(document.body).backgroundColor");
        assertFalse(background.equals(light), "dark mode changes the page: " + background);

        // a phone: the report fits the screen's width
        browser.manage().window().setSize(new Dimension(390, 844));
        browser.navigate().refresh();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("report")));
        Boolean fits = (Boolean) browser.executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth");
        assertTrue(fits, "no sideways scrolling on a phone");
    }

    /** The recorder is offered with Chromium's own format, and Safari would get audio/mp4. */
    @SuppressWarnings("unchecked")
    private void assertRecorderOffersTheBrowsersFormat() {
        WebElement recorder = browser.findElement(By.id("recorder"));
        assertTrue(recorder.isDisplayed(), "Chromium can record: the recorder is shown");
        assertEquals("audio/webm;codecs=opus", recorder.getAttribute("data-type"));
        List<Object> picked = (List<Object>) browser.executeAsyncScript("""
                const done = arguments[arguments.length - 1];
                import('/js/interview.js').then((m) => done([
                  m.pickRecordingType((t) => t.startsWith('audio/mp4')),
                  m.pickRecordingType((t) => t === 'audio/mp4'),
                  m.pickRecordingType(() => false),
                  m.pickRecordingType(undefined),
                  m.extensionFor('audio/mp4;codecs=mp4a.40.2')]));
                """);
        assertEquals(List.of("audio/mp4;codecs=mp4a.40.2", "audio/mp4", "", "", "m4a"), picked,
                "Safari, which records only MP4, gets audio/mp4; a browser without a known format picks its own");
    }
}
