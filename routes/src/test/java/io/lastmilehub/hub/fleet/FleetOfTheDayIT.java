package io.lastmilehub.hub.fleet;

import io.lastmilehub.hub.config.Fleet;
import io.lastmilehub.hub.config.FleetRegistry;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.Driver;
import io.lastmilehub.model.Vehicle;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;

import java.time.LocalDate;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The fleet planning and reporting read for a day (tenant "fleet"): a driver's day off set through the API takes
 * the driver and the van off that day's plans; a past day is planned and reported with that day's fleet.
 */
class FleetOfTheDayIT extends HubIntegrationTest {

    @Autowired
    private FleetOfTheDay fleetOfTheDay;
    @Autowired
    private FleetRegistry files;

    @Test
    void aDayOffSetThroughTheApiShouldTakeTheDriverAndTheVanOffThatDaysPlans() {
        Depot ottawa = files.fleetOf("fleet").depot("ottawa").orElseThrow();
        LocalDate dayOff = LocalDate.now(ZoneId.of(ottawa.getZoneId())).plusDays(10);
        assertThat(putJson("/api/v1/fleet/drivers/drv-ana/availability", FLEET_KEY,
                "{\"daysOff\":[\"" + dayOff + "\"]}").getStatusCode()).isEqualTo(HttpStatus.OK);

        Fleet offDay = fleetOfTheDay.forPlanning("fleet", ottawa, dayOff);
        Fleet weekLater = fleetOfTheDay.forPlanning("fleet", ottawa, dayOff.plusDays(7));

        assertThat(offDay.drivers()).extracting(Driver::getId).doesNotContain("drv-ana");
        assertThat(offDay.vehicles()).extracting(Vehicle::getId).doesNotContain("van-1").contains("van-2");
        assertThat(weekLater.drivers()).extracting(Driver::getId).contains("drv-ana");
        assertThat(weekLater.vehicles()).extracting(Vehicle::getId).contains("van-1");
    }

    @Test
    void aPastDayShouldBeReadWithTheFleetOfThatDay() {
        LocalDate today = LocalDate.now(ZoneId.of("America/Toronto"));
        assertThat(putJson("/api/v1/fleet/vehicles/cargo-bike-1", FLEET_KEY, "{\"id\":\"cargo-bike-1\","
                + "\"type\":\"VAN\",\"zeroEmission\":false,\"depotId\":\"ottawa\",\"capacity\":{\"weightKg\":600},"
                + "\"costs\":{\"currency\":\"CAD\"}}").getStatusCode()).isEqualTo(HttpStatus.OK);

        Vehicle lastMonth = fleetOfTheDay.asStored("fleet", "ottawa", today.minusMonths(1)).vehicles().stream()
                .filter(v -> v.getId().equals("cargo-bike-1")).findFirst().orElseThrow();
        Vehicle now = fleetOfTheDay.asStored("fleet", "ottawa", today).vehicles().stream()
                .filter(v -> v.getId().equals("cargo-bike-1")).findFirst().orElseThrow();

        assertThat(lastMonth.isZeroEmissionMode()).as("a cargo bike last month").isTrue();
        assertThat(now.isZeroEmissionMode()).as("a diesel van since today").isFalse();
    }
}
