package io.lastmilehub.hub.testsupport;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;

/**
 * A real headless Chromium for the page tests: Debian's chromium and chromium-driver (CI installs them; without them a
 * page test fails rather than skips).
 */
public final class HeadlessChromium {

    private static final File CHROMIUM = new File("/usr/bin/chromium");
    private static final File CHROMEDRIVER = new File("/usr/bin/chromedriver");

    private HeadlessChromium() {
    }

    /** A new browser with a fresh profile (no cookies, no credentials); quit it when done. */
    public static WebDriver start() {
        assertThat(CHROMIUM).as("Debian's chromium (apt-get install chromium chromium-driver)").exists();
        assertThat(CHROMEDRIVER).as("Debian's chromium-driver (apt-get install chromium-driver)").exists();
        ChromeOptions options = new ChromeOptions().setBinary(CHROMIUM)
                .addArguments("--headless=new", "--no-sandbox", "--disable-dev-shm-usage", "--disable-gpu");
        return new ChromeDriver(new ChromeDriverService.Builder().usingDriverExecutable(CHROMEDRIVER)
                .usingAnyFreePort().build(), options);
    }
}
