package dev.prepdeck.account;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.study.Learners;
import dev.prepdeck.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Real Chromium: a form sent back with errors ties each error to its input, so a screen reader reads the error with
 * the field (aria-describedby) and knows the field is wrong (aria-invalid); fields without errors are not marked.
 */
@QuarkusTest
@Tag("browser")
class FormFieldErrorsBrowserTest {

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeEach
    void startBrowser() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stopBrowser() {
        browser.quit();
    }

    @Test
    void shouldTieSignUpErrorsToTheirInputs() {
        browser.get(root + "signup");
        browser.findElement(By.id("username")).sendKeys(Learners.nextName());
        browser.findElement(By.id("password")).sendKeys("long-enough-password");
        browser.findElement(By.id("passwordConfirm")).sendKeys("a-different-password");
        browser.findElement(By.cssSelector("form[action='/signup'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("passwordConfirm-error")));
        WebElement confirm = browser.findElement(By.id("passwordConfirm"));
        WebElement username = browser.findElement(By.id("username"));
        assertAll(
                () -> assertErrorTied(confirm),
                () -> assertNull(username.getAttribute("aria-invalid"), "a field without an error is not marked"),
                () -> assertEquals(List.of("username-hint"), describedBy(username), "the hint still describes it"));
    }

    @Test
    void shouldTieASettingsErrorToItsInputAlongsideItsHint() {
        browser.get(root + "signup");
        browser.findElement(By.id("username")).sendKeys(Learners.nextName());
        browser.findElement(By.id("password")).sendKeys("settings-password");
        browser.findElement(By.id("passwordConfirm")).sendKeys("settings-password");
        browser.findElement(By.cssSelector("form[action='/signup'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout-form")));
        browser.get(root + "settings");
        WebElement retention = browser.findElement(By.id("desiredRetention"));
        retention.clear();
        retention.sendKeys("0.5");
        WebElement steps = browser.findElement(By.id("learningSteps"));
        steps.clear();
        steps.sendKeys("soon");
        browser.findElement(By.cssSelector("form[action='/settings'] button[type=submit]")).click();
        wait.until(ExpectedConditions.presenceOfElementLocated(By.id("desiredRetention-error")));
        WebElement retentionAgain = browser.findElement(By.id("desiredRetention"));
        WebElement stepsAgain = browser.findElement(By.id("learningSteps"));
        WebElement reviews = browser.findElement(By.id("reviewsPerDay"));
        assertAll(
                () -> assertErrorTied(retentionAgain),
                () -> assertTrue(describedBy(retentionAgain).contains("desiredRetention-hint"), "the hint stays"),
                () -> assertErrorTied(stepsAgain),
                () -> assertTrue(describedBy(stepsAgain).contains("steps-hint"), "the shared hint stays"),
                () -> assertNull(reviews.getAttribute("aria-invalid")),
                () -> assertFalse(describedBy(reviews).contains("reviewsPerDay-error")));
    }

    private void assertErrorTied(WebElement input) {
        String id = input.getAttribute("id");
        WebElement error = browser.findElement(By.id(id + "-error"));
        assertAll(id,
                () -> assertEquals("true", input.getAttribute("aria-invalid")),
                () -> assertTrue(describedBy(input).contains(id + "-error"), "aria-describedby: " + describedBy(input)),
                () -> assertTrue(error.isDisplayed() && !error.getText().isBlank()),
                () -> {
                    for (String ref : describedBy(input)) {
                        assertEquals(1, browser.findElements(By.id(ref)).size(), "describedby names a real element: " + ref);
                    }
                });
    }

    private static List<String> describedBy(WebElement input) {
        String ids = input.getAttribute("aria-describedby");
        return ids == null ? List.of() : List.of(ids.trim().split("\\s+"));
    }
}
