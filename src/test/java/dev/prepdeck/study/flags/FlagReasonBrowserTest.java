package dev.prepdeck.study.flags;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

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
import dev.prepdeck.support.Browser;
import io.quarkus.narayana.jta.QuarkusTransaction;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Real Chromium: {@code *} on the review screen asks for an optional reason, Enter sends it and the mentors' list
 * shows it; Escape flags nothing.
 */
@QuarkusTest
@Tag("browser")
class FlagReasonBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    Learners learners;

    @Inject
    FlagService flags;

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

    private List<FlagService.Reason> reasons(String card) {
        return QuarkusTransaction.requiringNew().call(() -> flags.attention("ko")).stream()
                .filter(a -> a.cardId().equals(card)).findFirst().map(FlagService.Attention::reasons)
                .orElse(List.of());
    }

    @Test
    void shouldFlagWithTheReasonTypedAfterTheStarKey() {
        AppUser learner = learners.create("candidate");
        Browser.logIn(browser, base.toString(), learner.username, Learners.PASSWORD);
        browser.get(base.toString().replaceAll("/$", "") + "/study?topic=web-server-vs-was");
        WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#review-card .review-card")));
        String id = card.getAttribute("data-card");
        Actions keys = new Actions(browser);

        keys.sendKeys("*").perform();
        WebElement dialog = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("review-flag")));
        keys.sendKeys(Keys.ESCAPE).perform();
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        assertTrue(browser.findElement(By.cssSelector(".flag-badge")).getAttribute("hidden") != null,
                "Escape flags nothing");

        keys.sendKeys("*").perform();
        wait.until(ExpectedConditions.visibilityOf(dialog));
        String reason = "모범 답안이 WAS의 정의와 다릅니다 " + learner.username;
        keys.sendKeys(reason).sendKeys(Keys.ENTER).perform();
        wait.until(ExpectedConditions.invisibilityOf(dialog));
        wait.until(d -> d.findElement(By.cssSelector(".flag-badge")).getAttribute("hidden") == null);

        assertTrue(reasons(id).stream().anyMatch(r -> r.text().equals(reason)), () -> reasons(id).toString());
        assertEquals(id, browser.findElement(By.cssSelector("#review-card .review-card")).getAttribute("data-card"),
                "the card stays on screen");
    }
}
