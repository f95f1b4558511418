package dev.prepdeck.quiz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URL;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.interactions.PointerInput;
import org.openqa.selenium.interactions.Sequence;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.study.Learners;
import dev.prepdeck.support.Browser;
import dev.prepdeck.support.TestClock;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;

/**
 * A new candidate in real Chromium takes a 10-question quiz of every kind (typing cloze answers, picking options,
 * moving steps with the keyboard), says "I was right" once, sees the score and finds a missed card due in /study;
 * a quiz answered with keys alone, also with a Korean input method on; steps dragged with a finger on a phone.
 */
@QuarkusTest
@Tag("browser")
class QuizBrowserTest {

    @TestHTTPResource("/")
    URL base;

    @Inject
    TestClock clock;

    ChromeDriver browser;
    WebDriverWait wait;

    @BeforeEach
    void start() {
        browser = Browser.start();
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    @AfterEach
    void stop() {
        browser.quit();
        clock.reset();
    }

    private String url(String path) {
        return base.toString().replaceAll("/$", "") + path;
    }

    private WebElement question() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("question")));
    }

    private void answerCloze(WebElement question, String card, boolean right) {
        List<String> answers = QuizAnswers.gapAnswers(card, "en");
        List<WebElement> inputs = question.findElements(By.cssSelector("input.cloze-input"));
        assertEquals(answers.size(), inputs.size());
        for (int i = 0; i < inputs.size(); i++) {
            // typed in lower case with a stray full stop: still right
            inputs.get(i).sendKeys(right ? answers.get(i).toLowerCase() + "." : "no idea");
        }
        inputs.get(inputs.size() - 1).sendKeys(Keys.ENTER);
    }

    private void answerChoice(WebElement question, String card, boolean right) {
        QuizAnswer answer = right ? QuizAnswers.right("choice", card, "en", 0) : QuizAnswers.wrong("choice", card, "en", 0);
        for (int index : answer.options()) {
            question.findElement(By.cssSelector(".quiz-option input[value='" + index + "']")).click();
        }
        question.findElement(By.id("quiz-submit")).click();
    }

    /** Sorts the steps with the move buttons, pressing Enter on the focused button as a keyboard user would. */
    private void answerOrder(WebElement question, boolean right) {
        List<WebElement> steps = question.findElements(By.cssSelector("#steps .order-step"));
        int count = steps.size();
        if (right) {
            for (int place = 0; place < count; place++) {
                while (true) {
                    List<String> order = question.findElements(By.cssSelector("#steps .order-step")).stream()
                            .map(li -> li.getAttribute("data-step")).toList();
                    int at = order.indexOf(String.valueOf(place));
                    if (at == place) {
                        break;
                    }
                    WebElement up = question.findElements(By.cssSelector("#steps .order-step")).get(at)
                            .findElement(By.cssSelector("button.move[value$=':up']"));
                    up.sendKeys(Keys.ENTER);
                    WebElement focused = browser.switchTo().activeElement();
                    assertEquals(String.valueOf(place), focused.findElement(By.xpath("./ancestor::li")).getAttribute("data-step"),
                            "the focus moves with the step");
                }
            }
        } else {
            // Alt+↓ on the first step until it is last: wrong unless it belongs there, then one more swap
            WebElement first = question.findElements(By.cssSelector("#steps .order-step")).get(0);
            WebElement down = first.findElement(By.cssSelector("button.move[value$=':down']"));
            down.sendKeys(Keys.chord(Keys.ALT, Keys.ARROW_DOWN));
        }
        question.findElement(By.id("quiz-submit")).click();
    }

    @Test
    void shouldTakeATenQuestionQuizOverrideOnceAndFindTheMissedCardDue() {
        String name = Learners.nextName();
        browser.get(url("/signup"));
        browser.findElement(By.id("username")).sendKeys(name);
        browser.findElement(By.id("password")).sendKeys("quiz-browser-password");
        browser.findElement(By.id("passwordConfirm")).sendKeys("quiz-browser-password", Keys.ENTER);
        wait.until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout-form")));
        browser.get(url("/lang?to=en"));

        browser.get(url("/quiz"));
        WebElement length = browser.findElement(By.id("quiz-length"));
        length.clear();
        length.sendKeys("10");
        browser.findElement(By.cssSelector("#quiz-start button[type=submit]")).click();

        Set<String> kinds = new HashSet<>();
        List<String> missed = new ArrayList<>();
        for (int position = 1; position <= 10; position++) {
            WebElement question = question();
            assertEquals(String.valueOf(position), question.getAttribute("data-position"));
            String kind = question.getAttribute("data-kind");
            String card = question.getAttribute("data-card");
            kinds.add(kind);
            boolean right = position != 3 && position != 7;
            if (!right) {
                missed.add(card);
            }
            switch (kind) {
                case "cloze" -> answerCloze(question, card, right);
                case "choice" -> answerChoice(question, card, right);
                default -> answerOrder(question, right);
            }
            WebElement verdict = wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".verdict")));
            String text = verdict.getText();
            if (right) {
                assertTrue(text.startsWith("Right"), position + " " + kind + ": " + text);
            } else if (!text.startsWith("Right")) {
                assertEquals("Wrong.", text, position + " " + kind);
            } else {
                // a shuffled order can end up right after one move: then it is not a mistake
                missed.remove(card);
            }
            browser.findElement(By.id("quiz-next")).click();
        }
        assertEquals(Set.of("choice", "order", "cloze"), kinds, "ten questions reach every kind");

        wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#quiz-finish-form button"))).click();
        WebElement score = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-score")));
        int right = 10 - missed.size();
        assertEquals(right + " of 10 right (" + right * 10 + "%)", score.getText());
        assertTrue(browser.findElement(By.id("quiz-scheduled")).getText()
                .startsWith(missed.size() + " missed card(s) are now due"));
        assertEquals(missed.size(), browser.findElements(By.cssSelector(".quiz-mistake")).size());

        // "I was right" on the first mistake: it counts, and its Again grade is taken back
        browser.findElement(By.cssSelector(".quiz-mistake .override-form button")).click();
        score = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-score")));
        assertEquals((right + 1) + " of 10 right (" + (right + 1) * 10 + "%)", score.getText());
        String stillMissed = missed.get(missed.size() - 1);

        // The learning step after Again is one minute: a little later the missed card is the first one due.
        clock.advance(Duration.ofMinutes(2));
        browser.get(url("/study"));
        WebElement due = wait.until(ExpectedConditions.visibilityOfElementLocated(
                By.cssSelector("#review-card .review-card")));
        assertEquals(stillMissed, due.getAttribute("data-card"));

        browser.get(url("/quiz/history"));
        assertTrue(browser.findElement(By.cssSelector("#history-quizzes tbody tr")).getText()
                .contains((right + 1) + " / 10"));
    }

    /** Starts a visitor's quiz of one kind from the start form, in English. */
    private void startQuiz(String topic, String kind, int length) {
        browser.get(url("/lang?to=en"));
        browser.get(url("/quiz"));
        if (topic != null) {
            browser.findElement(By.cssSelector("#quiz-start input[name=topic][value='" + topic + "']")).click();
        }
        for (WebElement box : browser.findElements(By.cssSelector("#quiz-start input[name=kind]"))) {
            if (box.isSelected() != kind.equals(box.getAttribute("value"))) {
                box.click();
            }
        }
        WebElement field = browser.findElement(By.id("quiz-length"));
        field.clear();
        field.sendKeys(String.valueOf(length));
        browser.findElement(By.cssSelector("#quiz-start button[type=submit]")).click();
    }

    /** A key press as Chromium reports it while a Korean input method is on: the jamo, keyCode 229, the key's code. */
    private void pressWithKoreanInputMethod(String jamo, String code) {
        browser.executeScript("const target = document.activeElement || document.body;"
                + "target.dispatchEvent(new KeyboardEvent('keydown', { key: arguments[0], code: arguments[1],"
                + " keyCode: 229, bubbles: true, cancelable: true }));", jamo, code);
    }

    private String verdict() {
        return wait.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector(".verdict"))).getText();
    }

    private List<String> optionValues(WebElement question) {
        return question.findElements(By.cssSelector(".quiz-option input")).stream()
                .map(input -> input.getAttribute("value")).toList();
    }

    @Test
    void shouldPickOptionsWithLetterKeysAlsoWithAKoreanInputMethodAndGoOnWithEnter() {
        startQuiz("dns-answer-ip", "choice", 2);
        String[] jamo = { "ㅁ", "ㅠ", "ㅊ", "ㅇ", "ㄷ", "ㄹ", "ㅎ", "ㅗ" };
        for (int position = 1; position <= 2; position++) {
            WebElement question = question();
            assertEquals(String.valueOf(position), question.getAttribute("data-position"));
            String card = question.getAttribute("data-card");
            List<String> values = optionValues(question);
            List<Integer> right = QuizAnswers.right("choice", card, "en", 0).options();
            for (int index : right) {
                int letter = values.indexOf(String.valueOf(index));
                if (position == 1) {
                    // the a–h keys of a Korean keyboard with Hangul input on
                    pressWithKoreanInputMethod(jamo[letter], "Key" + (char) ('A' + letter));
                } else {
                    new Actions(browser).sendKeys(String.valueOf((char) ('a' + letter))).perform();
                }
            }
            List<Integer> picked = new ArrayList<>();
            List<WebElement> inputs = question.findElements(By.cssSelector(".quiz-option input"));
            for (int i = 0; i < inputs.size(); i++) {
                if (inputs.get(i).isSelected()) {
                    picked.add(Integer.valueOf(values.get(i)));
                }
            }
            assertEquals(right.stream().sorted().toList(), picked.stream().sorted().toList(), "the keys picked them");
            new Actions(browser).sendKeys(Keys.ENTER).perform();
            assertEquals("Right.", verdict(), "Enter submitted the answer to question " + position);
            new Actions(browser).sendKeys(Keys.ENTER).perform();
        }
        // after the last question Enter leads to the finish, and Enter again to the score
        wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-finish")));
        new Actions(browser).sendKeys(Keys.ENTER).perform();
        WebElement score = wait.until(ExpectedConditions.visibilityOfElementLocated(By.id("quiz-score")));
        assertEquals("2 of 2 right (100%)", score.getText());
    }

    @Test
    void shouldLetEnterEndAHangulSyllableInAGapWithoutSubmitting() {
        startQuiz("tcp-time-wait", "cloze", 1);
        WebElement question = question();
        List<String> answers = QuizAnswers.gapAnswers(question.getAttribute("data-card"), "en");
        List<WebElement> inputs = question.findElements(By.cssSelector("input.cloze-input"));
        for (int i = 0; i < inputs.size(); i++) {
            inputs.get(i).sendKeys(answers.get(i));
        }
        WebElement last = inputs.get(inputs.size() - 1);
        // Enter that only commits the syllable being composed: the page must leave it alone (not prevent it to submit)
        Object leftAlone = browser.executeScript("const input = arguments[0];"
                + "input.dispatchEvent(new CompositionEvent('compositionstart', { bubbles: true, data: '' }));"
                + "const untouched = input.dispatchEvent(new KeyboardEvent('keydown', { key: 'Enter', code: 'Enter',"
                + " keyCode: 229, isComposing: true, bubbles: true, cancelable: true }));"
                + "input.dispatchEvent(new CompositionEvent('compositionend', { bubbles: true, data: '' }));"
                + "return untouched;", last);
        assertEquals(Boolean.TRUE, leftAlone, "the quiz did not take the Enter that ends a syllable as a submit");
        assertTrue(browser.findElements(By.cssSelector(".verdict")).isEmpty(), "nothing was submitted yet");
        assertEquals(answers.get(answers.size() - 1), last.getAttribute("value"));
        last.sendKeys(Keys.ENTER);
        assertEquals("Right.", verdict());
    }

    @Test
    void shouldReorderStepsByDraggingTheirHandleWithAFingerOnAPhone() {
        browser.quit();
        browser = Browser.start(Browser.TOUCH);
        browser.manage().window().setSize(new Dimension(390, 844));
        wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        startQuiz(null, "order", 1);
        WebElement question = question();
        List<WebElement> steps = question.findElements(By.cssSelector("#steps .order-step"));
        List<String> before = steps.stream().map(li -> li.getAttribute("data-step")).toList();
        // the third step (steps wrap to several lines on a phone, so the first and third are both on screen)
        int from = Math.min(2, steps.size() - 1);
        String draggedText = steps.get(from).findElement(By.cssSelector(".step-text")).getText();
        WebElement handle = steps.get(from).findElement(By.cssSelector(".drag-handle"));
        browser.executeScript("window.scrollBy(0, arguments[0].getBoundingClientRect().top - 120)", steps.get(0));
        // how far the finger travels: from the handle's middle to the first step's middle, then near its top edge
        int middle = steps.get(0).getRect().y + steps.get(0).getRect().height / 2
                - (handle.getRect().y + handle.getRect().height / 2);
        int edge = -(steps.get(0).getRect().height / 2) + 4;
        PointerInput finger = new PointerInput(PointerInput.Kind.TOUCH, "finger");
        Sequence drag = new Sequence(finger, 0)
                .addAction(finger.createPointerMove(Duration.ZERO, PointerInput.Origin.fromElement(handle), 0, 0))
                .addAction(finger.createPointerDown(PointerInput.MouseButton.LEFT.asArg()))
                .addAction(finger.createPointerMove(Duration.ofMillis(300), PointerInput.Origin.pointer(), 0, middle))
                .addAction(finger.createPointerMove(Duration.ofMillis(200), PointerInput.Origin.pointer(), 0, edge))
                .addAction(finger.createPointerUp(PointerInput.MouseButton.LEFT.asArg()));
        browser.perform(List.of(drag));

        List<WebElement> after = question.findElements(By.cssSelector("#steps .order-step"));
        assertEquals(before.get(from), after.get(0).getAttribute("data-step"), "the dragged step lands first");
        assertEquals(before.size(), after.size());
        assertTrue(after.get(0).findElement(By.cssSelector("button.move[value='0:down']")).isEnabled(),
                "the moved step's buttons follow its new place");
        assertFalse(after.get(0).findElement(By.cssSelector("button.move[value='0:up']")).isEnabled(),
                "the first step cannot move up");
        assertEquals("none", browser.executeScript("return getComputedStyle(arguments[0]).touchAction",
                after.get(0).findElement(By.cssSelector(".drag-handle"))), "the handle takes the finger");
        assertFalse("none".equals(browser.executeScript("return getComputedStyle(arguments[0]).touchAction",
                after.get(0).findElement(By.cssSelector(".step-text")))), "the step's text still scrolls the page");

        assertFalse(question.findElement(By.cssSelector("#quiz-submit kbd")).isDisplayed(), "no key hint on a touch screen");
        question.findElement(By.id("quiz-submit")).click();
        verdict();
        WebElement yours = browser.findElement(By.cssSelector(".order-verdicts ol.steps li"));
        assertTrue(yours.getText().startsWith(draggedText), "the answer is the dragged order: " + yours.getText());
    }
}
