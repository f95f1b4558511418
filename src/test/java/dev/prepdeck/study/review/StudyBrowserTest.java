package dev.prepdeck.study.review;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.account.AppUser;
import dev.prepdeck.study.Learners;
import dev.prepdeck.study.StudyPreferences;
import dev.prepdeck.study.fsrs.FsrsCard;
import dev.prepdeck.study.fsrs.Rating;
import dev.prepdeck.study.review.ReviewService.GradeCommand;
import dev.prepdeck.support.Browser;
import dev.prepdeck.support.TestClock;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A new candidate in real Chromium signs up, studies a topic with the keyboard alone, sees the intervals on the
 * grade buttons, undoes a grade, comes back days later and is shown the cards now due; another learner's progress
 * stays as it was.
 */
@QuarkusTest
@Tag("browser")
class StudyBrowserTest {

    private static final String TOPIC = "web-server-vs-was";

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestClock clock;

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
        // the review screen replaces the card element as it moves on; a wait that read the old one just looks again
        wait.ignoring(StaleElementReferenceException.class);
        keys = new Actions(browser);
    }

    @AfterEach
    void stop() {
        browser.quit();
        clock.reset();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private WebElement currentCard() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#review-card .review-card")));
    }

    private String counts() {
        return browser.findElement(By.id("review-counts")).getText();
    }

    /** Shows the answer the way the card's kind wants it, with keys only. */
    private void revealWithKeys(WebElement card) {
        String kind = card.getAttribute("data-kind");
        if ("cloze".equals(kind)) {
            keys.sendKeys("some answer").sendKeys(Keys.ENTER).perform();
        } else if ("choice".equals(kind)) {
            keys.sendKeys("a").perform();
            assertTrue(card.findElement(By.cssSelector(".options input")).isSelected(), "key a picks option A");
            keys.sendKeys(" ").perform();
        } else {
            keys.sendKeys(" ").perform();
        }
        wait.until(ExpectedConditions.visibilityOfNestedElementsLocatedBy(card, By.cssSelector(".review-grades")));
    }

    private List<String> intervalLabels(WebElement card) {
        List<String> labels = new ArrayList<>();
        for (WebElement button : card.findElements(By.cssSelector(".review-grades button"))) {
            labels.add(button.findElement(By.cssSelector(".ivl")).getText());
        }
        return labels;
    }

    private String gradeWithKey(CharSequence key) {
        WebElement card = currentCard();
        String id = card.getAttribute("data-card");
        keys.sendKeys(key).perform();
        wait.until(ExpectedConditions.stalenessOf(card));
        return id;
    }

    @Test
    void shouldStudyWithTheKeyboardUndoAndComeBackToTheDueCards() {
        // Another learner who already studied: their progress must not move.
        AppUser other = learners.create("candidate");
        StudyPreferences defaults = StudyPreferences.defaults();
        service.grade(other.id, defaults, "tw-why", new GradeCommand(3, UUID.randomUUID().toString(), 900, null));
        service.grade(other.id, defaults, "was-diff", new GradeCommand(4, UUID.randomUUID().toString(), 900, null));
        CardProgress otherBefore = QuarkusTransaction.requiringNew().call(() -> CardProgress.find(other.id, "was-diff"));
        long otherLogs = QuarkusTransaction.requiringNew().call(() -> ReviewLog.count("userId", other.id));

        // Sign up through the real form, keys only.
        String name = Learners.nextName();
        browser.get(url("/signup"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys("keyboard-password");
        browser.findElement(By.id("passwordConfirm")).sendKeys("keyboard-password", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout-form")));
        browser.get(url("/lang?to=en"));

        browser.get(url("/study?topic=" + TOPIC));
        WebElement card = currentCard();
        assertEquals("20 · 0 · 0", counts(), "new · learning · review, 20 new cards a day");
        assertEquals("new", card.getAttribute("data-queue"));

        // First card: reveal, check the intervals printed on the buttons, grade Good with Space.
        revealWithKeys(card);
        assertEquals(List.of("1m", "6m", "10m"), intervalLabels(card).subList(0, 3));
        assertTrue(intervalLabels(card).get(3).matches("\\d+d"), intervalLabels(card).toString());
        List<String> studied = new ArrayList<>();
        studied.add(gradeWithKey(" "));

        // Two more with the number keys.
        for (int i = 0; i < 2; i++) {
            revealWithKeys(currentCard());
            studied.add(gradeWithKey("3"));
        }
        assertTrue(counts().startsWith("17 · "), counts());

        // Easy on the next one, then take it back with u: the same card is shown again, as new.
        WebElement easy = currentCard();
        revealWithKeys(easy);
        String easyId = gradeWithKey("4");
        keys.sendKeys("u").perform();
        WebElement again = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#review-card .review-card[data-card='" + easyId + "']")));
        assertEquals("new", again.getAttribute("data-queue"));
        wait.until(ExpectedConditions.textToBe(By.id("review-toast"), "Undone: your grade Easy"));
        CardProgress undone = QuarkusTransaction.requiringNew().call(() -> CardProgress.find(learnerId(name), easyId));
        assertEquals(0, undone.reps, "the undone grade left no progress");
        assertEquals(1L, (long) QuarkusTransaction.requiringNew().call(() -> ReviewLog.count(
                "userId = ?1 and cardId = ?2 and undoneAt is not null", learnerId(name), easyId)));

        // Grade it Easy for real this time, and look at its history with i.
        revealWithKeys(again);
        studied.add(gradeWithKey("4"));

        // Bury the next card with -, then u brings that very card back and says what was undone.
        String buried = currentCard().getAttribute("data-card");
        keys.sendKeys("-").perform();
        wait.until(ExpectedConditions.textToBe(By.id("review-toast"), "Buried until the next study day"));
        wait.until(ExpectedConditions.not(ExpectedConditions.attributeToBe(
                By.cssSelector("#review-card .review-card"), "data-card", buried)));
        keys.sendKeys("u").perform();
        wait.until(ExpectedConditions.textToBe(By.id("review-toast"), "Undone: bury. The card is back"));
        wait.until(ExpectedConditions.attributeToBe(By.cssSelector("#review-card .review-card"), "data-card", buried));
        assertNull(QuarkusTransaction.requiringNew().call(() -> CardProgress.find(learnerId(name), buried)).buriedUntil);

        keys.sendKeys("?").perform();
        WebElement help = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-help")));
        assertTrue(help.getText().contains("Undo the last action"));
        keys.sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOf(help));

        // Come back ten days later: the learning cards and the Easy card are due now.
        clock.advance(Duration.ofDays(10));
        browser.get(url("/study?topic=" + TOPIC));
        WebElement due = currentCard();
        String[] parts = counts().split(" · ");
        assertEquals("3", parts[1], "three cards left in learning are due: " + counts());
        assertEquals("1", parts[2], "the Easy card is due for review: " + counts());
        assertEquals("learning", due.getAttribute("data-queue"), "learning cards come first");
        assertTrue(studied.contains(due.getAttribute("data-card")));
        revealWithKeys(due);
        String shownAgain = gradeWithKey("3");
        assertTrue(studied.subList(0, 3).contains(shownAgain));

        keys.sendKeys("i").perform();
        WebElement info = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-info")));
        assertNotEquals("", info.findElement(By.cssSelector(".info-body")).getText());
        keys.sendKeys(Keys.ESCAPE).perform();

        // The other learner's progress is exactly as before.
        CardProgress otherAfter = QuarkusTransaction.requiringNew().call(() -> CardProgress.find(other.id, "was-diff"));
        FsrsCard before = otherBefore.memory();
        assertEquals(before, otherAfter.memory());
        assertEquals(otherBefore.version, otherAfter.version);
        assertEquals(otherLogs, (long) QuarkusTransaction.requiringNew().call(() -> ReviewLog.count("userId", other.id)));
        ReviewLog otherLog = QuarkusTransaction.requiringNew().call(
                () -> ReviewLog.<ReviewLog>find("userId = ?1 and cardId = ?2", other.id, "was-diff").firstResult());
        assertEquals(Rating.EASY.value(), otherLog.rating);
    }

    private static long learnerId(String name) {
        return QuarkusTransaction.requiringNew().call(() -> AppUser.findByUsername(name).id);
    }
}
