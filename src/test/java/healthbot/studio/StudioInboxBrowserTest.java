package healthbot.studio;

import healthbot.clock.NorwegianHolidays;
import healthbot.clock.OsloClock;
import healthbot.content.Content;
import healthbot.content.ContentCopy;
import healthbot.content.ContentLoader;
import healthbot.dialogue.Bot;
import healthbot.dialogue.ReplyKind;
import healthbot.nlu.Nlu;
import healthbot.staff.ReviewInbox;
import healthbot.staff.UsageCounter;
import healthbot.store.InMemoryStore;
import healthbot.store.InboxEntry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * Staff in a real browser (Debian's Chromium, headless) over the studio's Inbox and Usage tabs,
 * on a store filled by a fixed script of conversations over a temporary copy of {@code intents/}:
 * an unanswered message added as an example of an intent is then understood, one marked out of
 * scope and one dismissed leave the inbox, and the usage charts draw the script's counts.
 */
class StudioInboxBrowserTest {

    private static final Path SHOTS = Path.of("target", "studio");
    /** A bound for waiting on the page, not a speed requirement. */
    private static final Duration PATIENCE = Duration.ofSeconds(90);
    private static final String TEACH = "a tolmač at the appointment please"; // a word the content does not know yet

    @TempDir
    static Path tmp;

    private static Studio studio;
    private static Path intents;
    private static InMemoryStore store;
    private static WebDriver browser;
    private static WebDriverWait waiting;

    @BeforeAll
    static void start() throws IOException {
        intents = ContentCopy.of(tmp.resolve("intents"));
        store = new InMemoryStore();
        Content content = ContentLoader.load(intents);
        // today, so that the usage tab's last 30 days include the script's counts
        Nlu nlu = Nlu.train(content);
        Bot bot = new Bot(content, nlu, Clock.system(ZoneId.of("Europe/Oslo")), new NorwegianHolidays());
        bot.listen(new ReviewInbox(store, Duration.ofDays(30)));
        bot.listen(new UsageCounter(store, "telegram"));
        assertEquals(ReplyKind.FALLBACK, bot.handle("1", TEACH).kind());
        bot.handle("2", "what is the capital of mongolia");
        bot.handle("3", "the weather on mars tomorrow, mail me at ola@example.no");
        for (int i = 0; i < 6; i++) {
            bot.handle("L" + i, "legevakt");
            bot.handle("L" + i, i < 5 ? "👍 Helpful" : "👎 Not helpful"); // was this helpful? 5 yes, 1 no
        }
        // yesterday: five answers and five fallbacks (counted only), so that a fallback rate can be shown
        Bot yesterday = new Bot(content, nlu, Clock.offset(Clock.system(ZoneId.of("Europe/Oslo")),
                Duration.ofDays(-1)), new NorwegianHolidays());
        yesterday.listen(new UsageCounter(store, "telegram"));
        for (int i = 0; i < 5; i++) {
            yesterday.handle("Y" + i, "how do I complain about my treatment");
            yesterday.handle("Y" + i, "what is the capital of mongolia");
        }
        assertEquals(3, store.inbox().size(), store.inbox().toString());
        studio = Studio.start(intents, 0, new PrintStream(new ByteArrayOutputStream()), store);
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

    private static WebElement entryWith(String text) {
        waiting.until(d -> d.findElements(By.cssSelector(".inbox-entry")).stream()
                .anyMatch(e -> e.findElement(By.cssSelector(".inbox-text")).getText().equals(text)));
        return browser.findElements(By.cssSelector(".inbox-entry")).stream()
                .filter(e -> e.findElement(By.cssSelector(".inbox-text")).getText().equals(text)).findFirst().orElseThrow();
    }

    /** The inbox's texts; read again when the list re-renders while it is read (a stale element). */
    private static List<String> inboxTexts() {
        for (int attempt = 1; ; attempt++) {
            try {
                return browser.findElements(By.cssSelector(".inbox-text")).stream().map(WebElement::getText).toList();
            } catch (org.openqa.selenium.StaleElementReferenceException e) {
                if (attempt == 5) {
                    throw e;
                }
            }
        }
    }

    @Test
    void staffTurnAnUnansweredMessageIntoAnExampleMarkOneOutOfScopeDismissOneAndSeeTheUsageCharts() throws IOException {
        browser.get("http://127.0.0.1:" + studio.port() + "/?lang=en");
        browser.findElement(By.id("tab-inbox")).click();
        WebElement teach = entryWith(TEACH);
        assertTrue(inboxTexts().contains("the weather on mars tomorrow, mail me at <email>"), inboxTexts().toString());
        shot("10-inbox");

        new Select(teach.findElement(By.cssSelector("select.inbox-intent"))).selectByValue("interpreter");
        teach.findElement(By.cssSelector("button.add-example")).click();
        waiting.until(d -> d.findElement(By.id("inbox-status")).getText().startsWith("Added to interpreter in "));
        assertEquals(java.util.Set.of("what is the capital of mongolia", "the weather on mars tomorrow, mail me at <email>"),
                java.util.Set.copyOf(inboxTexts()));
        String examples = Files.readString(intents.resolve("languages/en/examples.json"), StandardCharsets.UTF_8);
        assertTrue(examples.contains("\"" + TEACH + "\""), "the example is in the file");
        ContentLoader.load(intents); // and the content is still valid

        entryWith("what is the capital of mongolia").findElement(By.cssSelector("button.out-of-scope")).click();
        waiting.until(d -> !inboxTexts().contains("what is the capital of mongolia"));
        entryWith("the weather on mars tomorrow, mail me at <email>").findElement(By.cssSelector("button.dismiss")).click();
        waiting.until(d -> d.findElement(By.id("inbox-status")).getText().equals("The inbox is empty.")
                || d.findElement(By.id("inbox-status")).getText().equals("Dismissed."));
        waiting.until(d -> inboxTexts().isEmpty());
        assertEquals(List.of(), store.inbox().stream().map(InboxEntry::text).toList());
        assertTrue(Files.readString(intents.resolve("languages/en/examples.json"), StandardCharsets.UTF_8)
                .contains("\"what is the capital of mongolia\""), "out of scope is an example of the fallback");

        // the message is now understood in the studio's chat
        browser.findElement(By.id("tab-chat")).click();
        browser.findElement(By.id("message")).sendKeys(TEACH, org.openqa.selenium.Keys.ENTER);
        waiting.until(d -> d.findElements(By.cssSelector("#transcript .exchange")).size() == 1);
        String answer = browser.findElement(By.cssSelector("#transcript .exchange")).getText();
        assertTrue(answer.contains("interpreter"), answer);

        // usage: answers and fallbacks per day as bars, the fallback rate, helpfulness per intent, top
        // intents per language; small counts as <5, a rate of too few counts as <5
        browser.findElement(By.id("tab-usage")).click();
        LocalDate day = LocalDate.now(ZoneId.of("Europe/Oslo"));
        String today = day.toString();
        String before = day.minusDays(1).toString();
        waiting.until(d -> d.findElements(By.cssSelector("figure.answers-per-day tr")).size() == 2);
        assertEquals(List.of(before + " 5", today + " 6"), rows("answers-per-day"));
        assertEquals(List.of(before + " 5", today + " <5"), rows("fallbacks-per-day"));
        assertEquals(List.of(before + " 5", today + " 9"), rows("conversations-per-day"));
        assertEquals(List.of(before + " 50.0 %", today + " <5"), rows("fallback-rate-per-day"));
        assertTrue(rows("answers-per-intent").contains("legevakt 6"), rows("answers-per-intent").toString());
        assertEquals(List.of("legevakt yes 5", "legevakt no <5"), rows("helpful-per-intent"));
        assertEquals(List.of("complaints 5", "legevakt 6").stream().sorted().toList(),
                rows("top-intents-per-language").stream().sorted().toList());
        assertEquals("legevakt 6", rows("top-intents-per-language").get(0), "most answered first");
        assertTrue(browser.findElement(By.cssSelector("figure.top-intents-per-language figcaption")).getText().endsWith(" en"));
        WebElement rateBar = browser.findElement(By.cssSelector("figure.fallback-rate-per-day tr .bar"));
        assertEquals("50%", rateBar.getAttribute("style").replaceAll(".*width:\\s*([0-9.]+%).*", "$1"), "drawn to scale");
        shot("11-usage");
    }

    /** The rows of a usage chart, as the page shows them ("label count"). */
    private static List<String> rows(String chart) {
        return browser.findElements(By.cssSelector("figure." + chart + " tr")).stream().map(WebElement::getText).toList();
    }

    private static void shot(String name) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}
