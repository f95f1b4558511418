package dev.prepdeck.content.authoring;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import dev.prepdeck.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.junit.TestProfile;

/**
 * Real Chromium: a mentor writes a new topic in the editor, sees a problem appear while typing, fixes it, saves with
 * Ctrl+S and publishes; a candidate then finds the topic and its card.
 */
@QuarkusTest
@TestProfile(AuthoringProfile.class)
@Tag("browser")
class AuthoringBrowserTest {

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

    @Inject
    TestUsers users;

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
    void shouldLetAMentorWriteFixAndPublishATopicThatACandidateThenStudies() {
        users.ensure("browser-mentor", Role.MENTOR);
        users.ensure("browser-candidate", Role.CANDIDATE);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        Browser.logIn(browser, root.toString(), "browser-mentor", "password-of-browser-mentor");
        browser.get(root + "mentor/topics/new");
        WebElement source = browser.findElement(By.id("editor-markdown"));
        source.clear();
        source.sendKeys("""
                ---
                id: browser-written
                title:
                  ko: Browser topic
                  en: Browser topic
                category: network
                ---
                # Written in the browser

                ## Cards

                ### choice bw-choice
                Q: Which port does HTTPS use by default?

                Options:
                - [ ] 80
                - [ ] 8080""");
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-problem-list"),
                "no correct option"));
        WebElement problem = browser.findElement(By.cssSelector("#editor-problem-list li"));
        assertTrue(problem.getText().contains("15"), "the problem names the line of 'Options:': " + problem.getText());
        assertTrue("15".equals(problem.getAttribute("data-line")), problem.getAttribute("data-line"));

        source.sendKeys(Keys.chord(Keys.CONTROL, Keys.END), "\n- [x] 443");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("editor-no-problems")));
        wait.until(ExpectedConditions.textToBePresentInElementLocated(By.id("editor-rendered"), "443"));

        browser.findElement(By.id("editor-message")).sendKeys("First version");
        source.sendKeys(Keys.chord(Keys.CONTROL, "s"));
        wait.until(ExpectedConditions.urlContains("/mentor/topics/browser-written/edit?done=created"));
        browser.findElement(By.id("editor-publish")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("published-note")));

        browser.manage().deleteAllCookies();
        Browser.logIn(browser, root.toString(), "browser-candidate", "password-of-browser-candidate");
        browser.get(root + "");
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("a[href='/topics/browser-written']")));
        browser.get(root + "topics/browser-written");
        WebElement card = wait.until(ExpectedConditions.presenceOfElementLocated(By.id("card-bw-choice")));
        assertTrue(card.getText().contains("Which port does HTTPS use by default?"), card.getText());
        assertTrue(browser.findElements(By.cssSelector("a[href='/mentor/topics']")).isEmpty(),
                "a candidate's menu has no editor");
    }
}
