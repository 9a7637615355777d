package healthbot.studio;

import healthbot.testsupport.DebianPackages;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

import java.nio.file.Path;

/**
 * Debian's Chromium, headless, driven through its own chromedriver (installed when missing, see
 * {@link DebianPackages}), for the studio's browser tests.
 */
final class HeadlessChromium {

    private HeadlessChromium() {
    }

    /** A fresh browser with its profile in {@code profile}, 1280×1100, in English. */
    static ChromeDriver start(Path profile) {
        Path chromium = DebianPackages.require("chromium", "chromium");
        Path chromedriver = DebianPackages.require("chromedriver", "chromium-driver");
        ChromeOptions options = new ChromeOptions();
        options.setBinary(chromium.toFile());
        options.addArguments("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage",
                "--no-first-run", "--disable-background-networking", "--disable-component-update", "--disable-sync",
                "--user-data-dir=" + profile, "--window-size=1280,1100", "--lang=en-US");
        // the driver is named explicitly, so Selenium Manager never looks for (or downloads) one
        ChromeDriverService service = new ChromeDriverService.Builder()
                .usingDriverExecutable(chromedriver.toFile()).usingAnyFreePort().build();
        return new ChromeDriver(service, options);
    }
}
