package dev.prepdeck.demo.timewait;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** The widget in real Chromium against the real kernel, as a candidate would use it. */
@QuarkusTest
@Tag("browser")
class TimeWaitBrowserTest {

    @TestHTTPResource("/demos/time-wait")
    URL page;

    private ChromeDriver browser;

    @BeforeEach
    void openBrowser() {
        browser = Browser.start();
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void shouldShowTheClientInTimeWaitWithAKernelTimerThatGoesDown() {
        assumeTrue(Files.exists(Path.of("/proc/net/tcp")), "needs the Linux socket table");
        browser.get(page.toString());

        browser.findElement(By.cssSelector("[data-demo=\"time-wait\"] button[data-closer=\"client\"]")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(25), Duration.ofMillis(100));
        WebElement clientState = browser.findElement(By.cssSelector("[data-end=\"client\"] .tw-state"));
        wait.until(d -> "TIME_WAIT".equals(clientState.getText()));
        WebElement readout = browser.findElement(By.cssSelector(".tw-ring-readout"));
        wait.until(d -> !readout.getAttribute("data-remaining-ms").isEmpty());
        long first = Long.parseLong(readout.getAttribute("data-remaining-ms"));
        assertTrue(first > 0 && first <= 60_000, "kernel timer within 60 s: " + first);

        wait.until(d -> Long.parseLong(readout.getAttribute("data-remaining-ms")) < first - 300);

        assertTrue(readout.getText().matches("\\d+\\.\\d s (left|남음)"), readout.getText());
        assertEquals("4", browser.findElement(By.cssSelector(".tw-real .tw-ladder")).getAttribute("data-proven"),
                "FIN, ACK, FIN, ACK all shown");
        wait.until(d -> d.findElements(By.cssSelector(".tw-rebind tbody tr")).size() == 3);
        List<String> outcomes = browser.findElements(By.cssSelector(".tw-rebind tbody tr")).stream()
                .map(row -> row.getAttribute("data-outcome")).toList();
        assertEquals(List.of("EADDRINUSE", "EADDRINUSE", "BOUND"), outcomes);
        String server = browser.findElement(By.cssSelector("[data-end=\"server\"] .tw-seen")).getText();
        assertTrue(server.contains("CLOSE_WAIT") && server.contains("LAST_ACK") && !server.contains("TIME_WAIT"),
                server);
        assertTrue(browser.findElement(By.cssSelector("[data-fact=\"tcpMaxTwBuckets\"]")).getText().matches("\\d+"));
        screenshot("time-wait-real.png");
    }

    @Test
    void shouldRunTheRealDemoFromTheWidgetEmbeddedInTheTimeWaitTopic() {
        assumeTrue(Files.exists(Path.of("/proc/net/tcp")), "needs the Linux socket table");
        browser.get(page.toString().replace("/demos/time-wait", "/topics/tcp-time-wait"));

        browser.findElement(By.cssSelector("#demo [data-demo=\"time-wait\"] button[data-closer=\"client\"]")).click();

        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(25), Duration.ofMillis(100));
        WebElement clientState = browser.findElement(By.cssSelector("#demo [data-end=\"client\"] .tw-state"));
        wait.until(d -> "TIME_WAIT".equals(clientState.getText()));
        assertTrue(browser.findElements(By.cssSelector("#cards .card-item")).size() >= 12, "the topic's cards are there too");
        assertTrue(browser.findElements(By.cssSelector("#demo a[href$='#card-tw-who']")).size() > 0,
                "the widget links to the card it illustrates");
    }

    @Test
    void shouldStepThroughALostLastAckInTheSimulationInEnglish() {
        browser.get(page.toString());
        browser.manage().addCookie(new Cookie("lang", "en"));
        browser.get(page.toString());
        WebElement sim = browser.findElement(By.cssSelector("[data-simulation]"));
        assertTrue(sim.getText().contains("Simulation"), "clearly labelled");

        sim.findElement(By.xpath(".//label[contains(., 'Lose the last ACK')]")).click();
        WebElement next = sim.findElement(By.xpath(".//button[normalize-space()='Next step']"));
        for (int i = 0; i < 5; i++) {
            next.click();
        }

        String narration = sim.findElement(By.cssSelector(".tw-sim-step")).getText();
        assertTrue(narration.contains("sends its FIN again"), narration);
        next.click();
        assertTrue(sim.findElement(By.cssSelector(".tw-sim-step")).getText().contains("restarts its 2MSL timer"));
        assertTrue(sim.findElement(By.cssSelector("[data-sim-end=\"server\"]")).getText().endsWith("CLOSED"));
        assertEquals(1, sim.findElements(By.cssSelector(".tw-arrow.is-lost")).size(), "the lost ACK is drawn");
        screenshot("time-wait-simulation.png");
    }

    /** Saves the whole page, and the same page at phone width, for a person to look at. */
    private void screenshot(String name) {
        try {
            long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(1280, (int) Math.min(height + 120, 6000)));
            save(name);
            browser.manage().window().setSize(new Dimension(390, 900));
            height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
            browser.manage().window().setSize(new Dimension(390, (int) Math.min(height + 120, 8000)));
            save("phone-" + name);
        } catch (IOException e) {
            throw new IllegalStateException(e);
        }
    }

    private void save(String name) throws IOException {
        Path target = Path.of("target", "screenshots");
        Files.createDirectories(target);
        Files.write(target.resolve(name), browser.getScreenshotAs(OutputType.BYTES));
    }
}
