package io.lastmilehub.hub.console;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.hub.testsupport.HeadlessChromium;
import io.lastmilehub.hub.testsupport.Samples;
import io.lastmilehub.hub.testsupport.TrackedRouteTest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The operations console in a real headless Chromium, logged in as tenant demo with HTTP Basic: a refused shop order
 * is fixed in the dead-letter page, replayed into an order, and leaves the list; another is discarded with a reason.
 * The plan, device and configuration pages show demo's things, and tenant other's key sees none of it on any page.
 * A form posted from another site is refused, though a logged-in browser sends the credentials with it.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class ConsoleIT extends TrackedRouteTest {

    /** Far enough ahead that no other test plans demo's depot on that day. */
    private static final LocalDate DAY = LocalDate.now(OTTAWA).plusDays(40);

    @LocalServerPort
    private int port;

    private String fixable;
    private String discardable;
    private JsonNode plan;
    private String phone;
    private WebDriver demo;
    private WebDriver other;

    @BeforeAll
    void seed() throws Exception {
        fixable = refusedShopOrder();
        discardable = refusedShopOrder();
        String order = order(DEMO_KEY, "demo", "console-1", "K1P 1J1", 45.4215, -75.6972,
                DAY.atTime(LocalTime.of(9, 0)).atZone(OTTAWA), Duration.ofHours(4));
        plan = plan(DEMO_KEY, DAY, List.of(order));
        phone = phoneOn(DEMO_KEY, vehicleServing(plan, order));
        report(phone, 45.4111, -75.7001, Instant.now().getEpochSecond());
        demo = loggedIn("demo", DEMO_KEY);
        other = loggedIn("other", OTHER_KEY);
    }

    @AfterAll
    void quit() {
        for (WebDriver browser : new WebDriver[] {demo, other}) {
            if (browser != null) {
                browser.quit();
            }
        }
    }

    @Test
    void aDeadLetterIsEditedReplayedAndLeavesTheList() {
        open(demo, "/console/dead-letters");
        demo.findElement(By.cssSelector("#dead-letters tr[data-id='" + fixable + "'] a")).click();
        WebElement edit = waitFor(demo, By.id("edit"));
        assertThat(demo.findElement(By.id("reason")).getText()).contains("shipping_address");
        String fixed = new String(Samples.shopifyOrderNumbered(8611), StandardCharsets.UTF_8);
        ((JavascriptExecutor) demo).executeScript("arguments[0].value = arguments[1];", edit, fixed);

        demo.findElement(By.id("edit-and-replay")).click();

        waitFor(demo, By.id("edited-payload"));
        assertThat(demo.findElement(By.id("state")).getText()).isEqualTo("REPLAYED");
        assertThat(demo.findElement(By.id("replay-outcome")).getText()).isEqualTo("delivered");
        assertThat(demo.findElement(By.id("edited-by")).getText()).isEqualTo("demo");
        assertThat(demo.findElement(By.id("edited-payload")).getText()).contains("#8611");
        assertThat(demo.findElement(By.id("payload")).getText()).doesNotContain("#8611");
        open(demo, "/console/dead-letters");
        assertThat(demo.findElements(By.cssSelector("tr[data-id='" + fixable + "']"))).isEmpty();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(get("/api/v1/orders?limit=500",
                DEMO_KEY).getBody()).contains("\"#8611\""));
    }

    @Test
    void aDeadLetterIsDiscardedWithItsReasonAndLeavesTheList() {
        open(demo, "/console/dead-letters/" + discardable);
        demo.findElement(By.id("discard-reason")).sendKeys("the shop sent it again with an address");

        demo.findElement(By.id("discard")).click();

        assertThat(waitFor(demo, By.id("discarded")).getText()).startsWith("by demo at ");
        assertThat(demo.findElement(By.id("why-discarded")).getText())
                .isEqualTo("the shop sent it again with an address");
        assertThat(demo.findElement(By.id("state")).getText()).isEqualTo("DISCARDED");
        assertThat(demo.findElements(By.id("replay"))).isEmpty();
        open(demo, "/console/dead-letters");
        assertThat(demo.findElements(By.cssSelector("tr[data-id='" + discardable + "']"))).isEmpty();
        open(demo, "/console/dead-letters?state=discarded");
        assertThat(demo.findElements(By.cssSelector("tr[data-id='" + discardable + "']"))).hasSize(1);
    }

    @Test
    void thePagesShowTheTenantsPlansDevicesAndConfiguration() {
        open(demo, "/console/");
        assertThat(demo.findElements(By.cssSelector("header nav a"))).extracting(WebElement::getText)
                .containsExactly("Messages", "Dead letters", "Plans", "Devices", "Configuration", "Dashboard");
        open(demo, "/console/plans");
        demo.findElement(By.cssSelector("#plans tr[data-id='" + plan.path("id").asText() + "'] a")).click();
        assertThat(waitFor(demo, By.cssSelector("#map svg polyline")).isDisplayed()).isTrue();
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            open(demo, "/console/devices");
            assertThat(demo.findElement(By.cssSelector("#devices tr[data-id='" + phone + "'] .position")).getText())
                    .isEqualTo("45.41110, -75.70010");
        });
        open(demo, "/console/configuration");
        assertThat(demo.findElement(By.cssSelector("#partners tr[data-id='catalyst-paper']")).getText())
                .contains("X12");
        assertThat(demo.findElement(By.cssSelector("#routes tr[data-id='inbox-demo-shopify']")).getText())
                .contains("file-inbox");
        assertThat(demo.getPageSource()).doesNotContain("demo-device-secret", "demo-key");
    }

    @Test
    void anotherTenantSeesNoneOfItOnAnyPage() {
        String[] demos = {fixable, discardable, plan.path("id").asText(), phone, "van-1-phone", "catalyst-paper",
            "inbox-demo-shopify"};
        for (String page : List.of("/console/", "/console/dead-letters", "/console/dead-letters?state=all",
                "/console/plans", "/console/devices", "/console/configuration")) {
            open(other, page);
            assertThat(other.findElement(By.id("tenant")).getText()).as(page).isEqualTo("other");
            assertThat(other.getPageSource()).as(page).doesNotContain(demos);
        }
        String planPage = "/console/plans/" + plan.path("id").asText();
        for (String page : List.of("/console/dead-letters/" + fixable, planPage)) {
            open(other, page);
            assertThat(other.findElement(By.tagName("body")).getText()).as(page).contains("\"not_found\"");
        }
        ResponseEntity<String> replay = post("/console/dead-letters/" + discardable + "/replay", OTHER_KEY,
                new byte[0], MediaType.APPLICATION_FORM_URLENCODED);
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void aFormPostedFromAnotherSiteIsRefusedThoughTheBrowserSendsTheCredentials() throws Exception {
        String letter = refusedShopOrder();
        HttpHeaders foreign = new HttpHeaders();
        foreign.setBasicAuth("demo", DEMO_KEY);
        foreign.setOrigin("https://evil.example.com");
        foreign.setContentType(MediaType.APPLICATION_FORM_URLENCODED);

        ResponseEntity<String> answer = http.exchange("/console/dead-letters/" + letter + "/discard",
                HttpMethod.POST, new HttpEntity<>("reason=gone", foreign), String.class);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.FORBIDDEN);
        assertThat(json.readTree(answer.getBody()).path("error").asText()).isEqualTo("forbidden");
        assertThat(json.readTree(get("/api/v1/dead-letters/" + letter, DEMO_KEY).getBody()).path("state").asText())
                .isEqualTo("OPEN");
    }

    private String refusedShopOrder() throws Exception {
        ResponseEntity<String> refused = post("/api/v1/inbound/shopify", DEMO_KEY,
                Samples.NO_SHIPPING_ADDRESS.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return json.readTree(refused.getBody()).path("deadLetter").asText();
    }

    /** A browser that logged in to the console with the tenant's id and key, as a person does at the prompt. */
    private WebDriver loggedIn(String tenant, String key) {
        WebDriver browser = HeadlessChromium.start();
        browser.get("http://" + tenant + ":" + key + "@localhost:" + port + "/console/");
        return browser;
    }

    private void open(WebDriver browser, String path) {
        browser.get("http://localhost:" + port + path);
    }

    private static WebElement waitFor(WebDriver browser, By what) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.withMessage(() -> browser.findElement(By.tagName("body")).getText());
        return wait.until(d -> d.findElements(what).stream().findFirst().orElse(null));
    }
}
