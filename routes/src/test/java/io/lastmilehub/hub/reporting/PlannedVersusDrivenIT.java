package io.lastmilehub.hub.reporting;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.hub.testsupport.TrackedRouteTest;
import io.lastmilehub.model.GeoPoint;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInstance;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;

/**
 * A route of tenant "kpi" planned over the plan API and driven by a phone on its vehicle that reports, as Traccar
 * Client does over OsmAnd, four positions ten minutes apart heading north from the depot, with its odometer and
 * speed. The hand count:
 *
 * <pre>
 * time   where (from the depot)  odometer  speed (knots, km/h)
 * 07:00  at the depot            10,000 m  20 kn  37.0 km/h
 * 07:10  0.01° north             12,500 m  55 kn 101.9 km/h  over 90: harsh speed event 1
 * 07:20  0.02° north             15,000 m  30 kn  55.6 km/h
 * 07:30  0.03° north             17,000 m  60 kn 111.1 km/h  over 90 again: harsh speed event 2
 * </pre>
 * Driven by the odometer 7 km, by the positions the three legs between them; 30 minutes from first to last.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class PlannedVersusDrivenIT extends TrackedRouteTest {

    /** A day no other test plans, ahead so that the hub's clock only ever moves forward. */
    private static final LocalDate DAY = LocalDate.now(OTTAWA).plusDays(4);
    private static final String QUERY = "?from=" + DAY + "&to=" + DAY;
    private static final GeoPoint DEPOT = GeoPoint.builder().latitude(45.4215).longitude(-75.6972).build();
    /** The fleet file's energy per km of the demo fleet's vehicles (the courier's says none). */
    private static final Map<String, Double> ENERGY_PER_KM = Map.of("van-1", 0.21, "van-2", 0.21,
            "cargo-bike-1", 0.01);

    private JsonNode route;
    private double positionsMeters;

    @BeforeAll
    void driveTheRoute() throws Exception {
        try {
            at(6, 0);
            ZonedDateTime window = DAY.atTime(8, 0).atZone(OTTAWA);
            String order = order(KPI_KEY, "kpi", "driven-1", "K1P 1J1", 45.45, -75.69, window, Duration.ofHours(10));
            JsonNode plan = plan(KPI_KEY, DAY, List.of(order));
            String vehicle = vehicleServing(plan, order);
            for (JsonNode planned : plan.path("routes")) {
                route = planned.path("vehicleId").asText().equals(vehicle) ? planned : route;
            }
            String phone = phoneOn(KPI_KEY, vehicle);
            GeoPoint previous = null;
            int[] knots = {20, 55, 30, 60};
            for (int i = 0; i < 4; i++) {
                Instant time = at(7, 10 * i);
                GeoPoint here = GeoPoint.builder().latitude(DEPOT.getLatitude() + 0.01 * i)
                        .longitude(DEPOT.getLongitude()).build();
                positionsMeters += previous == null ? 0 : previous.distanceMetersTo(here);
                previous = here;
                report(phone, here, time, knots[i], 10_000 + new int[] {0, 2_500, 5_000, 7_000}[i]);
            }
        } finally {
            CLOCK.reset();
        }
    }

    @AfterAll
    void backToNow() {
        CLOCK.reset();
    }

    @Test
    void theRouteShouldShowPlannedAgainstDriven() throws Exception {
        JsonNode figures = routeFigures(KPI_KEY);
        assertThat(figures.path("planId").asText()).isNotBlank();
        assertThat(figures.path("plannedDistanceKm").asDouble()).isCloseTo(
                route.path("distanceMeters").asDouble() / 1000, within(0.01));
        assertThat(figures.path("plannedMinutes").asDouble()).isCloseTo(Duration.between(
                Instant.parse(route.path("start").asText()), Instant.parse(route.path("end").asText()))
                .toSeconds() / 60.0, within(0.01));
        assertThat(figures.path("positions").asLong()).isEqualTo(4);
        assertThat(figures.path("positionsDistanceKm").asDouble()).isCloseTo(positionsMeters / 1000, within(0.01));
        assertThat(figures.path("odometerDistanceKm").asDouble()).isEqualTo(7.0);
        assertThat(figures.path("drivenDistanceKm").asDouble()).as("the odometer's, where the device has one")
                .isEqualTo(7.0);
        assertThat(figures.path("drivenMinutes").asDouble()).isEqualTo(30.0);
        assertThat(figures.path("harshSpeedEvents").asLong()).isEqualTo(2);
        assertThat(figures.path("maxSpeedKmh").asDouble()).isCloseTo(60 * 1.852, within(0.01));
        Double perKm = ENERGY_PER_KM.get(route.path("vehicleId").asText());
        if (perKm != null) {
            assertThat(figures.path("energyPerKm").asDouble()).isEqualTo(perKm);
            assertThat(figures.path("drivenEnergy").asDouble()).isCloseTo(7.0 * perKm, within(0.01));
        }
        assertThat(figures.hasNonNull("fuelUsedLitres")).as("OsmAnd reports no fuel counter").isFalse();

        JsonNode period = kpi(KPI_KEY).path("periods").get(0).path("plannedVersusDriven");
        assertThat(period.path("trackedRoutes").asLong()).isEqualTo(1);
        assertThat(period.path("drivenDistanceKm").asDouble()).isEqualTo(7.0);
        assertThat(period.path("drivenHours").asDouble()).isEqualTo(0.5);
        assertThat(period.path("harshSpeedEvents").asLong()).isEqualTo(2);
    }

    @Test
    void theDriverShouldBeChargedTheHarshSpeedEventsOfTheVehicleTheyDrove() throws Exception {
        String driver = route.hasNonNull("driverId") ? route.path("driverId").asText()
                : route.path("vehicleId").asText();
        JsonNode drivers = json.readTree(get("/api/v1/reports/drivers" + QUERY, KPI_KEY).getBody());
        JsonNode figures = null;
        for (JsonNode candidate : drivers) {
            figures = candidate.path("driver").asText().equals(driver) ? candidate : figures;
        }
        assertThat(figures).as(drivers.toString()).isNotNull();
        assertThat(figures.path("harshSpeedEvents").asLong()).isEqualTo(2);
    }

    @Test
    void theRoutesShouldComeAsCsvAndOnlyToTheirTenant() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", KPI_KEY);
        headers.set("Accept", "text/csv");
        ResponseEntity<String> csv = http.exchange("/api/v1/reports/routes" + QUERY, HttpMethod.GET,
                new HttpEntity<>(headers), String.class);
        assertThat(csv.getStatusCode()).isEqualTo(HttpStatus.OK);
        String[] lines = csv.getBody().split("\r\n");
        List<String> header = List.of(lines[0].split(","));
        List<String> row = List.of(lines[1].split(","));
        assertThat(row.get(header.indexOf("vehicleId"))).isEqualTo(route.path("vehicleId").asText());
        assertThat(row.get(header.indexOf("odometerDistanceKm"))).isEqualTo("7.0");
        assertThat(json.readTree(get("/api/v1/reports/routes" + QUERY, OTHER_KEY).getBody())).isEmpty();
    }

    private JsonNode routeFigures(String key) throws Exception {
        ResponseEntity<String> response = get("/api/v1/reports/routes" + QUERY, key);
        assertThat(response.getStatusCode()).as(response.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode routes = json.readTree(response.getBody());
        assertThat(routes).hasSize(1);
        return routes.get(0);
    }

    private JsonNode kpi(String key) throws Exception {
        return json.readTree(get("/api/v1/reports/kpis" + QUERY, key).getBody());
    }

    /** A position as Traccar Client sends it: speed in knots, odometer in metres. */
    private void report(String device, GeoPoint at, Instant time, int knots, int odometer) {
        assertThat(http.getForEntity("/devices/osmand?secret=" + secretOf(device) + "&id=" + device + "&lat="
                + at.getLatitude() + "&lon=" + at.getLongitude() + "&timestamp=" + time.getEpochSecond() + "&speed="
                + knots + "&odometer=" + odometer, String.class).getStatusCode()).isEqualTo(HttpStatus.OK);
    }

    /** Moves the hub's clock to this time of the day; the instant. */
    private static Instant at(int hour, int minute) {
        Instant then = DAY.atTime(hour, minute).atZone(OTTAWA).toInstant();
        CLOCK.shift(Duration.between(Instant.now(), then));
        return then;
    }
}
