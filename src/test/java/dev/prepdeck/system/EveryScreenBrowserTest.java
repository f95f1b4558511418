package dev.prepdeck.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.account.AppUser;
import dev.prepdeck.account.Role;
import dev.prepdeck.study.Learners;
import dev.prepdeck.study.PastReviews;
import dev.prepdeck.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Every screen in real Chromium, on a desktop (1280×900) and a phone (390×844), in the light and the dark colour
 * scheme: every rendered text reaches WCAG AA contrast (4.5:1, 3:1 for large text), no page is wider than the screen,
 * and a full-page screenshot of each lands in {@code target/screenshots} for a person to look at.
 */
@QuarkusTest
@Tag("browser")
class EveryScreenBrowserTest {

    static final Path SHOTS = Path.of("target", "screenshots");

    /** One way the screens are seen. */
    record View(String name, int width, int height, String scheme, String lang) {
    }

    static final List<View> VIEWS = List.of(
            new View("desktop-light", 1280, 900, "light", "ko"),
            new View("desktop-dark", 1280, 900, "dark", "en"),
            new View("phone-light", 390, 844, "light", "en"),
            new View("phone-dark", 390, 844, "dark", "ko"));

    @TestHTTPResource("/")
    URL base;

    @Inject
    Learners learners;

    @Inject
    PastReviews past;

    private static ChromeDriver browser;
    private WebDriverWait wait;

    @BeforeAll
    static void startBrowser() {
        browser = Browser.start(Browser.MOUSE);
    }

    @AfterAll
    static void stopBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    /** An admin (who sees every screen) with a few weeks of reviews behind them, so statistics have data. */
    private AppUser studiedAdmin() {
        AppUser admin = learners.create(Role.ADMIN);
        Instant now = Instant.now();
        String[] cards = { "tw-why", "was-diff", "tw-why", "was-diff", "tw-why" };
        for (int i = 0; i < cards.length; i++) {
            past.grade(admin.id, cards[i], i == 2 ? 1 : 3, now.minus(Duration.ofDays(40 - 9L * i)));
        }
        return admin;
    }

    private List<Map.Entry<String, Consumer<ChromeDriver>>> screens() {
        List<Map.Entry<String, Consumer<ChromeDriver>>> screens = new ArrayList<>();
        screens.add(Map.entry("home", b -> open("/", "h1")));
        screens.add(Map.entry("topic", b -> open("/topics/tcp-time-wait", ".model-answer")));
        screens.add(Map.entry("practice", b -> practiseToAChoiceAnswer()));
        screens.add(Map.entry("study", b -> studyRevealed()));
        screens.add(Map.entry("quiz", b -> quizAnswered()));
        screens.add(Map.entry("stats", b -> open("/stats", "h1")));
        screens.add(Map.entry("settings", b -> open("/settings", "main form")));
        screens.add(Map.entry("admin", b -> open("/admin/users", "table")));
        screens.add(Map.entry("mentor-preview", b -> open("/mentor/preview", "#preview-form")));
        screens.add(Map.entry("demo-dns", b -> open("/demos/dns", ".dns-demo")));
        screens.add(Map.entry("demo-time-wait", b -> open("/demos/time-wait", ".tw-badge")));
        return screens;
    }

    @Test
    void shouldReachAaContrastAndFitTheScreenEverywhereInBothSchemesAndSizesAndKeepAScreenshotOfEach() throws IOException {
        AppUser admin = studiedAdmin();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.ignoring(StaleElementReferenceException.class);
        Browser.logIn(browser, url("/"), admin.username, Learners.PASSWORD);
        Files.createDirectories(SHOTS);
        String check = resource("/browser/contrast-check.js");
        List<String> failures = new ArrayList<>();
        int checked = 0;
        for (View view : VIEWS) {
            browser.get(url("/lang?to=" + view.lang()));
            browser.manage().window().setSize(new Dimension(view.width(), view.height()));
            browser.executeCdpCommand("Emulation.setEmulatedMedia", Map.of("features",
                    List.of(Map.of("name", "prefers-color-scheme", "value", view.scheme()))));
            for (Map.Entry<String, Consumer<ChromeDriver>> screen : screens()) {
                screen.getValue().accept(browser);
                assertTrue(Boolean.TRUE.equals(browser.executeScript(
                        "return matchMedia('(prefers-color-scheme: " + view.scheme() + ")').matches")), view.name());
                @SuppressWarnings("unchecked")
                List<String> found = (List<String>) browser.executeScript(check);
                found.forEach(f -> failures.add(view.name() + " " + screen.getKey() + ": " + f));
                Number overflow = (Number) browser.executeScript(
                        "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
                if (overflow.intValue() > 0) {
                    failures.add(view.name() + " " + screen.getKey() + ": the page is " + overflow + " px wider than the screen");
                }
                screenshot(SHOTS.resolve(screen.getKey() + "-" + view.name() + ".png"));
                checked++;
            }
        }
        assertTrue(checked == VIEWS.size() * screens().size());
        assertTrue(failures.isEmpty(), failures.size() + " texts below WCAG AA contrast or pages wider than the screen:\n"
                + String.join("\n", failures));
    }

    private void open(String path, String ready) {
        browser.get(url(path));
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(ready)));
    }

    /** Practises until a choice card is answered, so the right and wrong marks are on screen. */
    private void practiseToAChoiceAnswer() {
        open("/topics/web-server-vs-was/practice", ".practice-card");
        Actions keys = new Actions(browser);
        for (int i = 0; i < 30; i++) {
            WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card")));
            String kind = card.getAttribute("data-kind");
            if ("choice".equals(kind)) {
                keys.sendKeys("a").sendKeys("b").sendKeys(" ").perform();
                wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card .grades")));
                return;
            }
            if ("cloze".equals(kind)) {
                keys.sendKeys("x").sendKeys(Keys.ENTER).perform();
            } else {
                keys.sendKeys(" ").perform();
            }
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card .grades")));
            keys.sendKeys("3").perform();
        }
        throw new AssertionError("no choice card in 30 practice cards");
    }

    private void studyRevealed() {
        open("/study", "#review-card .review-card");
        browser.findElement(By.cssSelector("#review-card button.reveal")).click();
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#review-card .review-grades")));
    }

    /** Starts a one-question quiz and answers it, so the verdict and the right answer are on screen. */
    private void quizAnswered() {
        open("/quiz", "#quiz-start");
        WebElement length = browser.findElement(By.id("quiz-length"));
        length.clear();
        length.sendKeys("1");
        browser.findElement(By.cssSelector("#quiz-start button[type=submit]")).click();
        WebElement question = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("question")));
        List<WebElement> gaps = question.findElements(By.cssSelector("input.cloze-input"));
        if (!gaps.isEmpty()) {
            gaps.get(0).sendKeys("no idea", Keys.ENTER);
        } else {
            List<WebElement> options = question.findElements(By.cssSelector(".quiz-option input"));
            if (!options.isEmpty()) {
                options.get(0).click();
            }
            browser.findElement(By.id("quiz-submit")).click();
        }
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".verdict")));
    }

    /** The whole page, not only the window, as a PNG. */
    private void screenshot(Path file) throws IOException {
        Number width = (Number) browser.executeScript("return window.innerWidth");
        Number height = (Number) browser.executeScript("return Math.min(document.documentElement.scrollHeight, 6000)");
        Map<String, Object> shot = browser.executeCdpCommand("Page.captureScreenshot", Map.of("format", "png",
                "captureBeyondViewport", true,
                "clip", Map.of("x", 0, "y", 0, "width", width, "height", height, "scale", 1)));
        Files.write(file, Base64.getDecoder().decode((String) shot.get("data")));
    }

    private static String resource(String name) {
        try (InputStream in = EveryScreenBrowserTest.class.getResourceAsStream(name)) {
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
