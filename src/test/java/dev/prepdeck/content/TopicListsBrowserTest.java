package dev.prepdeck.content;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.util.List;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;

import dev.prepdeck.support.Browser;
import dev.prepdeck.support.ContentApi;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/** Real Chromium: the home page's topic tiles and a topic page's choice cards draw no stray list markers. */
@QuarkusTest
@Tag("browser")
class TopicListsBrowserTest {

    private static final String TOPIC = "tcp-time-wait";

    private static ChromeDriver browser;

    @TestHTTPResource("/")
    URL root;

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
    void shouldShowTopicTilesWithoutListBullets() {
        browser.get(root + "");
        List<WebElement> items = browser.findElements(By.cssSelector(".topic-list > li"));
        assertFalse(items.isEmpty());
        WebElement list = browser.findElement(By.cssSelector(".topic-list"));
        for (WebElement item : items) {
            assertEquals("none", item.getCssValue("list-style-type"), "a bullet beside a topic tile");
        }
        int listLeft = list.getRect().x;
        WebElement firstTile = items.get(0).findElement(By.cssSelector(".topic-tile"));
        assertEquals(listLeft, firstTile.getRect().x, "the first tile starts at the list's edge, with no indent for a bullet");
    }

    @Test
    void shouldShowChoiceOptionsByLetterAndTickOnlyTheCorrectOnesInTheAnswer() {
        browser.get(root + "topics/" + TOPIC);
        WebElement card = browser.findElements(By.cssSelector(".card-item[data-kind='choice']")).get(0);
        List<Boolean> correct = ContentApi.correctOptions(TOPIC, card.getAttribute("data-card"));
        List<WebElement> lists = card.findElements(By.cssSelector("ul, ol"));
        List<WebElement> front = card.findElements(By.cssSelector(".card-item > .options > .option"));
        assertAll("before the answer",
                () -> assertEquals(correct.size(), front.size()),
                () -> assertEquals("A", front.get(0).findElement(By.cssSelector(".option-key")).getText()),
                () -> assertEquals("B", front.get(1).findElement(By.cssSelector(".option-key")).getText()),
                () -> assertFalse(card.getText().contains("✔"), "no tick before the answer is shown"));

        card.findElement(By.cssSelector("details > summary")).click();
        List<WebElement> answers = card.findElements(By.cssSelector("details .option"));
        assertAll("the answer",
                () -> {
                    for (WebElement list : lists) {
                        assertEquals("none", list.getCssValue("list-style-type"), "a list marker: " + list.getText());
                    }
                },
                () -> assertEquals(correct.size(), answers.size()),
                () -> assertFalse(card.getText().contains("✘"), "no cross on an option nobody picked"),
                () -> {
                    for (int i = 0; i < answers.size(); i++) {
                        WebElement option = answers.get(i);
                        assertEquals(correct.get(i), option.getText().contains("✔"), "tick only on correct: " + option.getText());
                        assertEquals(String.valueOf("ABCDEFGH".charAt(i)),
                                option.findElement(By.cssSelector(".option-key")).getText());
                    }
                },
                () -> assertTrue(answers.stream().anyMatch(o -> o.getAttribute("class").contains("is-answer"))));
    }
}
