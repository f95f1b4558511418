package dev.prepdeck.study.stats;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.chrome.ChromeDriver;
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
 * The statistics page on a phone (390×844) in real Chromium, for a learner with a year of reviews: nothing is wider
 * than the screen, the review calendar keeps legible labels and scrolls sideways (opening on today), no month label
 * is cut off, and the forecast and retention tables stay readable.
 */
@QuarkusTest
@Tag("browser")
class StatsPhoneBrowserTest {

    /** Rendered boxes of the figure's labels and the figure itself, and how its scroller stands. */
    private static final String FIGURE = """
            const svg = document.getElementById(arguments[0]);
            const box = svg.getBoundingClientRect();
            const scroller = svg.parentElement;
            const view = scroller.getBoundingClientRect();
            const today = svg.querySelector('.heat-today');
            const t = today ? today.getBoundingClientRect() : null;
            return {
              labels: [...svg.querySelectorAll('text')].map((l) => {
                const r = l.getBoundingClientRect();
                return { text: l.textContent, left: r.left - box.left, right: r.right - box.left, height: r.height };
              }),
              width: box.width,
              scrolls: scroller.scrollWidth > scroller.clientWidth,
              todayVisible: t === null || (t.left >= view.left && t.right <= view.right),
            };
            """;

    @TestHTTPResource("/")
    URL base;

    @Inject
    Learners learners;

    @Inject
    PastReviews past;

    private ChromeDriver phone;

    @BeforeEach
    void startPhone() {
        phone = Browser.start();
        phone.manage().window().setSize(new Dimension(390, 844));
    }

    @AfterEach
    void stop() {
        phone.quit();
    }

    /** A learner who reviewed every few weeks over the past year. */
    private AppUser yearOfReviews() {
        AppUser learner = learners.create(Role.CANDIDATE);
        Instant now = Instant.now();
        String[] cards = { "tw-why", "was-diff" };
        for (int week = 50; week >= 0; week -= 3) {
            for (String card : cards) {
                past.grade(learner.id, card, week % 2 == 0 ? 3 : 1, now.minus(Duration.ofDays(7L * week)));
            }
        }
        return learner;
    }

    @ParameterizedTest
    @ValueSource(strings = { "ko", "en" })
    void shouldScrollTheCalendarWithLegibleUnclippedLabelsAndKeepTheRestWithinAPhoneScreen(String lang) {
        AppUser learner = yearOfReviews();
        Browser.logIn(phone, base.toString(), learner.username, Learners.PASSWORD);
        phone.get(base + "lang?to=" + lang);
        phone.get(base + "stats");
        new WebDriverWait(phone, Duration.ofSeconds(15))
                .until(ExpectedConditions.visibilityOfElementLocated(By.id("stats-calendar")));

        Number pageWidth = (Number) phone.executeScript("return document.documentElement.scrollWidth");
        Number screenWidth = (Number) phone.executeScript("return document.documentElement.clientWidth");
        Map<String, Object> calendar = figure("stats-calendar");
        Map<String, Object> forecast = figure("stats-forecast");
        List<Map<String, Object>> monthLabels = labels(calendar).stream()
                .filter(l -> !List.of("Mon", "Wed", "Fri", "월", "수", "금").contains(l.get("text"))).toList();
        @SuppressWarnings("unchecked")
        List<Map<String, Object>> tables = (List<Map<String, Object>>) phone.executeScript("""
                return [...document.querySelectorAll('.stats-table')].filter((t) => t.offsetParent).map((t) => {
                  const holder = t.closest('.table-scroll') || t.parentElement;
                  return { id: t.id || t.className, font: parseFloat(getComputedStyle(t).fontSize),
                    fits: t.getBoundingClientRect().right <= holder.getBoundingClientRect().right + 0.5
                      || holder.scrollWidth > holder.clientWidth };
                });""");

        assertAll(
                () -> assertEquals(screenWidth.intValue(), pageWidth.intValue(), "the page is no wider than the phone"),
                () -> assertTrue((Boolean) calendar.get("scrolls"), "a year of weeks scrolls sideways on a phone"),
                () -> assertTrue((Boolean) calendar.get("todayVisible"), "the calendar opens on today"),
                () -> assertTrue(monthLabels.size() >= 11, "a label per month: " + monthLabels),
                () -> {
                    for (Map<String, Object> label : labels(calendar)) {
                        assertTrue(number(label, "height") >= 9, "legible: " + label);
                        assertTrue(number(label, "left") >= 0 && number(label, "right") <= number(calendar, "width"),
                                "not cut off: " + label + " in " + number(calendar, "width"));
                    }
                },
                () -> {
                    for (Map<String, Object> label : labels(forecast)) {
                        assertTrue(number(label, "height") >= 9, "forecast legible: " + label);
                        assertTrue(number(label, "right") <= number(forecast, "width"), "forecast: " + label);
                    }
                },
                () -> assertTrue(tables.size() >= 3, "tables: " + tables),
                () -> {
                    for (Map<String, Object> table : tables) {
                        assertTrue(number(table, "font") >= 14, "readable: " + table);
                        assertTrue((Boolean) table.get("fits"), "fits or scrolls: " + table);
                    }
                });
    }

    @SuppressWarnings("unchecked")
    private Map<String, Object> figure(String id) {
        return (Map<String, Object>) phone.executeScript(FIGURE, id);
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> labels(Map<String, Object> figure) {
        return (List<Map<String, Object>>) figure.get("labels");
    }

    private static double number(Map<String, Object> map, String key) {
        return ((Number) map.get(key)).doubleValue();
    }
}
