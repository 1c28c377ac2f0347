package io.lastmilehub.hub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.testsupport.HeadlessChromium;
import io.lastmilehub.hub.testsupport.TrackedRouteTest;
import io.lastmilehub.hub.tracking.TelemetryRecorder;
import io.lastmilehub.hub.tracking.TrackedOrderStatus;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.PodRequirements;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.TimeWindow;
import io.micrometer.core.instrument.MeterRegistry;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
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
 * A seeded delivery day of tenant "kpi" (the demo fleet, Ottawa), through the hub's own interfaces: orders in over
 * the canonical JSON intake at 06:00, the day planned over the plan API, the vans leaving at 08:00 and the failed
 * attempts as the tracking stage records them ({@link TrackedOrderStatus}), deliveries as proofs of delivery over
 * the POD API (E's as a status only), each at its time of the day on the hub's clock, and the tracking stage's
 * exceptions as it records them ({@link TelemetryRecorder}). Every KPI is checked against the hand count below.
 *
 * <pre>
 * order  source  window       what happened                              counts as
 * A      shop    09:00-11:00  photo required, delivered 10:00 with one   on time, first attempt, proof complete
 * B      shop    09:00-11:00  delivered 11:30                            late 30 min, first attempt, delayed
 * C      shop    13:00-15:00  delivered 12:40                            early 20 min, first attempt
 * D      shop    09:00-11:00  reported delayed 10:05, failed 10:15       failed attempt, delayed
 *                             RECIPIENT_ABSENT
 * E      shop    13:00-15:00  photo and signature required, failed 13:10 on time, not delivered at first attempt,
 *                             REFUSED, delivered 14:00 as a status only  proof missing
 * F      erp     09:00-11:00  cold-chain excursion 09:00, delivered      on time, first attempt, cold-chain excursion
 *                             10:30
 * G      shop    02:00-02:30  before every shift: the plan sets it aside set aside
 * -      shopify 07:00        an order the hub cannot read                a dead letter of its intake route
 * </pre>
 * Received 06:00 and out for delivery 08:00, so received-to-delivered is 240, 270, 330, 400, 480 minutes (average
 * 344, p90 480) and out-for-delivery-to-delivered 120, 150, 210, 280, 360 (average 224, p90 360).
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class KpiReportIT extends TrackedRouteTest {

    /** A day no other test plans, ahead so that the hub's clock only ever moves forward. */
    private static final LocalDate DAY = LocalDate.now(OTTAWA).plusDays(3);
    private static final String QUERY = "?from=" + DAY + "&to=" + DAY;
    /** Minutes are counted from the hub's clock, which runs on while the test posts: a few seconds of slack. */
    private static final double SLACK = 0.2;

    @Autowired
    private TrackedOrderStatus tracking;
    @Autowired
    private TelemetryRecorder telemetry;
    @Autowired
    private KpiGauges gauges;
    @Autowired
    private MeterRegistry meters;
    @LocalServerPort
    private int port;

    private final Map<String, String> ids = new LinkedHashMap<>();
    private JsonNode plan;
    /** The dead letter of the day: a shop order the hub could not read, as {@code /api/v1/dead-letters} shows it. */
    private JsonNode deadLetter;

    @BeforeAll
    void seedTheDay() throws Exception {
        try {
            // Each order received at 06:00: on a busy machine the intake of the ones before takes a minute or more.
            for (String name : List.of("A", "B", "D", "F")) {
                at(6, 0);
                ids.put(name, order(name, name.equals("F") ? "erp" : "shop", LocalTime.of(9, 0), 120));
            }
            at(6, 0);
            ids.put("C", order("C", "shop", LocalTime.of(13, 0), 120));
            at(6, 0);
            ids.put("E", order("E", "shop", LocalTime.of(13, 0), 120));
            at(6, 0);
            ids.put("G", order("G", "shop", LocalTime.of(2, 0), 30));
            plan = plan(KPI_KEY, DAY, List.of("A", "B", "C", "D", "E", "F").stream().map(ids::get).toList());
            assertThat(plan.path("unassigned").findValuesAsText("orderId")).containsExactly(ids.get("G"));
            at(7, 0);
            deadLetter = refusedShopOrder();
            at(8, 0);
            for (String name : List.of("A", "B", "C", "D", "E", "F")) {
                track(name, DeliveryStatus.OUT_FOR_DELIVERY, null);
            }
            at(9, 0);
            exception("F", ReasonCode.TEMPERATURE_EXCURSION);
            at(10, 0);
            deliver("A");
            at(10, 5);
            exception("D", ReasonCode.DELAYED);
            at(10, 15);
            track("D", DeliveryStatus.FAILED_ATTEMPT, ReasonCode.RECIPIENT_ABSENT);
            at(10, 30);
            deliver("F");
            at(11, 30);
            deliver("B");
            at(12, 40);
            deliver("C");
            at(13, 10);
            track("E", DeliveryStatus.FAILED_ATTEMPT, ReasonCode.REFUSED);
            at(14, 0);
            track("E", DeliveryStatus.DELIVERED, null);
        } finally {
            CLOCK.reset();
        }
    }

    @AfterAll
    void backToNow() {
        CLOCK.reset();
    }

    @Test
    void theDaysFiguresShouldMatchTheHandCount() throws Exception {
        JsonNode report = kpis(KPI_KEY, QUERY);
        assertThat(report.path("periods")).hasSize(1);
        JsonNode day = report.path("periods").get(0);
        assertThat(day.path("period").asText()).isEqualTo(DAY.toString());

        JsonNode onTime = day.path("onTime");
        assertThat(onTime.path("delivered").asLong()).isEqualTo(5);
        assertThat(onTime.path("withWindow").asLong()).isEqualTo(5);
        assertThat(onTime.path("onTime").asLong()).isEqualTo(3);
        assertThat(onTime.path("early").asLong()).isEqualTo(1);
        assertThat(onTime.path("late").asLong()).isEqualTo(1);
        assertThat(onTime.path("rate").asDouble()).isEqualTo(0.6);
        assertThat(onTime.path("minutesEarly").asDouble()).isCloseTo(20, within(SLACK));
        assertThat(onTime.path("minutesLate").asDouble()).isCloseTo(30, within(SLACK));

        JsonNode firstAttempt = day.path("firstAttempt");
        assertThat(firstAttempt.path("firstAttempts").asLong()).isEqualTo(6);
        assertThat(firstAttempt.path("deliveredAtFirstAttempt").asLong()).isEqualTo(4);
        assertThat(firstAttempt.path("rate").asDouble()).isEqualTo(0.6667);
        assertThat(firstAttempt.path("failedAttempts").asLong()).isEqualTo(2);
        assertThat(json.convertValue(firstAttempt.path("failedAttemptsByReason"), Map.class))
                .isEqualTo(Map.of("RECIPIENT_ABSENT", 1, "REFUSED", 1));

        assertDurations(day.path("receivedToDelivered"), 344, 480);
        assertDurations(day.path("outForDeliveryToDelivered"), 224, 360);
        assertThat(json.convertValue(day.path("setAsideByReason"), Map.class)).isEqualTo(Map.of(
                plan.path("unassigned").get(0).path("reasonCode").asText(), 1));
        assertThat(json.convertValue(report.path("deadLettersBySource"), Map.class)).isEqualTo(Map.of(
                deadLetter.path("routeId").asText(), 1));
    }

    @Test
    void theDriversDaysAndArrivalsShouldMatchThePlan() throws Exception {
        JsonNode report = kpis(KPI_KEY, QUERY);
        Map<String, Instant> lastAttempt = new HashMap<>();
        Map<String, Integer> deliveries = new HashMap<>();
        Map<String, Integer> stops = new HashMap<>();
        List<Double> arrivals = new ArrayList<>();
        for (JsonNode route : plan.path("routes")) {
            String driver = route.hasNonNull("driverId") ? route.path("driverId").asText()
                    : route.path("vehicleId").asText();
            for (JsonNode stop : route.path("stops")) {
                String name = nameOf(stop.path("orderId").asText());
                if (name == null) {
                    continue;
                }
                Instant attempt = attemptOf(name);
                lastAttempt.merge(driver, attempt, (a, b) -> a.isAfter(b) ? a : b);
                stops.merge(driver, 1, Integer::sum);
                deliveries.merge(driver, name.equals("D") ? 0 : 1, Integer::sum);
                arrivals.add(Duration.between(Instant.parse(stop.path("eta").asText()), attempt).toSeconds() / 60.0);
            }
        }
        JsonNode days = report.path("driverDays");
        assertThat(days).hasSize(stops.size());
        double hours = 0;
        for (JsonNode driverDay : days) {
            String driver = driverDay.path("driver").asText();
            double driverHours = Duration.between(at(8, 0, false), lastAttempt.get(driver)).toSeconds() / 3600.0;
            hours += driverHours;
            assertThat(driverDay.path("deliveries").asInt()).as(driver).isEqualTo(deliveries.get(driver));
            assertThat(driverDay.path("stops").asInt()).as(driver).isEqualTo(stops.get(driver));
            assertThat(driverDay.path("hoursOnRoad").asDouble()).as(driver).isCloseTo(driverHours, within(0.01));
        }
        JsonNode productivity = report.path("periods").get(0).path("productivity");
        assertThat(productivity.path("driverDays").asInt()).isEqualTo(stops.size());
        assertThat(productivity.path("deliveries").asInt()).isEqualTo(5);
        assertThat(productivity.path("deliveriesPerDriverDay").asDouble())
                .isCloseTo(5.0 / stops.size(), within(0.01));
        assertThat(productivity.path("stopsPerHour").asDouble()).isCloseTo(6 / hours, within(0.01));

        JsonNode arrival = report.path("periods").get(0).path("arrival");
        assertThat(arrival.path("stops").asInt()).isEqualTo(6);
        assertThat(arrival.path("averageMinutesLate").asDouble()).isCloseTo(
                arrivals.stream().mapToDouble(Double::doubleValue).average().orElseThrow(), within(SLACK));
        assertThat(arrival.path("averageAbsoluteMinutes").asDouble()).isCloseTo(
                arrivals.stream().mapToDouble(Math::abs).average().orElseThrow(), within(SLACK));
        assertThat(arrival.path("etaMarginMinutes").asInt()).isEqualTo(15);
        assertThat(arrival.path("etaKept").asLong()).isEqualTo(arrivals.stream().filter(m -> Math.abs(m) <= 15)
                .count());
        JsonNode wide = kpis(KPI_KEY, QUERY + "&etaMarginMinutes=240").path("periods").get(0).path("arrival");
        assertThat(wide.path("etaKept").asLong()).isEqualTo(arrivals.stream().filter(m -> Math.abs(m) <= 240)
                .count());
        assertThat(wide.path("etaAccuracy").asDouble()).isCloseTo(wide.path("etaKept").asDouble() / 6, within(1e-4));
    }

    @Test
    void costAndCo2ShouldAddUpToThePlansRoutesPerDeliveryAndVehicleType() throws Exception {
        double cost = 0;
        double co2 = 0;
        Map<String, Integer> stopsByType = new HashMap<>();
        for (JsonNode route : plan.path("routes")) {
            cost += route.path("cost").asDouble();
            co2 += route.path("co2Grams").asDouble();
            long ours = 0;
            for (JsonNode stop : route.path("stops")) {
                ours += nameOf(stop.path("orderId").asText()) == null ? 0 : 1;
            }
            stopsByType.merge(route.path("vehicleType").asText(), (int) ours, Integer::sum);
        }
        JsonNode day = kpis(KPI_KEY, QUERY).path("periods").get(0);
        JsonNode costs = day.path("costs");
        assertThat(costs.path("costedStops").asLong()).isEqualTo(6);
        assertThat(costs.path("currency").asText()).isEqualTo("CAD");
        assertThat(costs.path("cost").asDouble()).isCloseTo(cost, within(0.01 * plan.path("routes").size()));
        assertThat(costs.path("costPerDelivery").asDouble()).isCloseTo(cost / 5, within(0.01));
        assertThat(costs.path("co2Kg").asDouble()).isCloseTo(co2 / 1000, within(0.001));
        assertThat(costs.path("co2GramsPerDelivery").asDouble()).isCloseTo(co2 / 5, within(0.1));
        // The demo fleet's vans are electric (zeroEmission: true), its bikes are zero-emission by type.
        assertThat(costs.path("zeroEmissionDeliveries").asLong()).isEqualTo(5);
        assertThat(costs.path("zeroEmissionShare").asDouble()).isEqualTo(1.0);

        Map<String, Integer> reportedStops = new HashMap<>();
        day.path("byVehicleType").fields().forEachRemaining(e -> reportedStops.put(e.getKey(),
                e.getValue().path("stops").asInt()));
        assertThat(reportedStops).isEqualTo(stopsByType);
        String type = stopsByType.keySet().iterator().next();
        JsonNode onlyType = kpis(KPI_KEY, QUERY + "&vehicleType=" + type.toLowerCase()).path("periods").get(0);
        assertThat(onlyType.path("byVehicleType").size()).isEqualTo(1);
        assertThat(onlyType.path("costs").path("costedStops").asInt()).isEqualTo(stopsByType.get(type));
        assertThat(ordersBehind("zero-emission", "&vehicleType=" + type)).hasSize(
                day.path("byVehicleType").path(type).path("deliveries").asInt());
        JsonNode optimisation = day.path("optimisation");
        JsonNode planCost = plan.path("cost");
        assertThat(optimisation.path("plans").asInt()).isEqualTo(1);
        assertThat(optimisation.path("distanceKm").asDouble()).isCloseTo(
                planCost.path("distanceMeters").asDouble() / 1000, within(0.01));
        assertThat(optimisation.path("unoptimisedDistanceKm").asDouble()).isCloseTo(
                planCost.path("unoptimisedDistanceMeters").asDouble() / 1000, within(0.01));
        assertThat(optimisation.path("distanceSaved").asDouble()).isCloseTo(1 - planCost.path("distanceMeters")
                .asDouble() / planCost.path("unoptimisedDistanceMeters").asDouble(), within(1e-4));
        // The search minimises cost (driving time at the hour's traffic as well as distance), so on six stops a
        // plan can be a few metres longer than the unoptimised order while quicker (seen: 2,191 m against 2,187 m).
        assertThat(planCost.path("unoptimisedDistanceMeters").asDouble())
                .isGreaterThanOrEqualTo(planCost.path("distanceMeters").asDouble() * 0.99);
        assertThat(onlyType.hasNonNull("optimisation")).as("a plan's savings are the whole plan's").isFalse();
        JsonNode row = json.readTree(get("/api/v1/reports/kpis/delivery-time/orders" + QUERY, KPI_KEY).getBody())
                .get(0);
        assertThat(row.path("cost").asDouble()).isPositive();
        assertThat(row.path("currency").asText()).isEqualTo("CAD");
        assertThat(row.path("vehicleType").asText()).isNotBlank();
    }

    @Test
    void eachDriversPerformanceShouldMatchTheStopsTheyDrove() throws Exception {
        Map<String, List<String>> byDriver = new HashMap<>();
        for (JsonNode route : plan.path("routes")) {
            String driver = route.hasNonNull("driverId") ? route.path("driverId").asText()
                    : route.path("vehicleId").asText();
            route.path("stops").forEach(stop -> byDriver.computeIfAbsent(driver, d -> new ArrayList<>())
                    .add(nameOf(stop.path("orderId").asText())));
        }
        ResponseEntity<String> response = get("/api/v1/reports/drivers" + QUERY, KPI_KEY);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode drivers = json.readTree(response.getBody());
        assertThat(drivers).hasSize(byDriver.size());
        for (JsonNode figures : drivers) {
            List<String> names = byDriver.get(figures.path("driver").asText());
            long delivered = names.stream().filter(n -> !n.equals("D")).count();
            long onTime = names.stream().filter(List.of("A", "E", "F")::contains).count();
            long firstDelivered = names.stream().filter(List.of("A", "B", "C", "F")::contains).count();
            assertThat(figures.path("days").asInt()).isEqualTo(1);
            assertThat(figures.path("stops").asLong()).isEqualTo(names.size());
            assertThat(figures.path("delivered").asLong()).isEqualTo(delivered);
            assertThat(figures.path("onTime").asLong()).isEqualTo(onTime);
            assertThat(figures.path("firstAttempts").asLong()).isEqualTo(names.size());
            assertThat(figures.path("deliveredAtFirstAttempt").asLong()).isEqualTo(firstDelivered);
            // Every delivery of the day but E's came with a proof of delivery through the POD API.
            long proofRequired = names.stream().filter(List.of("A", "E")::contains).count();
            long missing = names.contains("E") ? 1 : 0;
            assertThat(figures.path("deliveredWithProof").asLong()).isEqualTo(delivered - missing);
            assertThat(figures.path("proofRequired").asLong()).isEqualTo(proofRequired);
            assertThat(figures.path("proofMissing").asLong()).isEqualTo(missing);
        }
        assertThat(json.readTree(get("/api/v1/reports/drivers" + QUERY, OTHER_KEY).getBody())).isEmpty();
    }

    @Test
    void theExceptionsAndProofsShouldMatchTheHandCount() throws Exception {
        JsonNode day = kpis(KPI_KEY, QUERY).path("periods").get(0);
        JsonNode exceptions = day.path("exceptions");
        assertThat(exceptions.path("setAside").asLong()).isEqualTo(1);
        assertThat(exceptions.path("delayed").asLong()).isEqualTo(2);
        assertThat(exceptions.path("deliveredLate").asLong()).isEqualTo(1);
        assertThat(exceptions.path("reportedDelayed").asLong()).isEqualTo(1);
        assertThat(exceptions.path("coldChainExcursions").asLong()).isEqualTo(1);
        assertThat(ordersBehind("delayed", "")).containsExactlyInAnyOrder("B", "D");
        assertThat(ordersBehind("cold-chain-excursion", "")).containsExactly("F");

        JsonNode proof = day.path("proof");
        assertThat(proof.path("required").asLong()).isEqualTo(2);
        assertThat(proof.path("missing").asLong()).isEqualTo(1);
        assertThat(proof.path("completeness").asDouble()).isEqualTo(0.5);
        assertThat(ordersBehind("proof-required", "")).containsExactlyInAnyOrder("A", "E");
        assertThat(ordersBehind("proof-missing", "")).containsExactly("E");
    }

    /**
     * Stop sequence adherence: on each route, the attempted stops ordered by planned sequence and by attempt time; a
     * stop is in sequence when it has the same place in both.
     */
    @Test
    void theSequenceAdherenceShouldMatchTheAttemptsAgainstThePlan() throws Exception {
        List<String> inSequence = new ArrayList<>();
        List<String> outOfSequence = new ArrayList<>();
        for (JsonNode route : plan.path("routes")) {
            List<String> planned = new ArrayList<>();
            for (JsonNode stop : route.path("stops")) {
                String name = nameOf(stop.path("orderId").asText());
                if (name != null && !planned.contains(name)) {
                    planned.add(name);
                }
            }
            List<String> attempted = planned.stream().sorted(Comparator.comparing(KpiReportIT::attemptOf))
                    .toList();
            for (int place = 0; place < planned.size(); place++) {
                (planned.get(place).equals(attempted.get(place)) ? inSequence : outOfSequence).add(planned.get(place));
            }
        }
        JsonNode sequence = kpis(KPI_KEY, QUERY).path("periods").get(0).path("sequence");
        assertThat(sequence.path("stops").asLong()).isEqualTo(6);
        assertThat(sequence.path("inSequence").asLong()).isEqualTo(inSequence.size());
        assertThat(sequence.path("adherence").asDouble()).isCloseTo(inSequence.size() / 6.0, within(1e-4));
        assertThat(ordersBehind("in-sequence", "")).containsExactlyInAnyOrderElementsOf(inSequence);
        assertThat(ordersBehind("out-of-sequence", "")).containsExactlyInAnyOrderElementsOf(outOfSequence);

        JsonNode routes = json.readTree(get("/api/v1/reports/routes" + QUERY, KPI_KEY).getBody());
        assertThat(routes).hasSize(plan.path("routes").size());
        long routeStops = 0;
        long routesInSequence = 0;
        for (JsonNode route : routes) {
            routeStops += route.path("attempted").asLong();
            routesInSequence += route.path("inSequence").asLong();
        }
        assertThat(routeStops).isEqualTo(6);
        assertThat(routesInSequence).isEqualTo(inSequence.size());
    }

    @Test
    void theHeadlineGaugesShouldShowTheDaySoFar() {
        try {
            at(15, 0);
            gauges.refresh();
            assertThat(gauge(KpiGauges.ON_TIME_RATE)).isEqualTo(0.6);
            assertThat(gauge(KpiGauges.FIRST_ATTEMPT_RATE)).isEqualTo(0.6667);
            assertThat(gauge(KpiGauges.DELIVERIES_TODAY)).isEqualTo(5);
            assertThat(gauge(KpiGauges.DELIVERY_MINUTES)).isCloseTo(344, within(SLACK));
        } finally {
            CLOCK.reset();
            gauges.refresh();
        }
    }

    private double gauge(String name) {
        return meters.get(name).tag("tenant", "kpi").gauge().value();
    }

    @Test
    void eachFigureShouldListTheOrdersBehindIt() throws Exception {
        assertThat(ordersBehind("on-time", "")).containsExactlyInAnyOrder("A", "E", "F");
        assertThat(ordersBehind("early", "")).containsExactly("C");
        assertThat(ordersBehind("first-attempt-delivered", "")).containsExactlyInAnyOrder("A", "B", "C", "F");
        assertThat(ordersBehind("failed-attempts", "")).containsExactlyInAnyOrder("D", "E");
        assertThat(ordersBehind("failed-attempts", "&reason=REFUSED")).containsExactly("E");
        assertThat(ordersBehind("set-aside", "")).containsExactly("G");
        assertThat(ordersBehind("delivery-time", "&source=erp")).containsExactly("F");

        JsonNode late = json.readTree(get("/api/v1/reports/kpis/late/orders" + QUERY, KPI_KEY).getBody()).get(0);
        assertThat(late.path("orderId").asText()).isEqualTo(ids.get("B"));
        assertThat(late.path("link").asText()).isEqualTo("/api/v1/orders/" + ids.get("B"));
        assertThat(late.path("minutes").asDouble()).isCloseTo(30, within(SLACK));
        assertThat(get(late.path("link").asText(), KPI_KEY).getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(get("/api/v1/reports/kpis/nonsense/orders" + QUERY, KPI_KEY).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void theFiltersShouldNarrowTheFigures() throws Exception {
        JsonNode erp = kpis(KPI_KEY, QUERY + "&source=erp").path("periods").get(0).path("onTime");
        assertThat(erp.path("delivered").asLong()).isEqualTo(1);
        assertThat(erp.path("onTime").asLong()).isEqualTo(1);
        JsonNode month = kpis(KPI_KEY, QUERY + "&groupBy=month").path("periods");
        assertThat(month).hasSize(1);
        assertThat(month.get(0).path("period").asText()).isEqualTo(DAY.withDayOfMonth(1).toString());
        assertThat(month.get(0).path("onTime").path("delivered").asLong()).isEqualTo(5);
        assertThat(kpis(KPI_KEY, QUERY + "&depot=elsewhere").path("periods")).isEmpty();
        assertThat(kpis(KPI_KEY, QUERY + "&carrier=no-such-carrier").path("periods")).isEmpty();
        assertThat(kpis(KPI_KEY, QUERY + "&vehicleType=TRUCK").path("periods")).isEmpty();
        ResponseEntity<String> badType = get("/api/v1/reports/kpis" + QUERY + "&vehicleType=ZEPPELIN", KPI_KEY);
        assertThat(badType.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badType.getBody()).contains("vehicleType").doesNotContain("ZEPPELIN");
        ResponseEntity<String> badGrouping = get("/api/v1/reports/kpis" + QUERY + "&groupBy=year", KPI_KEY);
        assertThat(badGrouping.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(badGrouping.getBody()).contains("groupBy");
    }

    @Test
    void theSameFiguresShouldComeAsCsv() {
        String csv = csv("/api/v1/reports/kpis" + QUERY);
        String[] lines = csv.split("\r\n");
        assertThat(lines).hasSize(2);
        List<String> header = List.of(lines[0].split(","));
        List<String> row = List.of(lines[1].split(","));
        assertThat(row.get(header.indexOf("period"))).isEqualTo(DAY.toString());
        assertThat(row.get(header.indexOf("onTime.rate"))).isEqualTo("0.6");
        assertThat(row.get(header.indexOf("firstAttempt.failedAttemptsByReason.REFUSED"))).isEqualTo("1");
        String late = csv("/api/v1/reports/kpis/late/orders" + QUERY);
        assertThat(late.split("\r\n")).hasSize(2);
        assertThat(late).startsWith("orderId,link,").contains(ids.get("B") + ",/api/v1/orders/" + ids.get("B"));
    }

    @Test
    void theDashboardShouldChartTheDayAndChangeWithItsFilters() {
        WebDriver browser = HeadlessChromium.start();
        try {
            String summary = openDashboard(browser, "kpi", KPI_KEY);
            assertThat(summary).isEqualTo("5 deliveries in 1 period(s), " + plan.path("routes").size()
                    + " driver day(s)");
            assertThat(browser.findElements(By.cssSelector("#on-time canvas"))).isNotEmpty();
            assertThat(chartData(browser, "on-time")).containsExactly(List.of(3L), List.of(1L), List.of(1L));
            assertThat(chartData(browser, "failed-attempts")).containsExactly(List.of(
                    Map.of("name", "RECIPIENT_ABSENT", "value", 1L), Map.of("name", "REFUSED", "value", 1L)));
            assertThat(chartData(browser, "green-and-eta").get(0)).isEqualTo(List.of(1L));
            pageWait(browser).until(d -> d.findElements(By.cssSelector("#drivers tbody tr")).size()
                    == plan.path("routes").size());

            browser.findElement(By.cssSelector("#figures a[data-kpi='late']")).click();
            pageWait(browser).until(d -> d.findElement(By.id("drill-title")).isDisplayed());
            assertThat(browser.findElement(By.id("drill-title")).getText()).startsWith("1 order(s) behind \"late\"");
            assertThat(browser.findElements(By.cssSelector("#drill tbody tr"))).singleElement()
                    .satisfies(row -> assertThat(row.getText()).startsWith(ids.get("B")));

            WebElement depot = browser.findElement(By.name("depot"));
            depot.sendKeys("elsewhere");
            depot.submit();
            pageWait(browser).until(d -> d.findElement(By.id("summary")).getText().startsWith("0 deliveries"));
            assertThat(chartData(browser, "on-time")).containsExactly(List.of(), List.of(), List.of());
        } finally {
            browser.quit();
        }
    }

    @Test
    void anotherTenantsDashboardShouldShowNoneOfIt() {
        WebDriver browser = HeadlessChromium.start();
        try {
            assertThat(openDashboard(browser, "other", OTHER_KEY)).isEqualTo("0 deliveries in 0 period(s), "
                    + "0 driver day(s)");
            assertThat(chartData(browser, "on-time")).containsExactly(List.of(), List.of(), List.of());
        } finally {
            browser.quit();
        }
        ResponseEntity<String> anonymous = http.getForEntity("/api/v1/reports/dashboard" + QUERY, String.class);
        assertThat(anonymous.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(anonymous.getHeaders().getFirst("WWW-Authenticate")).startsWith("Basic");
    }

    @Test
    void anotherTenantShouldSeeNoneOfIt() throws Exception {
        assertThat(kpis(OTHER_KEY, QUERY).path("periods")).isEmpty();
        assertThat(kpis(OTHER_KEY, QUERY).path("driverDays")).isEmpty();
        assertThat(json.readTree(get("/api/v1/reports/kpis/on-time/orders" + QUERY, OTHER_KEY).getBody())).isEmpty();
        assertThat(get("/api/v1/orders/" + ids.get("A"), OTHER_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/reports/kpis" + QUERY, "no-such-key").getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    /**
     * Logs in to the dashboard of the day with HTTP Basic (tenant, key), as a browser does after its prompt, opens it
     * again without the credentials in the address (the page's own requests reuse them) and waits for its charts.
     *
     * @return the summary line above the charts
     */
    private String openDashboard(WebDriver browser, String tenant, String key) {
        String page = "localhost:" + port + "/api/v1/reports/dashboard" + QUERY;
        browser.get("http://" + tenant + ":" + key + "@" + page);
        browser.get("http://" + page);
        pageWait(browser).until(d -> "true".equals(d.findElement(By.tagName("body")).getDomAttribute("data-rendered")));
        return browser.findElement(By.id("summary")).getText();
    }

    /** Waits on the page; when in vain, says what the page showed. */
    private static WebDriverWait pageWait(WebDriver browser) {
        WebDriverWait wait = new WebDriverWait(browser, Duration.ofSeconds(20));
        wait.withMessage(() -> browser.getCurrentUrl() + ": " + browser.findElement(By.tagName("body")).getText());
        return wait;
    }

    /** The data of each series of a chart, as ECharts holds it. */
    @SuppressWarnings("unchecked")
    private static List<Object> chartData(WebDriver browser, String chart) {
        return (List<Object>) ((JavascriptExecutor) browser).executeScript("return echarts.getInstanceByDom("
                + "document.getElementById(arguments[0])).getOption().series.map(s => s.data)", chart);
    }

    private void assertDurations(JsonNode durations, double average, double p90) {
        assertThat(durations.path("deliveries").asLong()).isEqualTo(5);
        assertThat(durations.path("averageMinutes").asDouble()).isCloseTo(average, within(SLACK));
        assertThat(durations.path("p90Minutes").asDouble()).isCloseTo(p90, within(SLACK));
    }

    private JsonNode kpis(String apiKey, String query) throws Exception {
        ResponseEntity<String> response = get("/api/v1/reports/kpis" + query, apiKey);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(response.getBody());
    }

    private List<String> ordersBehind(String kpi, String extra) throws Exception {
        ResponseEntity<String> response = get("/api/v1/reports/kpis/" + kpi + "/orders" + QUERY + extra, KPI_KEY);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        List<String> names = new ArrayList<>();
        json.readTree(response.getBody()).forEach(row -> names.add(nameOf(row.path("orderId").asText())));
        return names;
    }

    private String csv(String path) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", KPI_KEY);
        headers.setAccept(List.of(MediaType.parseMediaType("text/csv")));
        ResponseEntity<String> response = http.exchange(path, HttpMethod.GET, new HttpEntity<>(headers),
                String.class);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        assertThat(response.getHeaders().getContentType().toString()).startsWith("text/csv");
        return response.getBody();
    }

    private String nameOf(String orderId) {
        return ids.entrySet().stream().filter(e -> e.getValue().equals(orderId)).map(Map.Entry::getKey).findFirst()
                .orElse(null);
    }

    /** The first attempt of the hand count: the failure where there was one, else the delivery. */
    private static Instant attemptOf(String name) {
        LocalTime time = switch (name) {
            case "A" -> LocalTime.of(10, 0);
            case "B" -> LocalTime.of(11, 30);
            case "C" -> LocalTime.of(12, 40);
            case "D" -> LocalTime.of(10, 15);
            case "E" -> LocalTime.of(13, 10);
            case "F" -> LocalTime.of(10, 30);
            default -> throw new IllegalArgumentException(name);
        };
        return DAY.atTime(time).atZone(OTTAWA).toInstant();
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

    /** An order of the day near the depot, with a window from {@code start} for {@code minutes}; through intake. */
    private String order(String name, String source, LocalTime start, int minutes) throws Exception {
        Instant from = DAY.atTime(start).atZone(OTTAWA).toInstant();
        DeliveryOrder order = DeliveryOrder.builder().tenant("kpi")
                .timeWindow(TimeWindow.builder().start(from).end(from.plus(Duration.ofMinutes(minutes)))
                        .zoneId(OTTAWA.getId()).build())
                .source(SourceRef.builder().system(source).messageId("kpi-" + name + "-" + System.nanoTime()).build())
                .podRequirements(PodRequirements.builder().photo(name.equals("A") || name.equals("E"))
                        .signature(name.equals("E")).build())
                .shipTo(Party.builder().name("Customer " + name)
                        .address(Address.builder().line1(name + " Test St").city("Ottawa").postalCode("K1P 1J1")
                                .countryCode("CA").build())
                        .location(GeoPoint.builder().latitude(45.42 + name.charAt(0) * 0.0001)
                                .longitude(-75.69).build()).build())
                .build();
        ResponseEntity<String> accepted = post("/api/v1/inbound/canonical-json", KPI_KEY,
                CanonicalJson.toJsonBytes(order), MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode()).as(accepted.getBody()).isEqualTo(HttpStatus.ACCEPTED);
        String id = json.readTree(accepted.getBody()).path("orders").get(0).asText();
        // Through intake once placed at its depot.
        await().atMost(Duration.ofSeconds(15)).until(() -> json.readTree(get("/api/v1/orders/" + id, KPI_KEY)
                .getBody()).path("depotId").asText(), "ottawa"::equals);
        return id;
    }

    /** A status the tracking stage records: the van leaving the depot, or the driver's failed attempt. */
    private void track(String name, DeliveryStatus status, ReasonCode reason) {
        tracking.apply(DeliveryStatusEvent.builder().eventId("evt-" + UUID.randomUUID()).tenant("kpi")
                .orderId(ids.get(name)).status(status).reasonCode(reason).occurredAt(CLOCK.instant())
                .planId(plan.path("id").asText()).build());
    }

    private JsonNode refusedShopOrder() throws Exception {
        ResponseEntity<String> refused = post("/api/v1/inbound/shopify", KPI_KEY,
                "{\"order\":{}}".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        String id = json.readTree(refused.getBody()).path("deadLetter").asText();
        return json.readTree(get("/api/v1/dead-letters/" + id, KPI_KEY).getBody());
    }

    /** An exception the tracking stage raised for the order: a delay or a cold-chain excursion. */
    private void exception(String name, ReasonCode reason) {
        telemetry.exceptionRaised(DeliveryStatusEvent.builder().eventId("evt-" + UUID.randomUUID()).tenant("kpi")
                .orderId(ids.get(name)).status(DeliveryStatus.EXCEPTION).reasonCode(reason)
                .occurredAt(CLOCK.instant()).planId(plan.path("id").asText()).build());
    }

    private void deliver(String name) {
        ResponseEntity<String> submitted = submitPod(KPI_KEY, ids.get(name), Map.of("recipientName", "R. " + name));
        assertThat(submitted.getStatusCode()).as(submitted.getBody()).isEqualTo(HttpStatus.CREATED);
    }
}
