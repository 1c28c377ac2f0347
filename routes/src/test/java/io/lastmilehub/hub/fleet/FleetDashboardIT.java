package io.lastmilehub.hub.fleet;

import io.lastmilehub.hub.testsupport.HeadlessChromium;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;

import java.time.Duration;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** The dashboard's fleet and driver tables in a real headless Chromium, with the login the dashboard was given. */
class FleetDashboardIT extends HubIntegrationTest {

    @LocalServerPort
    private int port;

    @Test
    void theTablesShouldShowTheSeededFleetAndAnotherTenantNoneOfIt() {
        WebDriver browser = HeadlessChromium.start();
        try {
            open(browser, "fleet", FLEET_KEY);
            assertThat(browser.findElement(By.id("fleet-problem")).getText()).isEmpty();
            assertThat(firstCells(browser, "fleet-vehicles")).contains("van-1", "van-2", "cargo-bike-1",
                    "courier-1");
            assertThat(firstCells(browser, "fleet-drivers")).contains("drv-ana");
        } finally {
            browser.quit();
        }
        WebDriver other = HeadlessChromium.start();
        try {
            open(other, "other", OTHER_KEY);
            assertThat(other.findElement(By.id("fleet-problem")).getText()).isEmpty();
            assertThat(firstCells(other, "fleet-vehicles")).isEmpty();
            assertThat(firstCells(other, "fleet-drivers")).isEmpty();
        } finally {
            other.quit();
        }
    }

    /** Logs in with HTTP Basic as a browser does after its prompt, then opens the page as its links do. */
    private void open(WebDriver browser, String tenant, String key) {
        String page = "localhost:" + port + "/api/v1/reports/dashboard";
        browser.get("http://" + tenant + ":" + key + "@" + page);
        browser.get("http://" + page);
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.withMessage(() -> browser.findElement(By.tagName("body")).getText());
        wait.until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-fleet-rendered")));
    }

    private static List<String> firstCells(WebDriver browser, String table) {
        return browser.findElements(By.cssSelector("#" + table + " tbody tr td:first-child")).stream()
                .map(WebElement::getText).toList();
    }
}
