package dev.prepdeck.study.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

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

import dev.prepdeck.account.AppUser;
import dev.prepdeck.study.Learners;
import dev.prepdeck.study.StudyPreferences;
import dev.prepdeck.study.review.ReviewService.GradeCommand;
import dev.prepdeck.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * In real Chromium, a learner who finished today's cards is told when the next is due and how many new cards
 * wait, sees no card toolbar or stale message, and carries on with "study more new cards today".
 */
@QuarkusTest
@Tag("browser")
class NothingDueBrowserTest {

    private static final String TOPIC = "tcp-time-wait";

    @TestHTTPResource("/")
    URL base;

    @Inject
    Learners learners;

    @Inject
    ReviewService service;

    ChromeDriver browser;
    WebDriverWait wait;
    Actions keys;

    @BeforeEach
    void start() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        keys = new Actions(browser);
    }

    @AfterEach
    void stop() {
        browser.quit();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    @Test
    void shouldOfferMoreNewCardsWhenNothingIsDueWithoutTheCardToolbarOrTheLastMessage() {
        AppUser learner = learners.create("candidate");
        StudyPreferences prefs = StudyPreferences.defaults();
        // All but one of today's 20 new cards studied already (Easy: back in days, not today).
        for (int i = 0; i < 19; i++) {
            String next = service.due(learner.id, prefs, List.of(TOPIC), 1).cards().get(0).card().id();
            service.grade(learner.id, prefs, next, new GradeCommand(4, UUID.randomUUID().toString(), 900, null));
        }

        browser.get(url("/login"));
        browser.findElement(By.id("username")).sendKeys(learner.username);
        browser.findElement(By.id("password")).sendKeys(Learners.PASSWORD, Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout-form")));
        browser.get(url("/lang?to=en"));
        browser.get(url("/study?topic=" + TOPIC));

        // The last new card of the day: show it, grade Easy; its message appears, then nothing is due.
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#review-card .review-card")));
        String kind = card.getAttribute("data-kind");
        if ("cloze".equals(kind)) {
            keys.sendKeys("x").sendKeys(Keys.ENTER).perform();
        } else if ("choice".equals(kind)) {
            keys.sendKeys("a").perform();
            keys.sendKeys(" ").perform();
        } else {
            keys.sendKeys(" ").perform();
        }
        wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(card, By.cssSelector(".review-grades")));
        keys.sendKeys("4").perform();

        WebElement done = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#review-card .review-done")));
        assertTrue(done.findElement(By.cssSelector(".done-next-due")).getText().startsWith("The next card is due"),
                done.getText());
        String waiting = done.findElement(By.cssSelector(".done-new-waiting")).getText();
        assertTrue(waiting.matches("\\d+ new cards are waiting behind today's limit\\."), waiting);
        assertFalse(browser.findElement(By.id("review-actions")).isDisplayed(), "no card, so no card toolbar");
        assertEquals("", browser.findElement(By.id("review-toast")).getText(), "the last card's message is gone");
        assertTrue(done.findElement(By.cssSelector("[data-offer=ahead]")).isDisplayed());
        assertEquals(url("/topics/" + TOPIC + "/practice"),
                done.findElement(By.cssSelector("[data-offer=practise]")).getAttribute("href"));

        // Study more new cards today: a new card is shown with its toolbar back.
        done.findElement(By.cssSelector("[data-offer=more-new]")).click();
        WebElement more = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#review-card .review-card")));
        assertEquals("new", more.getAttribute("data-queue"));
        assertTrue(browser.findElement(By.id("review-actions")).isDisplayed());
    }
}
