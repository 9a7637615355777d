package healthbot.studio;

import healthbot.content.ContentCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.ExpectedConditions;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * A staff member's session in a real browser (Debian's Chromium, headless, through chromedriver)
 * over the studio on a loopback port and a temporary copy of {@code intents/}: a conversation to
 * a decision with the keyboard, its reasons, saving it as a script, running the scripts, replaying
 * a failed one, and a broken fact named with its file and line. Screenshots of each step go to
 * {@code target/studio/}.
 */
class StudioBrowserTest {

    private static final Path SHOTS = Path.of("target", "studio");
    /** A bound for waiting on the page, not a speed requirement. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    @TempDir
    static Path tmp;

    private static Studio studio;
    private static Path intents;
    private static WebDriver browser;
    private static WebDriverWait waiting;

    @BeforeAll
    static void start() throws IOException {
        intents = ContentCopy.of(tmp.resolve("intents"));
        studio = Studio.start(intents, 0, new PrintStream(new ByteArrayOutputStream()));
        browser = HeadlessChromium.start(tmp.resolve("profile"));
        // the page re-renders a list while a wait reads it: a stale element is read again, not a failure
        waiting = new WebDriverWait(browser, PATIENCE);
        waiting.ignoring(org.openqa.selenium.StaleElementReferenceException.class);
        Files.createDirectories(SHOTS);
    }

    @AfterAll
    static void stop() throws IOException {
        if (browser != null) {
            browser.quit();
        }
        if (studio != null) {
            studio.close();
        }
    }

    @Test
    void staffTalkToTheBotSeeWhySaveAScriptRunTheScriptsAndSeeABrokenFactNamed() throws IOException {
        browser.get("http://127.0.0.1:" + studio.port() + "/?lang=en");

        // a conversation, with the keyboard only, typed the moment the page has loaded (before its first chat
        // exists: the message waits for it and is answered in it); the message box has focus after each reply
        // without buttons, and the first button of a reply with buttons has it otherwise
        browser.findElement(By.id("message")).sendKeys("is the dentist free for me?", Keys.ENTER);
        waitForExchanges(1);
        assertTrue(lastExchange().getText().contains("What year were you born?"), lastExchange().getText());
        assertTrue(lastExchange().getText().startsWith("You: is the dentist free for me?"), lastExchange().getText());
        assertEquals(1, browser.findElements(By.cssSelector("#chat-select option")).size(), "one chat, the one answered");
        assertEquals("", browser.findElement(By.id("chat-notice")).getText());
        assertEquals("", browser.findElement(By.id("message")).getAttribute("placeholder"), "the start-up note is gone");
        WebElement log = browser.findElement(By.id("transcript"));
        assertEquals("log", log.getAttribute("role"));
        assertEquals("polite", log.getAttribute("aria-live"));
        assertEquals("Message", browser.findElement(By.cssSelector("label[for=message]")).getText());
        focused().sendKeys("1980", Keys.ENTER);
        waitForExchanges(2);
        assertEquals("Learning disability", focused().getText(), "the first choice has focus");
        shot("01-question-with-buttons");
        focused().sendKeys(Keys.ENTER);
        waitForExchanges(3);
        assertEquals("Yes", focused().getText());
        focused().sendKeys(Keys.ENTER);
        waitForExchanges(4);
        assertTrue(lastExchange().getText().contains("F70–F79"), lastExchange().getText());

        // why: the rule's decision with its reasons and source page, the slots and the message that filled each
        WebElement why = lastExchange().findElement(By.cssSelector("details.why"));
        why.findElement(By.tagName("summary")).sendKeys(Keys.ENTER);
        waiting.until(d -> why.getAttribute("open") != null);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", why);
        String whyText = why.getText();
        assertTrue(whyText.contains("FREE_LEARNING_DISABILITY"), whyText);
        assertTrue(whyText.contains("A learning disability with diagnosis F70–F79 gives free dental care (Østfold)."), whyText);
        assertTrue(whyText.contains("Østfold county's public dental health service"), whyText);
        assertTrue(whyText.contains("birth_year = 1980 (from message 2)"), whyText);
        assertTrue(whyText.contains("category = learning_disability (from message 3)"), whyText);
        shot("02-why");

        // save as script: edit the title, drop a check
        browser.findElement(By.id("open-save")).click();
        WebElement title = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.id("script-title")));
        assertEquals("Studio: is the dentist free for me?", title.getAttribute("value"));
        title.clear();
        title.sendKeys("Learning disability gives free dental care");
        List<WebElement> checks = browser.findElements(By.cssSelector("#checks input[type=checkbox]"));
        assertTrue(checks.size() >= 8, "checks for intent, asks, outcome and numbers: " + checks.size());
        WebElement dropped = browser.findElement(By.cssSelector("label[for=check-3]"));
        String droppedLine = dropped.getText();
        browser.findElement(By.id("check-3")).sendKeys(Keys.SPACE);
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'start'});",
                browser.findElement(By.id("save-panel")));
        shot("03-save-as-script");
        browser.findElement(By.id("save-script")).click();
        waiting.until(d -> d.findElement(By.id("save-result")).getText().contains("Saved"));
        String saved = browser.findElement(By.id("save-result")).getText();
        assertTrue(saved.contains("intents/tests/learning_disability_gives_free_dental_care.convo") && saved.contains("passes"), saved);
        String script = Files.readString(intents.resolve("tests/learning_disability_gives_free_dental_care.convo"));
        assertTrue(script.contains("title: Learning disability gives free dental care\n"), script);
        assertTrue(script.contains("< outcome: FREE_LEARNING_DISABILITY\n"), script);
        assertTrue(script.contains("< contains: F70–F79\n"), script);
        assertFalse(script.contains(droppedLine + "\n> 1980"), "the dropped check " + droppedLine + " is gone:\n" + script);

        // a script that fails, to see how a failure reads and replay it
        Files.writeString(intents.resolve("tests/zz_legevakt_wrong.convo"),
                "title: Legevakt number (deliberately wrong)\n> what is the number for legevakt\n< contains: 999 999\n");

        browser.findElement(By.id("tab-scripts")).sendKeys(Keys.ENTER);
        browser.findElement(By.id("run-scripts")).sendKeys(Keys.ENTER);
        waiting.until(d -> d.findElement(By.id("scripts-summary")).getText().matches("\\d+ passed, \\d+ failed"));
        String summary = browser.findElement(By.id("scripts-summary")).getText();
        assertTrue(summary.endsWith(" passed, 1 failed"), summary);
        WebElement mine = browser.findElements(By.cssSelector("#scripts-list li")).stream()
                .filter(li -> li.getText().contains("Learning disability gives free dental care")).findFirst().orElseThrow();
        assertTrue(mine.getText().startsWith("✓ PASSED"), mine.getText());
        WebElement failed = browser.findElement(By.cssSelector("#scripts-list li.failed"));
        String failure = failed.getText();
        assertTrue(failure.startsWith("✗ FAILED"), failure);
        assertTrue(failure.contains("\nintents/tests/zz_legevakt_wrong.convo:3: expected the reply to contain \"999 999\""), failure);
        assertTrue(failure.contains("116 117"), "the bot's full reply is shown: " + failure);
        shot("04-scripts");
        failed.findElement(By.tagName("button")).sendKeys(Keys.ENTER);
        waiting.until(d -> d.findElement(By.id("panel-chat")).isDisplayed() && lastExchange().getText().contains("116 117"));
        assertTrue(new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("chat-select")))
                .getFirstSelectedOption().getText().startsWith("Replay: Legevakt number"));
        shot("05-replayed-in-chat");

        // a broken fact: named with its file and line; the last good content keeps answering
        ContentCopy.replace(intents, "facts.json", "\"value\": \"116 117\"", "\"valeu\": \"116 117\"");
        browser.findElement(By.id("tab-content")).sendKeys(Keys.ENTER);
        WebElement problem = waiting.until(ExpectedConditions.visibilityOfElementLocated(By.cssSelector("#problems li")));
        String problemText = problem.getText();
        assertTrue(problemText.matches("(?s)✗ intents/facts\\.json, line \\d+, column \\d+: the field \"value\" is missing.*"
                + "intents/facts\\.json:\\d+:\\d+"), problemText);
        assertTrue(browser.findElement(By.id("content-status")).getText().contains("keeps answering with the last good content"));
        assertTrue(browser.findElement(By.id("banner")).isDisplayed());
        shot("06-content-problem");
        browser.findElement(By.id("tab-chat")).sendKeys(Keys.ENTER);
        browser.findElement(By.id("message")).sendKeys("what is the number for legevakt", Keys.ENTER);
        waiting.until(d -> lastExchange().getText().contains("116 117"));

        // understanding: one message's top intents, then the cross-validation summary with its progress
        browser.findElement(By.id("tab-understanding")).sendKeys(Keys.ENTER);
        browser.findElement(By.id("try-text")).sendKeys("do I need a referral for physio", Keys.ENTER);
        waiting.until(d -> d.findElements(By.cssSelector("#try-result tbody tr")).size() == 5);
        assertTrue(browser.findElement(By.cssSelector("#try-result tbody tr")).getText().startsWith("physio_referral"),
                browser.findElement(By.id("try-result")).getText());
        browser.findElement(By.id("run-eval")).sendKeys(Keys.ENTER);
        waiting.until(d -> d.findElement(By.id("eval-percent")).getText().startsWith("Done"));
        String scores = browser.findElement(By.id("eval-result")).getText();
        assertTrue(scores.matches("(?s).*Accuracy 0\\.\\d{3}.*Macro-F1 0\\.\\d{3}.*Out-of-scope recall 0\\.\\d{3}.*Most confused.*"), scores);
        shot("07-understanding");

        // Norwegian: the page's own words follow the language chosen
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("lang"))).selectByValue("no");
        browser.findElement(By.id("tab-chat")).sendKeys(Keys.ENTER);
        assertEquals("Melding", browser.findElement(By.cssSelector("label[for=message]")).getText());
        assertEquals("nb", browser.findElement(By.tagName("html")).getAttribute("lang"));

        // 400 px wide: nothing runs off the side
        browser.manage().window().setSize(new Dimension(400, 900));
        Boolean fits = (Boolean) ((JavascriptExecutor) browser).executeScript(
                "return document.documentElement.scrollWidth <= window.innerWidth;");
        shot("08-400px-norwegian");
        Object wide = ((JavascriptExecutor) browser).executeScript("return [...document.querySelectorAll('main *')]"
                + ".filter(e => e.scrollWidth > e.clientWidth + 1 && e.clientWidth > 1)"
                + ".map(e => e.tagName + '#' + e.id + ' ' + e.scrollWidth + '>' + e.clientWidth).join('; ');");
        assertTrue(fits, "the page fits 400 px; wider: " + wide);
    }

    private static WebElement focused() {
        return browser.switchTo().activeElement();
    }

    private static void waitForExchanges(int n) {
        waiting.until(d -> d.findElements(By.cssSelector("#transcript .exchange")).size() == n);
    }

    private static WebElement lastExchange() {
        List<WebElement> all = browser.findElements(By.cssSelector("#transcript .exchange"));
        return all.get(all.size() - 1);
    }

    private static void shot(String name) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}
