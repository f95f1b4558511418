package dev.prepdeck.pairs;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.interview.InterviewContent;
import dev.prepdeck.study.Learners;
import dev.prepdeck.support.Browser;
import dev.prepdeck.support.StudyCalls;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Two real Chromium browsers, each with its own profile: a signed-in candidate hands an interviewer link to a
 * mentor, and each step taken on one screen shows on the other without a reload.
 */
@QuarkusTest
@TestProfile(InterviewContent.class)
@Tag("browser")
class PairsBrowserTest {

    @TestHTTPResource("/")
    URL base;

    private ChromeDriver candidate;
    private ChromeDriver mentor;

    @BeforeEach
    void startTwoBrowsers() {
        candidate = Browser.start();
        mentor = Browser.start();
    }

    @AfterEach
    void stopThem() {
        candidate.quit();
        mentor.quit();
    }

    @Test
    void shouldKeepTheCandidatesAndTheInterviewersScreensInStep() {
        String name = Learners.nextName();
        StudyCalls.newLearner(url(""), name, Learners.PASSWORD);
        Browser.logIn(candidate, url(""), name, Learners.PASSWORD);
        candidate.get(url("/interview"));
        WebElement count = candidate.findElement(By.name("mainCount"));
        count.clear();
        count.sendKeys("2");
        count.submit();
        waitOn(candidate).until(ExpectedConditions.urlMatches(".*/interview/[^/]+(#.*)?$"));
        String id = candidate.getCurrentUrl().replaceFirst(".*/interview/", "").replaceFirst("[#?].*", "");

        candidate.get(url("/pair/" + id));
        candidate.findElement(By.id("pair-create-link")).click();
        String link = waitOn(candidate).until(ExpectedConditions.presenceOfElementLocated(By.id("pair-link")))
                .getAttribute("value");
        mentor.get(link);
        // the first pushed event replaces the live part: look elements up afresh after it
        waitOn(mentor).until(d -> "open".equals(d.findElement(By.id("pair")).getAttribute("data-live")));
        waitOn(candidate).until(d -> "open".equals(d.findElement(By.id("pair")).getAttribute("data-live")));
        waitOn(mentor).until(d -> !d.findElement(By.cssSelector("#pair-model-answer .answer")).getText().isBlank());
        assertTrue(candidate.findElements(By.id("pair-model-answer")).isEmpty(), "not on the candidate's screen");

        // the candidate starts answering: the interviewer's timer starts without a reload
        candidate.findElement(By.id("pair-start")).click();
        waitOn(mentor).until(d -> "answering".equals(live(d).getAttribute("data-phase")));
        waitOn(mentor).until(d -> Integer.parseInt(d.findElement(By.cssSelector("#pair-timer .seconds")).getText())
                >= 1);

        // the interviewer rates and notes: recorded and shown back
        mentor.findElement(By.cssSelector("#rating input[name=rating][value='2']")).click();
        mentor.findElement(By.id("pair-interviewer-notes")).sendKeys("Missed the 2MSL reason");
        mentor.findElement(By.id("pair-save-rating")).click();
        waitOn(mentor).until(ExpectedConditions.textToBePresentInElementLocated(By.id("pair-recorded"),
                "Missed the 2MSL reason"));

        // the candidate is done: the interviewer sees the concepts marked, the candidate still no answer
        waitOn(candidate).until(ExpectedConditions.elementToBeClickable(By.id("pair-done"))).click();
        waitOn(mentor).until(d -> "revealed".equals(live(d).getAttribute("data-phase")));
        assertTrue(candidate.findElements(By.id("pair-model-answer")).isEmpty());
        String before = live(mentor).getAttribute("data-position");

        // the candidate rates themselves: the next question (a follow-up) reaches the interviewer's screen
        waitOn(candidate).until(ExpectedConditions.elementToBeClickable(
                By.cssSelector(".pair-rate button[value='3']"))).click();
        waitOn(mentor).until(d -> !before.equals(live(d).getAttribute("data-position")));
        assertEquals(live(mentor).getAttribute("data-position"),
                mentor.findElement(By.cssSelector("#rating input[name=position]")).getAttribute("value"),
                "the rating form now rates the question being asked");
        assertEquals(live(mentor).getAttribute("data-position"), live(candidate).getAttribute("data-position"));
    }

    private static WebElement live(org.openqa.selenium.WebDriver browser) {
        return browser.findElement(By.id("pair-live"));
    }

    private static WebDriverWait waitOn(ChromeDriver browser) {
        // a pushed event may replace an element between finding it and reading it: look again
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }
}
