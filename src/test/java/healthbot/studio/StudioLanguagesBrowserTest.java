package healthbot.studio;

import healthbot.content.ContentCopy;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.Keys;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

/**
 * The studio's language menu in a real browser (Debian's Chromium, headless): the chat is answered
 * in the language chosen, an Arabic reply is laid out right to left ({@code dir="rtl"}), and its
 * phone numbers are drawn in their written order ("116 117", not "117 116"), measured on the page
 * as the browser lays the characters out. Screenshots go to {@code target/studio/}.
 */
class StudioLanguagesBrowserTest {

    private static final Path SHOTS = Path.of("target", "studio");
    /** A bound for waiting on the page, not a speed requirement. */
    private static final Duration PATIENCE = Duration.ofSeconds(60);

    /** The left edge, in the page, of each of {@code groups} where they stand in {@code number} in the element's text. */
    private static final String LEFT_EDGES = """
            const [p, number, groups] = arguments;
            const walker = document.createTreeWalker(p, NodeFilter.SHOW_TEXT);
            for (let n = walker.nextNode(); n; n = walker.nextNode()) {
              const at = n.data.indexOf(number);
              if (at < 0) continue;
              let from = 0;
              return groups.map(g => {
                const i = number.indexOf(g, from);
                from = i + g.length;
                const r = document.createRange();
                r.setStart(n, at + i);
                r.setEnd(n, at + i + g.length);
                return r.getBoundingClientRect().left;
              });
            }
            return null;
            """;

    @TempDir
    static Path tmp;

    private static Studio studio;
    private static WebDriver browser;
    private static WebDriverWait waiting;

    @BeforeAll
    static void start() throws IOException {
        Path intents = ContentCopy.of(tmp.resolve("intents"));
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
    void theChatIsAnsweredInTheLanguageChosenAndArabicRunsRightToLeftWithItsPhoneNumbersInOrder() throws IOException {
        browser.get("http://127.0.0.1:" + studio.port() + "/?lang=en");
        waiting.until(d -> d.findElements(By.cssSelector("#chat-select option")).size() == 1
                && d.findElements(By.cssSelector("#chat-language option")).size() > 1);

        // every language of the content is in the menu, each in its own name and direction
        List<String> codes = browser.findElements(By.cssSelector("#chat-language option")).stream()
                .map(o -> o.getAttribute("value")).toList();
        assertEquals(List.of("", "en", "nb", "nn", "pl", "ar", "lt"), codes.subList(0, Math.min(codes.size(), 7)));
        WebElement arabic = browser.findElement(By.cssSelector("#chat-language option[value=ar]"));
        assertEquals("rtl", arabic.getAttribute("dir"));
        assertTrue(arabic.getText().startsWith("العربية"), arabic.getText());

        // Nynorsk chosen: /start greets in Nynorsk, left to right
        choose("nn");
        say("/start", 1);
        WebElement greeting = lastMessage();
        assertTrue(greeting.getText().startsWith("Hei! Eg svarar på spørsmål"), greeting.getText());
        assertEquals("nn", greeting.getAttribute("lang"));
        assertEquals("ltr", greeting.getAttribute("dir"));

        // Arabic chosen: the greeting and an emergency in Arabic, right to left
        choose("ar");
        say("/start", 1);
        assertEquals("rtl", lastMessage().getAttribute("dir"));
        assertEquals("ar", lastMessage().getAttribute("lang"));
        assertTrue(lastMessage().getText().startsWith("مرحبًا!"), lastMessage().getText());
        say("ابني عمره سنتين وما يتنفس وشفايفه زرقاء", 2);
        WebElement emergency = browser.findElements(By.cssSelector("#transcript .exchange")).get(1)
                .findElement(By.cssSelector("p.msg"));
        assertEquals("rtl", emergency.getAttribute("dir"));
        assertEquals("rtl", emergency.getCssValue("direction"));
        ((JavascriptExecutor) browser).executeScript("arguments[0].scrollIntoView({block: 'center'});", emergency);
        shot("languages-01-arabic-emergency");

        // 113 is where an Arabic reader starts: at the right of the first line
        List<Double> first = leftEdges(emergency, "113", List.of("113"));
        double middle = ((Number) ((JavascriptExecutor) browser).executeScript(
                "const r = arguments[0].getBoundingClientRect(); return r.left + r.width / 2;", emergency)).doubleValue();
        assertTrue(first.get(0) > middle, "113 stands at the right, where right-to-left text starts: " + first + " vs " + middle);
        // each phone number's groups are drawn left to right, in their written order
        assertInOrder(leftEdges(emergency, "116 117", List.of("116", "117")), "116 117");
        assertInOrder(leftEdges(emergency, "69 11 77 99", List.of("69", "11", "77", "99")), "69 11 77 99");

        // the measure can fail: the same reply without the isolates, in the same place, draws 116 117 as "117 116"
        WebElement bare = (WebElement) ((JavascriptExecutor) browser).executeScript("""
                const p = arguments[0].cloneNode(true);
                p.textContent = p.textContent.replace(/[\u2066-\u2069]/g, "");
                arguments[0].after(p);
                return p;""", emergency);
        List<Double> reversed = leftEdges(bare, "116 117", List.of("116", "117"));
        assertTrue(reversed.get(0) > reversed.get(1), "without isolates 116 is drawn right of 117: " + reversed);
    }

    private static void choose(String code) {
        new Select(browser.findElement(By.id("chat-language"))).selectByValue(code);
        browser.findElement(By.cssSelector("#settings button[type=submit]")).click();
        waiting.until(d -> d.findElements(By.cssSelector("#transcript .exchange")).isEmpty());
    }

    private static void say(String text, int exchanges) {
        WebElement box = browser.findElement(By.id("message"));
        box.clear();
        box.sendKeys(text, Keys.ENTER);
        waiting.until(d -> d.findElements(By.cssSelector("#transcript .exchange")).size() == exchanges);
    }

    private static WebElement lastMessage() {
        List<WebElement> all = browser.findElements(By.cssSelector("#transcript .exchange"));
        return all.get(all.size() - 1).findElement(By.cssSelector("p.msg"));
    }

    @SuppressWarnings("unchecked")
    private static List<Double> leftEdges(WebElement p, String number, List<String> groups) {
        Object edges = ((JavascriptExecutor) browser).executeScript(LEFT_EDGES, p, number, groups);
        assertTrue(edges != null, "\"" + number + "\" is not in the reply: " + p.getText());
        return ((List<Object>) edges).stream().map(o -> ((Number) o).doubleValue()).toList();
    }

    private static void assertInOrder(List<Double> lefts, String number) {
        for (int i = 1; i < lefts.size(); i++) {
            assertTrue(lefts.get(i - 1) < lefts.get(i), number + " is drawn out of order; left edges of its groups: " + lefts);
        }
    }

    private static void shot(String name) throws IOException {
        byte[] png = ((org.openqa.selenium.TakesScreenshot) browser).getScreenshotAs(OutputType.BYTES);
        Files.write(SHOTS.resolve(name + ".png"), png);
    }
}
