package io.lastmilehub.hub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.hub.testsupport.HeadlessChromium;
import io.lastmilehub.hub.testsupport.TrackedRouteTest;
import io.lastmilehub.hub.tracking.TrackedOrderStatus;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ReasonCode;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.assertj.core.data.TemporalUnitOffset;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Today's operation of tenant "today" (the demo fleet, Ottawa), seeded through the hub's own interfaces with the hub's
 * clock on the day: orders in at 06:00, planned over the plan API, the vans out at 08:00, failed attempts as the
 * tracking stage records them, deliveries as proofs of delivery, and at 11:30 a position of the vehicle serving E from
 * Smiths Falls, 65 km away, so that its live ETA is past E's window (and, shifted by that delay, still inside F's
 * long one). The report is read at 11:30.
 *
 * <pre>
 * order  window       what happened by 11:30                        flag       done
 * A      09:00-11:00  delivered 10:00                                on-track   yes
 * B      09:00-11:00  nothing: the window is over                    late       no
 * C      09:00-11:00  delivered 11:15                                late       yes
 * D      09:00-11:00  failed 10:30 RECIPIENT_ABSENT                  on-track   yes
 * E      11:00-12:00  nothing; its vehicle is 65 km away at 11:30     at-risk    no
 * F      13:00-23:00  nothing; planned (and expected) in its window  on-track   no
 * </pre>
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class TodayReportIT extends TrackedRouteTest {

    /** A day ahead, so that the hub's clock only ever moves forward; the clock stays on it until the tests end. */
    private static final LocalDate DAY = LocalDate.now(OTTAWA).plusDays(3);
    private static final Map<String, String> FLAGS = Map.of("A", "on-track", "B", "late", "C", "late",
            "D", "on-track", "E", "at-risk", "F", "on-track");
    private static final List<String> DONE = List.of("A", "C", "D");
    /** The hub's clock runs on while the test posts: a few seconds of slack on the times it recorded. */
    private static final TemporalUnitOffset SLACK = within(10, ChronoUnit.SECONDS);

    @Autowired
    private TrackedOrderStatus tracking;
    @LocalServerPort
    private int port;

    private final Map<String, String> ids = new LinkedHashMap<>();
    private JsonNode plan;
    private Instant positionTime;

    @BeforeAll
    void seedTheMorning() throws Exception {
        at(6, 0);
        for (String name : List.of("A", "B", "C", "D")) {
            ids.put(name, order(name, LocalTime.of(9, 0), Duration.ofHours(2)));
        }
        ids.put("E", order("E", LocalTime.of(11, 0), Duration.ofHours(1)));
        ids.put("F", order("F", LocalTime.of(13, 0), Duration.ofHours(10)));
        plan = plan(TODAY_KEY, DAY, List.copyOf(ids.values()));
        assertThat(plan.path("unassigned")).isEmpty();
        at(8, 0);
        ids.keySet().forEach(name -> track(name, DeliveryStatus.OUT_FOR_DELIVERY, null));
        at(10, 0);
        deliver("A");
        at(10, 30);
        track("D", DeliveryStatus.FAILED_ATTEMPT, ReasonCode.RECIPIENT_ABSENT);
        at(11, 15);
        deliver("C");
        at(11, 30);
        String phone = phoneOn(TODAY_KEY, vehicleServing(plan, ids.get("E")));
        positionTime = Instant.ofEpochSecond(CLOCK.instant().getEpochSecond());
        report(phone, 44.9047, -76.0214, positionTime.getEpochSecond());
        await().atMost(Duration.ofSeconds(15)).until(() -> stopOf(today(TODAY_KEY, ""), "E").hasNonNull("liveEta"));
    }

    @AfterAll
    void backToNow() {
        CLOCK.reset();
    }

    @Test
    void eachRoutesProgressAndFlagsShouldMatchTheHandCount() throws Exception {
        JsonNode report = today(TODAY_KEY, "");
        assertThat(report.path("routes")).hasSize(routesWithStops());
        for (JsonNode route : report.path("routes")) {
            List<String> names = new ArrayList<>();
            route.path("stops").forEach(stop -> names.add(nameOf(stop.path("orderId").asText())));
            String vehicle = route.path("vehicleId").asText();
            assertThat(names).as(vehicle).containsExactlyInAnyOrderElementsOf(plannedOn(vehicle));
            long done = names.stream().filter(DONE::contains).count();
            assertThat(route.path("depotId").asText()).isEqualTo("ottawa");
            assertThat(route.path("day").asText()).isEqualTo(DAY.toString());
            assertThat(route.path("planId").asText()).isEqualTo(plan.path("id").asText());
            assertThat(route.path("stopsPlanned").asInt()).as(vehicle).isEqualTo(names.size());
            assertThat(route.path("stopsDone").asLong()).as(vehicle).isEqualTo(done);
            assertThat(route.path("progress").asDouble()).as(vehicle)
                    .isEqualTo(Math.round(10_000.0 * done / names.size()) / 10_000.0);
            assertThat(route.path("late").asLong()).as(vehicle).isEqualTo(names.stream()
                    .filter(n -> FLAGS.get(n).equals("late")).count());
            assertThat(route.path("atRisk").asLong()).as(vehicle).isEqualTo(names.contains("E") ? 1 : 0);
            for (JsonNode stop : route.path("stops")) {
                assertThat(stop.path("flag").asText()).as(nameOf(stop.path("orderId").asText()))
                        .isEqualTo(FLAGS.get(nameOf(stop.path("orderId").asText())));
            }
            if (names.contains("E")) {
                assertThat(Instant.parse(route.path("lastPositionAt").asText())).isEqualTo(positionTime);
            } else {
                assertThat(route.has("lastPositionAt")).as(vehicle + " has no device").isFalse();
            }
        }
    }

    @Test
    void eachStopShouldSayWhenItWasPlannedExpectedAndDone() throws Exception {
        JsonNode report = today(TODAY_KEY, "");
        JsonNode e = stopOf(report, "E");
        assertThat(Instant.parse(e.path("liveEta").asText())).isAfter(Instant.parse(e.path("windowEnd").asText()));
        assertThat(Instant.parse(e.path("plannedArrival").asText()))
                .isBeforeOrEqualTo(Instant.parse(e.path("windowEnd").asText()));
        JsonNode c = stopOf(report, "C");
        assertThat(Instant.parse(c.path("deliveredAt").asText())).isCloseTo(at(11, 15, false), SLACK);
        assertThat(c.path("status").asText()).isEqualTo("DELIVERED");
        assertThat(Instant.parse(c.path("windowEnd").asText())).isEqualTo(at(11, 0, false));
        JsonNode d = stopOf(report, "D");
        assertThat(Instant.parse(d.path("failedAt").asText())).isCloseTo(at(10, 30, false), SLACK);
        assertThat(d.path("status").asText()).isEqualTo("FAILED_ATTEMPT");
        for (JsonNode route : plan.path("routes")) {
            for (JsonNode planned : route.path("stops")) {
                JsonNode stop = stopOf(report, nameOf(planned.path("orderId").asText()));
                assertThat(stop.path("sequence").asInt()).isEqualTo(planned.path("sequence").asInt());
                assertThat(Instant.parse(stop.path("plannedArrival").asText()))
                        .isEqualTo(Instant.parse(planned.path("eta").asText()));
            }
        }
    }

    @Test
    void theSameStopsShouldComeAsCsvOneRowEach() {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", TODAY_KEY);
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<String> response = http.exchange("/api/v1/reports/today", HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        String[] lines = response.getBody().split("\r\n");
        assertThat(lines).hasSize(1 + ids.size());
        List<String> header = List.of(lines[0].split(","));
        assertThat(header).contains("depotId", "vehicleId", "orderId", "sequence", "windowEnd", "liveEta", "flag");
        Map<String, String> flags = new HashMap<>();
        for (int i = 1; i < lines.length; i++) {
            List<String> row = List.of(lines[i].split(",", -1));
            flags.put(nameOf(row.get(header.indexOf("orderId"))), row.get(header.indexOf("flag")));
        }
        assertThat(flags).isEqualTo(FLAGS);
    }

    @Test
    void anotherTenantAndAnotherDepotShouldSeeNothing() throws Exception {
        assertThat(today(OTHER_KEY, "").path("routes")).isEmpty();
        assertThat(today(TODAY_KEY, "?depot=elsewhere").path("routes")).isEmpty();
        assertThat(today(TODAY_KEY, "?depot=ottawa").path("routes")).hasSize(routesWithStops());
        assertThat(get("/api/v1/reports/today", "no-such-key").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void theDashboardShouldShowTodaysRoutesWithTheirLateAndAtRiskStops() {
        WebDriver browser = HeadlessChromium.start();
        try {
            String page = "localhost:" + port + "/api/v1/reports/dashboard";
            browser.get("http://today:" + TODAY_KEY + "@" + page);
            browser.get("http://" + page);
            WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
            wait.withMessage(() -> browser.findElement(By.tagName("body")).getText());
            wait.until(d -> "true".equals(d.findElement(By.id("today")).getDomAttribute("data-rendered")));
            List<WebElement> rows = browser.findElements(By.cssSelector("#today tbody tr"));
            assertThat(rows).hasSize(routesWithStops());
            WebElement eRoute = browser.findElement(By.cssSelector("#today tr[data-vehicle='"
                    + vehicleServing(plan, ids.get("E")) + "']"));
            assertThat(eRoute.findElement(By.cssSelector("ul.at-risk")).getText()).contains(ids.get("E"));
            WebElement bRoute = browser.findElement(By.cssSelector("#today tr[data-vehicle='"
                    + vehicleServing(plan, ids.get("B")) + "']"));
            assertThat(bRoute.findElement(By.cssSelector("ul.late")).getText()).contains(ids.get("B"));
            List<String> lateShown = new ArrayList<>();
            browser.findElements(By.cssSelector("#today ul.late li"))
                    .forEach(item -> lateShown.add(nameOf(item.getText().split(" ")[0])));
            assertThat(lateShown).containsExactlyInAnyOrder("B", "C");
            int done = 0;
            for (WebElement progress : browser.findElements(By.cssSelector("#today progress"))) {
                done += Integer.parseInt(progress.getDomProperty("value"));
            }
            assertThat(done).isEqualTo(DONE.size());
            assertThat(browser.findElement(By.id("today-summary")).getText())
                    .startsWith(routesWithStops() + " route(s) today, 3 of 6 stop(s) done");
        } finally {
            browser.quit();
        }
    }

    private JsonNode today(String apiKey, String query) throws Exception {
        ResponseEntity<String> response = get("/api/v1/reports/today" + query, apiKey);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private JsonNode stopOf(JsonNode report, String name) {
        for (JsonNode route : report.path("routes")) {
            for (JsonNode stop : route.path("stops")) {
                if (stop.path("orderId").asText().equals(ids.get(name))) {
                    return stop;
                }
            }
        }
        throw new AssertionError("no stop of " + name + " today");
    }

    private int routesWithStops() {
        int routes = 0;
        for (JsonNode route : plan.path("routes")) {
            routes += route.path("stops").isEmpty() ? 0 : 1;
        }
        return routes;
    }

    private List<String> plannedOn(String vehicle) {
        List<String> names = new ArrayList<>();
        for (JsonNode route : plan.path("routes")) {
            if (route.path("vehicleId").asText().equals(vehicle)) {
                route.path("stops").forEach(stop -> names.add(nameOf(stop.path("orderId").asText())));
            }
        }
        return names;
    }

    private String nameOf(String orderId) {
        return ids.entrySet().stream().filter(e -> e.getValue().equals(orderId)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    /** Moves the hub's clock to this time of the day. */
    private static void at(int hour, int minute) {
        at(hour, minute, true);
    }

    private static Instant at(int hour, int minute, boolean moveClock) {
        Instant then = DAY.atTime(hour, minute).atZone(OTTAWA).toInstant();
        if (moveClock) {
            CLOCK.shift(Duration.between(Instant.now(), then));
        }
        return then;
    }

    /** An order of the day near the depot, with a window from {@code start}; through intake. */
    private String order(String name, LocalTime start, Duration window) throws Exception {
        return order(TODAY_KEY, "today", "today-" + name, "K1P 1J1", 45.42 + name.charAt(0) * 0.0001, -75.69,
                DAY.atTime(start).atZone(OTTAWA), window);
    }

    /** A status the tracking stage records: the van leaving the depot, or the driver's failed attempt. */
    private void track(String name, DeliveryStatus status, ReasonCode reason) {
        tracking.apply(DeliveryStatusEvent.builder().eventId("evt-" + UUID.randomUUID()).tenant("today")
                .orderId(ids.get(name)).status(status).reasonCode(reason).occurredAt(CLOCK.instant())
                .planId(plan.path("id").asText()).build());
    }

    private void deliver(String name) {
        ResponseEntity<String> submitted = submitPod(TODAY_KEY, ids.get(name), Map.of("recipientName", "R. " + name));
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
    }
}
