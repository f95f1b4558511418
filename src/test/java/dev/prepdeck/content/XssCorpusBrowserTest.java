package dev.prepdeck.content;

import static io.restassured.RestAssured.given;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import jakarta.inject.Inject;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.interactions.Actions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import dev.prepdeck.account.Role;
import dev.prepdeck.account.TestUsers;
import dev.prepdeck.support.Browser;
import io.quarkus.test.common.http.TestHTTPResource;
import io.quarkus.test.junit.QuarkusTest;
import io.quarkus.test.security.TestSecurity;
import io.restassured.http.ContentType;
import io.restassured.response.Response;

/**
 * A corpus of script-injection payloads in a mentor's topic file (script tags, event handlers, javascript: and
 * data: links in many spellings, SVG and MathML tricks, srcdoc, base, meta refresh, broken markup, payloads in cloze
 * gaps, options and steps) renders inert in real Chromium on the topic, practice, study, quiz and mentor preview
 * pages. Every payload calls {@code __xss(n)}, which the page records, as it records every CSP violation; the
 * rendered page is also searched for anything that could run on a click. None of it may be found.
 */
@QuarkusTest
@Tag("browser")
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class XssCorpusBrowserTest {

    private static final String TOPIC = "xss-corpus";
    private static final String LEARNER = "xss-learner";
    private static final String MENTOR = "xss-mentor";

    /** Runs before any page script, in every frame: the recorder of payload calls and CSP violations. */
    private static final String RECORDER = """
            (function () {
              var hits = [];
              window.__xssHits = hits;
              window.__xss = function (n) {
                hits.push(String(n));
                try { sessionStorage.setItem('__xss', (sessionStorage.getItem('__xss') || '') + n + ','); } catch (e) {}
              };
              window.__cspViolations = [];
              document.addEventListener('securitypolicyviolation', function (e) {
                if (e.effectiveDirective !== 'img-src') {
                  window.__cspViolations.push(e.effectiveDirective + ' ' + e.blockedURI + ' ' + (e.sample || ''));
                }
              }, true);
            })();
            """;

    /** What on the page could still run: handler attributes, script URLs, frames, base, refresh, foreign script. */
    private static final String SCAN = """
            var found = [];
            var urlAttrs = ['href', 'src', 'action', 'formaction', 'xlink:href', 'data', 'background', 'poster',
                'srcset', 'content', 'codebase', 'cite'];
            document.querySelectorAll('*').forEach(function (el) {
              var tag = el.tagName.toLowerCase();
              Array.prototype.forEach.call(el.attributes, function (a) {
                var name = a.name.toLowerCase();
                var value = a.value.replace(/[\\u0000-\\u0020]/g, '').toLowerCase();
                if (name.indexOf('on') === 0 || name === 'srcdoc') found.push(tag + ' ' + name + '=' + a.value);
                if (urlAttrs.indexOf(name) >= 0 && /^(javascript|vbscript|data):/.test(value) && tag !== 'img') {
                  found.push(tag + ' ' + name + '=' + a.value);
                }
                if (tag === 'img' && name === 'src' && /^(javascript|vbscript):/.test(value)) found.push('img src=' + a.value);
              });
              if (['iframe', 'frame', 'frameset', 'object', 'embed', 'base', 'applet', 'portal'].indexOf(tag) >= 0) {
                found.push(tag);
              }
              if (tag === 'meta' && el.hasAttribute('http-equiv')) found.push('meta http-equiv');
              if (tag === 'script' && !(el.src && new URL(el.src).origin === location.origin)) found.push('inline script');
              if (tag === 'link' && el.href && new URL(el.href, location.href).origin !== location.origin) {
                found.push('link ' + el.href);
              }
            });
            var stored = '';
            try { stored = sessionStorage.getItem('__xss') || ''; } catch (e) {}
            return { hits: (window.__xssHits || []).join(',') + (stored ? ' stored:' + stored : ''),
                     csp: (window.__cspViolations || []).join(' | '), found: found.join(' | '),
                     recorder: typeof window.__xss === 'function' };
            """;

    @Inject
    ContentImportService importer;

    @Inject
    TestUsers users;

    @TestHTTPResource("/")
    URL root;

    private ChromeDriver browser;
    private String corpus;
    private final List<String> inspected = new ArrayList<>();

    @BeforeEach
    void importTheCorpus() throws IOException {
        if (corpus == null) {
            try (InputStream in = getClass().getResourceAsStream("xss/xss-corpus.md")) {
                corpus = new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
            }
            Path dir = Files.createTempDirectory("prepdeck-xss");
            Files.writeString(dir.resolve("xss-corpus.md"), corpus);
            importer.importFolder(dir);
            users.ensure(LEARNER, Role.CANDIDATE);
            users.ensure(MENTOR, Role.MENTOR);
            browser = Browser.start();
            browser.executeCdpCommand("Page.addScriptToEvaluateOnNewDocument", Map.of("source", RECORDER));
        }
        browser.manage().deleteAllCookies();
        inspected.clear();
    }

    @AfterEach
    void somethingWasInspected() {
        assertTrue(inspected.size() > 0, "the test looked at no page");
    }

    @AfterAll
    void stopAndRestoreShippedContent() {
        if (browser != null) {
            browser.quit();
        }
        importer.importFolder();
    }

    private WebDriverWait waiting() {
        return new WebDriverWait(browser, Duration.ofSeconds(15));
    }

    /** Asserts that nothing ran and nothing that could run is on the page now. */
    @SuppressWarnings("unchecked")
    private void assertInert(String where) {
        Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(SCAN);
        assertEquals(Boolean.TRUE, seen.get("recorder"), "the recorder runs on " + where);
        assertEquals("", seen.get("hits"), "payloads that ran on " + where);
        assertEquals("", seen.get("csp"), "CSP violations on " + where);
        assertEquals("", seen.get("found"), "live markup on " + where);
        inspected.add(where);
    }

    private void open(String path) {
        browser.get(root.toString().replaceAll("/$", "") + path);
        waiting().until(d -> "complete".equals(((JavascriptExecutor) d).executeScript("return document.readyState")));
    }

    private void settle() {
        // let images fail to load and event handlers (if any survived) fire
        new Actions(browser).pause(Duration.ofMillis(400)).perform();
    }

    @Test
    @SuppressWarnings("unchecked")
    void shouldNoticeAPayloadThatGetsThroughSoTheOtherChecksCanFail() {
        open("/topics/" + TOPIC);
        ((JavascriptExecutor) browser).executeScript("document.querySelector('main').insertAdjacentHTML('beforeend',"
                + " '<img src=x onerror=__xss(999)><a href=\"javascript:__xss(998)\">x</a>'); window.__xss(997);");
        settle();
        Map<String, Object> seen = (Map<String, Object>) ((JavascriptExecutor) browser).executeScript(SCAN);
        assertTrue(String.valueOf(seen.get("hits")).contains("997"), seen::toString);
        assertTrue(String.valueOf(seen.get("csp")).contains("script-src"), "the CSP blocked the handler: " + seen);
        assertTrue(String.valueOf(seen.get("found")).contains("onerror"), seen::toString);
        assertTrue(String.valueOf(seen.get("found")).contains("javascript:"), seen::toString);
        ((JavascriptExecutor) browser).executeScript("sessionStorage.clear();");
        inspected.add("the detector");
    }

    @Test
    void shouldImportTheCorpusAsOneTopicWithEveryCardKind() {
        List<String> kinds = given().get("/api/topics/" + TOPIC).then().statusCode(200).extract().jsonPath()
                .getList("cards.kind");
        assertTrue(kinds.containsAll(List.of("basic", "cloze", "choice", "order", "followup")), kinds::toString);
        inspected.add("api");
    }

    @Test
    void shouldRenderTheCorpusInertOnTheTopicPage() {
        open("/topics/" + TOPIC);
        assertTrue(browser.findElements(By.cssSelector(".model-answer")).size() > 0);
        settle();
        for (WebElement details : browser.findElements(By.cssSelector(".model-answer summary, #cards summary"))) {
            if (details.isDisplayed()) {
                details.click();
            }
        }
        settle();
        assertInert("the topic page");
    }

    @Test
    void shouldRenderTheCorpusInertWhilePractising() {
        open("/topics/" + TOPIC + "/practice");
        for (int i = 0; i < 10; i++) {
            settle();
            assertInert("practice, card " + (i + 1));
            new Actions(browser).sendKeys(" ").perform();
            settle();
            assertInert("practice, answer " + (i + 1));
            new Actions(browser).sendKeys("3").perform();
        }
    }

    @Test
    void shouldRenderTheCorpusInertWhileStudying() {
        Browser.logIn(browser, root.toString(), LEARNER, "password-of-" + LEARNER);
        open("/study?topic=" + TOPIC);
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#review-card > *")));
        for (int i = 0; i < 10; i++) {
            settle();
            assertInert("study, card " + (i + 1));
            List<WebElement> card = browser.findElements(By.cssSelector("#review-card .review-card"));
            String kind = card.isEmpty() ? "" : card.get(0).getAttribute("data-kind");
            if ("cloze".equals(kind)) {
                // a typed answer is shown back beside the right one
                new Actions(browser).sendKeys("<img src=x onerror=__xss(210)>").sendKeys(Keys.ENTER).perform();
            } else if ("choice".equals(kind)) {
                new Actions(browser).sendKeys("a").sendKeys(" ").perform();
            } else {
                new Actions(browser).sendKeys(" ").perform();
            }
            settle();
            assertInert("study, answer " + (i + 1));
            new Actions(browser).sendKeys("3").perform();
        }
    }

    @Test
    void shouldRenderTheCorpusInertInAQuizAndItsResult() {
        Response started = given().contentType(ContentType.JSON)
                .body(Map.of("topics", List.of(TOPIC), "length", 10, "kinds", List.of("choice", "order", "cloze")))
                .post("/api/quiz");
        assertEquals(201, started.statusCode(), started.asString());
        String id = started.path("id");
        int total = started.path("total") == null ? 5 : (Integer) started.path("total");
        for (int n = 1; n <= total; n++) {
            open("/quiz/" + id + "?q=" + n);
            settle();
            assertInert("quiz question " + n);
            for (WebElement gap : browser.findElements(By.cssSelector("input[name=gap]"))) {
                gap.sendKeys("<img src=x onerror=__xss(200)><script>__xss(201)</script>");
            }
            List<WebElement> options = browser.findElements(By.cssSelector("input[name=option]"));
            if (!options.isEmpty()) {
                options.get(0).click();
            }
            List<WebElement> submit = browser.findElements(By.id("quiz-submit"));
            if (!submit.isEmpty()) {
                submit.get(0).click();
                waiting().until(ExpectedConditions.stalenessOf(submit.get(0)));
                settle();
                assertInert("quiz feedback " + n);
            }
        }
        open("/quiz/" + id);
        List<WebElement> finish = browser.findElements(By.cssSelector("#quiz-finish-form button"));
        if (!finish.isEmpty()) {
            finish.get(0).click();
            waiting().until(ExpectedConditions.stalenessOf(finish.get(0)));
        }
        open("/quiz/" + id + "/result");
        settle();
        assertInert("the quiz result");
    }

    @Test
    void shouldRenderTheCorpusInertInTheMentorPreview() {
        Browser.logIn(browser, root.toString(), MENTOR, "password-of-" + MENTOR);
        open("/mentor/preview");
        WebElement source = browser.findElement(By.id("preview-markdown"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].value = arguments[1];", source, corpus);
        source.sendKeys(Keys.chord(Keys.CONTROL, Keys.ENTER));
        waiting().until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("#preview-result .card-box")));
        settle();
        assertInert("the mentor preview");
    }

    @Test
    @TestSecurity(user = MENTOR, roles = Role.MENTOR)
    void shouldSendTheContentSecurityPolicyWithEveryPage() {
        String quiz = given().contentType(ContentType.JSON)
                .body(Map.of("topics", List.of(TOPIC), "length", 3, "kinds", List.of("cloze"))).post("/api/quiz")
                .then().statusCode(201).extract().path("id");
        for (String page : List.of("/", "/topics/" + TOPIC, "/topics/" + TOPIC + "/practice", "/practice",
                "/study?topic=" + TOPIC, "/quiz", "/quiz/" + quiz, "/mentor/preview", "/mentor/flags", "/cards",
                "/stats", "/settings", "/content/problems", "/login", "/no-such-page", "/api/topics",
                "/js/review.js")) {
            String csp = given().redirects().follow(false).get(page).then().extract().header("Content-Security-Policy");
            assertTrue(csp != null && csp.contains("script-src 'self'") && csp.contains("frame-ancestors 'none'")
                    && !csp.contains("unsafe-eval") && !csp.matches(".*script-src[^;]*unsafe-inline.*"),
                    page + ": " + csp);
            inspected.add(page);
        }
    }
}
