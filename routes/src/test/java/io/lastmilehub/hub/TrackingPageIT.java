package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.hub.testsupport.HeadlessChromium;
import io.lastmilehub.hub.testsupport.TrackedRouteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The customer's public tracking page in a real headless Chromium (Debian's chromium and chromium-driver; CI
 * installs them, and without them this test fails rather than skips): a planned order with a bound phone on its
 * vehicle shows its status and ETA, follows the vehicle live as positions arrive, and shows the proof once
 * delivered; it shows nothing of the other order on the route, and an unknown token is a 404 page.
 */
class TrackingPageIT extends TrackedRouteTest {

    private static final Duration PAGE_WAIT = Duration.ofSeconds(20);
    /** Tomorrow: the vehicle's positions today are early for every stop, so the next stop's ETA is live. */
    private static final LocalDate PLAN_DATE = LocalDate.now(OTTAWA).plusDays(1);

    private static WebDriver browser;

    @LocalServerPort
    private int port;

    @BeforeAll
    static void startChromium() {
        browser = HeadlessChromium.start();
    }

    @AfterAll
    static void stopChromium() {
        if (browser != null) {
            browser.quit();
        }
    }

    @Test
    void theCustomerFollowsTheVehicleLiveAndSeesTheProofOnceDelivered() throws Exception {
        // The windows put the customer's stop first on the route, so the vehicle drives to it next.
        String mine = order("page-1", "K2P 0A4", 45.4180, -75.6900, PLAN_DATE, LocalTime.of(8, 0));
        String theirs = order("page-2", "K1N 9J7", 45.4300, -75.6850, PLAN_DATE, LocalTime.of(16, 0));
        JsonNode plan = plan(PLAN_DATE, List.of(mine, theirs));
        String vehicle = vehicleServing(plan, mine);
        String device = phoneOn(vehicle);
        long now = Instant.now().getEpochSecond();
        report(device, 45.4215, -75.6972, now - 300); // at the depot
        JsonNode view = awaitView(mine, v -> v.has("eta"));
        String token = token(mine);

        browser.get("http://localhost:" + port + "/track/" + token);
        WebDriverWait page = new WebDriverWait(browser, PAGE_WAIT);
        page.until(b -> !b.findElement(By.id("eta")).getDomAttribute("data-expected").isEmpty());
        assertThat(browser.findElement(By.id("status")).getText()).isNotBlank().isNotEqualTo("Loading…");
        assertThat(browser.findElement(By.id("eta")).getText()).startsWith("between ");
        assertThat(browser.findElement(By.id("place")).getText()).isEqualTo("K2P 0A4 Ottawa");
        assertThat(browser.findElement(By.id("window")).getText()).contains("–");
        assertThat(browser.findElement(By.id("stops-before")).getText()).isEqualTo("0");
        assertThat(browser.findElement(By.id("destination")).getDomAttribute("visibility")).isEqualTo("visible");
        String vehicleBefore = markerPosition();
        String etaBefore = browser.findElement(By.id("eta")).getDomAttribute("data-expected");
        assertThat(view.path("vehicle").path("latitude").asDouble()).isEqualTo(45.4215);

        report(device, 45.4190, -75.6920, now - 60); // most of the way to the customer; the page is not reloaded
        page.until(b -> !markerPosition().equals(vehicleBefore));
        assertThat(browser.findElement(By.id("vehicle")).getDomAttribute("data-latitude")).isEqualTo("45.419");
        assertThat(browser.findElement(By.id("eta")).getDomAttribute("data-expected")).isNotEqualTo(etaBefore);

        String publicView = http.getForObject("/track/" + token + ".json", String.class);
        assertThat(publicView).doesNotContain(mine, theirs, "K1N 9J7", "page-1", "page-2", vehicle, device);

        assertThat(submitPod(TRACK_KEY, mine, Map.of("recipientName", "K. Schulz")).getStatusCode())
                .isEqualTo(HttpStatus.CREATED);
        page.until(b -> "DELIVERED".equals(b.findElement(By.id("status")).getDomAttribute("data-status")));
        assertThat(browser.findElement(By.id("proof")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("delivered")).getText()).contains("received by K. Schulz");
        WebElement photo = page.until(b -> b.findElement(By.cssSelector("#proof-images img.photo")));
        page.until(b -> Long.valueOf(1).equals(((ChromeDriver) b).executeScript(
                "return document.querySelector('#proof-images img.photo').naturalWidth")));
        assertThat(photo.getDomAttribute("src")).startsWith("/track/" + token + "/documents/");
        assertThat(http.getForObject(photo.getDomAttribute("src"), byte[].class)).isEqualTo(PHOTO);
        assertThat(browser.findElement(By.id("vehicle")).getDomAttribute("visibility")).isEqualTo("hidden");
    }

    @Test
    void anUnknownTokenIsANotFoundPageAndGivesNothingAway() {
        browser.get("http://localhost:" + port + "/track/AAAAAAAAAAAAAAAAAAAAAA");

        assertThat(browser.findElement(By.tagName("h1")).getText()).isEqualTo("Tracking link not found");
        assertThat(http.getForEntity("/track/AAAAAAAAAAAAAAAAAAAAAA.json", String.class).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(http.getForEntity("/track/AAAAAAAAAAAAAAAAAAAAAA/documents/" + "0".repeat(64), String.class)
                .getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String markerPosition() {
        WebElement marker = browser.findElement(By.id("vehicle"));
        return marker.getDomAttribute("cx") + "," + marker.getDomAttribute("cy");
    }

    private String token(String orderId) throws Exception {
        JsonNode tracking = json.readTree(get("/api/v1/orders/" + orderId, TRACK_KEY).getBody()).path("tracking");
        assertThat(tracking.path("url").asText()).endsWith("/track/" + tracking.path("token").asText());
        return tracking.path("token").asText();
    }

    private JsonNode awaitView(String orderId, Predicate<JsonNode> ready) throws Exception {
        String token = token(orderId);
        return await().atMost(Duration.ofSeconds(15)).until(
                () -> json.readTree(http.getForObject("/track/" + token + ".json", String.class)), ready);
    }
}
