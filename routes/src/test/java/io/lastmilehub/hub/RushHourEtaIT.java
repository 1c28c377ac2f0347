package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.WireMock;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import io.lastmilehub.hub.testsupport.TrackedRouteTest;
import io.lastmilehub.model.GeoPoint;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathMatching;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * Live ETAs in the running hub drive the leg ahead at the traffic of the moment: tenant road's depot ottawa has rush
 * hours from 05:00 to 22:00 (factor 1.5) and its van's route was planned at 07:00, in them. A position at the depot at
 * 04:00 drives the leg at free flow, one at 06:00 in the rush hour; the plan's speed would give both the same time.
 */
class RushHourEtaIT extends TrackedRouteTest {

    private static final GeoPoint DEPOT = GeoPoint.builder().latitude(45.42).longitude(-75.45).build();
    private static final GeoPoint CUSTOMER = GeoPoint.builder().latitude(45.43).longitude(-75.44).build();
    /** The router's leg from the depot to the customer: 8 km in 10 free-flow minutes. */
    private static final double METRES = 8000;
    private static final double FREE_FLOW_SECONDS = 600;

    @Test
    void aPositionInTheRushHourGetsALaterEtaThanTheSamePositionBeforeIt() throws Exception {
        ObjectNode table = json.createObjectNode().put("code", "Ok");
        table.set("durations", json.valueToTree(new double[][] {{0, FREE_FLOW_SECONDS}, {580, 0}}));
        table.set("distances", json.valueToTree(new double[][] {{0, METRES}, {7900, 0}}));
        ROAD_ROUTER.stubFor(WireMock.get(urlPathMatching("/table/v1/driving/-75\\.450000,45\\.420000;.*"))
                .willReturn(aResponse().withHeader("Content-Type", "application/json")
                        .withBody(json.writeValueAsString(table))));
        LocalDate day = LocalDate.now(OTTAWA).plusDays(9);
        String order = order(ROAD_KEY, "road", "rush-eta-1", "K4C 1A1", CUSTOMER.getLatitude(),
                CUSTOMER.getLongitude(), day.atTime(LocalTime.of(7, 0)).atZone(OTTAWA), Duration.ofHours(10));
        JsonNode plan = plan(ROAD_KEY, day, List.of(order));
        assertThat(plan.path("routes").get(0).path("stops").get(0).path("durationSeconds").asLong())
                .as("planned at 07:00, in the rush hour").isEqualTo(900);
        String phone = phoneOn(ROAD_KEY, vehicleServing(plan, order));

        double beforeRushHour = secondsToTheStop(phone, order, day.atTime(4, 0).atZone(OTTAWA).toInstant());
        double inRushHour = secondsToTheStop(phone, order, day.atTime(6, 0).atZone(OTTAWA).toInstant());

        double freeFlow = DEPOT.distanceMetersTo(CUSTOMER) * 1.3 / (METRES / FREE_FLOW_SECONDS);
        assertThat(beforeRushHour).isCloseTo(freeFlow, within(2.0));
        assertThat(inRushHour).isCloseTo(1.5 * freeFlow, within(2.0));
    }

    /** The device reports at the depot at a moment (the hub's clock moved there): seconds to the stop it publishes. */
    private double secondsToTheStop(String phone, String order, Instant at) throws Exception {
        try (TopicRecorder etas = new TopicRecorder("lastmile.eta")) {
            CLOCK.shift(Duration.between(Instant.now(), at));
            report(phone, DEPOT.getLatitude(), DEPOT.getLongitude(), at.getEpochSecond());
            await().atMost(Duration.ofSeconds(10)).until(() -> !etas.entriesWhere("etas", "orderId", order).isEmpty());
            Instant eta = Instant.parse(etas.entriesWhere("etas", "orderId", order).get(0).path("eta").asText());
            return Duration.between(at, eta).toMillis() / 1000.0;
        } finally {
            CLOCK.reset();
        }
    }
}
