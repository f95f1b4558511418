package dev.prepdeck.content;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Real Chromium: a practice round ends with a summary of the cards graded Again or Hard, and "practise these again"
 * starts a round of exactly those cards.
 */
@QuarkusTest
@Tag("browser")
class PracticeSummaryBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver browser;
    private WebDriverWait wait;
    private Actions keys;

    @BeforeEach
    void start() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        keys = new Actions(browser);
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    /** Shows the answer of the card on screen with the keyboard, grades it {@code grade}, and returns its id. */
    private String revealAndGrade(int grade) {
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card")));
        String id = card.getAttribute("data-card");
        if ("cloze".equals(card.getAttribute("data-kind"))) {
            keys.sendKeys("some answer").sendKeys(Keys.ENTER).perform();
        } else {
            keys.sendKeys(" ").perform();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card .grades")));
        keys.sendKeys(String.valueOf(grade)).perform();
        wait.until(ExpectedConditions.stalenessOf(card));
        return id;
    }

    private WebElement summary() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-done")));
    }

    @Test
    void shouldListTheCardsMarkedAgainOrHardAndPractiseExactlyThoseAgain() {
        browser.get(root + "lang?to=en");
        browser.get(root + "topics/web-server-vs-was/practice");
        String progress = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector(".practice-card p.muted"))).getText();
        int total = Integer.parseInt(progress.split("/")[1].trim().split(" ")[0]);

        Map<String, String> marked = new LinkedHashMap<>();
        marked.put(revealAndGrade(1), "1");
        marked.put(revealAndGrade(2), "2");
        for (int i = 2; i < total; i++) {
            int grade = i == 5 ? 2 : 3;
            String id = revealAndGrade(grade);
            if (grade == 2) {
                marked.put(id, "2");
            }
        }
        // the Again card comes back at the end of the round; this time it is Good, but it stays on the list
        assertEquals(marked.keySet().iterator().next(), revealAndGrade(3));

        WebElement done = summary();
        List<WebElement> rows = done.findElements(By.cssSelector(".practice-marked li"));
        Map<String, String> listed = new LinkedHashMap<>();
        rows.forEach(row -> listed.put(row.getAttribute("data-card"), row.getAttribute("data-grade")));
        assertAll("summary",
                () -> assertTrue(done.getText().contains("Again 1 · Hard 2 · Good " + (total - 2)), done.getText()),
                () -> assertEquals(marked, listed, "the cards graded Again or Hard, each with its lowest grade"),
                () -> assertEquals("Again", rows.get(0).findElement(By.cssSelector(".grade-tag")).getText()),
                () -> assertTrue(rows.get(1).findElement(By.cssSelector(".marked-question")).getText().length() > 5,
                        "each card is named by its question"),
                () -> assertEquals("Practise these 3 again",
                        done.findElement(By.cssSelector("button.practise-marked")).getText()));

        done.findElement(By.cssSelector("button.practise-marked")).click();
        WebElement first = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card p.muted")));
        assertTrue(first.getText().startsWith("1 / 3"), first.getText());
        List<String> again = List.of(revealAndGrade(3), revealAndGrade(3), revealAndGrade(3));
        assertEquals(List.copyOf(marked.keySet()), again, "exactly the marked cards, in the order they came");

        WebElement clean = summary();
        assertAll("second summary",
                () -> assertTrue(clean.findElements(By.cssSelector(".practice-marked li")).isEmpty()),
                () -> assertTrue(clean.findElements(By.cssSelector("button.practise-marked")).isEmpty()),
                () -> assertTrue(clean.getText().contains("No card was marked Again or Hard."), clean.getText()));
    }
}
