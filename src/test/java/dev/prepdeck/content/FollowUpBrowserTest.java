package dev.prepdeck.content;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.List;

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

import dev.prepdeck.study.Learners;
import dev.prepdeck.support.Browser;
import dev.prepdeck.support.ContentApi;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * Real Chromium: a follow-up card (꼬리 질문) is labelled once and shows the question it is asked after, collapsed
 * above its own, on the topic page, in practice and in study; never the parent's raw card id.
 */
@QuarkusTest
@Tag("browser")
class FollowUpBrowserTest {

    private static final String TOPIC = "tcp-time-wait";
    private static final String FOLLOW_UP = "tw-server-closes";
    private static final String PARENT = "tw-who";
    private static final String PARENT_QUESTION = "TIME_WAIT";

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
    void shouldShowTheParentQuestionCollapsedAboveAFollowUpOnTheTopicPage() {
        browser.get(root + "topics/" + TOPIC);
        WebElement card = browser.findElement(By.id("card-" + FOLLOW_UP));
        WebElement parentFront = browser.findElement(By.cssSelector("#card-" + PARENT + " .card-front"));
        List<String> meta = List.of(card.findElement(By.cssSelector(".card-meta")).getText().split("\\s*·\\s*"));
        assertEquals(meta.stream().distinct().toList(), meta, "the kind is named once");
        assertFalse(card.getText().contains(PARENT), "the parent's card id is not shown: " + card.getText());
        assertParentCollapsedAboveTheQuestion(card, parentFront.getText());
    }

    @Test
    void shouldShowTheParentQuestionAboveAFollowUpInPractice() {
        String parentQuestion = parentQuestionText();
        browser.get(root + "topics/" + TOPIC + "/practice");
        WebElement card = practiseUntilFollowUp();
        assertParentCollapsedAboveTheQuestion(card, parentQuestion);
    }

    @Test
    void shouldShowTheParentQuestionAboveAFollowUpInStudy() {
        signUp();
        browser.get(root + "study?topic=" + TOPIC);
        String parentQuestion = ContentApi.questionText(PARENT,
                browser.findElement(By.id("review")).getAttribute("data-lang"));
        Actions keys = new Actions(browser);
        for (int i = 0; i < 20; i++) {
            WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#review-card .review-card")));
            if ("followup".equals(card.getAttribute("data-kind"))) {
                assertEquals(FOLLOW_UP, card.getAttribute("data-card"), "the topic's first follow-up");
                wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(card, By.cssSelector(".follow-up-parent")));
                assertParentCollapsedAboveTheQuestion(card, parentQuestion);
                return;
            }
            // burying leaves the card's follow-ups due today, where grading it would bury them as its siblings
            keys.sendKeys("-").perform();
            wait.until(ExpectedConditions.stalenessOf(card));
        }
        throw new AssertionError("no follow-up card came up in study");
    }

    private String parentQuestionText() {
        browser.get(root + "topics/" + TOPIC);
        return browser.findElement(By.cssSelector("#card-" + PARENT + " .card-front")).getText();
    }

    private WebElement practiseUntilFollowUp() {
        Actions keys = new Actions(browser);
        for (int i = 0; i < 80; i++) {
            WebElement card = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card")));
            String kind = card.getAttribute("data-kind");
            if ("followup".equals(kind)) {
                assertEquals(FOLLOW_UP, card.getAttribute("data-card"), "the topic's first follow-up");
                wait.until(ExpectedConditions.presenceOfNestedElementLocatedBy(card, By.cssSelector(".follow-up-parent")));
                return card;
            }
            keys.sendKeys("cloze".equals(kind) ? "답" + Keys.ENTER : " ").perform();
            wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".practice-card .grades")));
            keys.sendKeys("3").perform();
            wait.until(ExpectedConditions.stalenessOf(card));
        }
        throw new AssertionError("no follow-up card in " + TOPIC);
    }

    private void assertParentCollapsedAboveTheQuestion(WebElement card, String parentQuestion) {
        WebElement details = card.findElement(By.cssSelector("details.follow-up-parent"));
        WebElement question = details.findElement(By.cssSelector(".follow-up-parent-question"));
        WebElement front = card.findElement(By.cssSelector(":scope > .card-front"));
        assertAll("collapsed",
                () -> assertFalse(question.isDisplayed(), "the parent question starts collapsed"),
                () -> assertTrue(parentQuestion.contains(PARENT_QUESTION), parentQuestion),
                () -> assertTrue(details.getRect().y < front.getRect().y, "the parent sits above the follow-up"));
        details.findElement(By.tagName("summary")).click();
        assertAll("opened",
                () -> assertTrue(question.isDisplayed()),
                () -> assertEquals(parentQuestion, question.getText()));
    }

    private void signUp() {
        browser.get(root + "signup");
        browser.findElement(By.id("username")).sendKeys(Learners.nextName());
        browser.findElement(By.id("password")).sendKeys("follow-up-password");
        browser.findElement(By.id("passwordConfirm")).sendKeys("follow-up-password", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout-form")));
    }

}
