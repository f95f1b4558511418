package dev.prepdeck.support;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starts the machine's own headless Chromium (Debian's chromium and chromedriver) for browser tests;
 * never downloads a browser.
 */
public final class Browser {

    private Browser() {
    }

    public static ChromeDriver start() {
        return start(new String[0]);
    }

    /** A mouse and a keyboard as the page sees them: {@code (hover: hover) and (pointer: fine)}. */
    public static final String MOUSE = "--blink-settings=primaryHoverType=2,availableHoverTypes=2,"
            + "primaryPointerType=4,availablePointerTypes=4";

    /** A touch screen as the page sees it: {@code (hover: none) and (pointer: coarse)}. */
    public static final String TOUCH = "--blink-settings=primaryHoverType=1,availableHoverTypes=1,"
            + "primaryPointerType=2,availablePointerTypes=2";

    /** Starts Chromium with more command-line switches, such as {@link #MOUSE} or {@link #TOUCH}. */
    public static ChromeDriver start(String... extraArguments) {
        String chromium = System.getProperty("chromium.binary", "/usr/bin/chromium");
        String driver = System.getProperty("chromedriver.binary", "/usr/bin/chromedriver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium);
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-quic",
                "--no-first-run", "--disable-background-networking", "--disable-component-update",
                "--disable-sync", "--disable-dev-shm-usage", "--window-size=1280,900",
                "--user-data-dir=" + tempProfile());
        options.addArguments(extraArguments);
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(Path.of(driver).toFile())
                .usingAnyFreePort()
                .build();
        ChromeDriver browser = new ChromeDriver(service, options);
        browser.manage().timeouts().implicitlyWait(Duration.ZERO);
        return browser;
    }

    /** Logs in through the real login form at {@code root} and waits until the page shows the logout button. */
    public static void logIn(ChromeDriver browser, String root, String username, String password) {
        browser.get(root.replaceAll("/$", "") + "/login");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout-form")));
    }

    /** Signs a new learner up through the real sign-up form at {@code root}; waits until they are logged in. */
    public static void signUp(ChromeDriver browser, String root, String username, String password) {
        browser.get(root.replaceAll("/$", "") + "/signup");
        browser.findElement(By.id("username")).sendKeys(username);
        browser.findElement(By.id("password")).sendKeys(password);
        browser.findElement(By.id("passwordConfirm")).sendKeys(password, Keys.ENTER);
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(ExpectedConditions.presenceOfElementLocated(By.cssSelector("form.logout-form")));
    }

    private static String tempProfile() {
        try {
            return Files.createTempDirectory("prepdeck-chromium").toString();
        } catch (java.io.IOException e) {
            throw new IllegalStateException("cannot create a Chromium profile folder", e);
        }
    }
}
