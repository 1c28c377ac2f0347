package io.lastmilehub.planning;

import com.graphhopper.jsprit.core.problem.job.Delivery;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.UnassignedReason;
import io.lastmilehub.model.Vehicle;
import io.lastmilehub.planning.travel.MatrixTransportCosts;
import io.lastmilehub.planning.travel.TravelLeg;
import io.lastmilehub.planning.travel.TravelMatrix;
import org.junit.jupiter.api.Test;

import java.util.List;
import java.util.Map;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.HERMANNPLATZ;
import static io.lastmilehub.planning.BerlinDay.KOLLWITZPLATZ;
import static io.lastmilehub.planning.BerlinDay.SAVIGNYPLATZ;
import static io.lastmilehub.planning.BerlinDay.assertEveryOrderAccountedFor;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.request;
import static io.lastmilehub.planning.BerlinDay.routeOf;
import static io.lastmilehub.planning.BerlinDay.unassignedOf;
import static org.assertj.core.api.Assertions.assertThat;

class PerTripRangeTest {

    /** Location 0 the base, 1 at 7 km, 2 at 8 km (straight, both ways). */
    private static final TravelMatrix MATRIX = TravelMatrix.compute(3, (i, j) -> {
        double[] fromBase = {0, 7000, 8000};
        return i == j ? TravelLeg.ZERO : new TravelLeg(i == 0 ? fromBase[j] : j == 0 ? fromBase[i] : 9000, 600);
    });

    @Test
    void whenAStopIsWithinHalfTheRange_itShouldBeAllowedAndBeyondItRefused() {
        PerTripRange rule = new PerTripRange(Map.of("drone-1", 15_000.0),
                MatrixTransportCosts.builder().addMatrix("p", MATRIX).build());

        assertThat(rule.fulfilled(JspritFixtures.insertion(JspritFixtures.vehicle("drone-1", 0),
                Delivery.Builder.newInstance("near").setLocation(JspritFixtures.at(1)).build()))).isTrue();
        assertThat(rule.fulfilled(JspritFixtures.insertion(JspritFixtures.vehicle("drone-1", 0),
                Delivery.Builder.newInstance("far").setLocation(JspritFixtures.at(2)).build()))).isFalse();
        assertThat(rule.fulfilled(JspritFixtures.insertion(JspritFixtures.vehicle("van-1", 0),
                Delivery.Builder.newInstance("far").setLocation(JspritFixtures.at(2)).build()))).isTrue();
    }

    @Test
    void whenTheDayIsLongerThanTheRangeButEveryTripShorter_theDroneShouldServeEveryStop() {
        Vehicle drone = PerTripPayloadTest.drone().toBuilder().rangeKm(12).build();
        List<DeliveryOrder> orders = List.of(order("o-1", ALEXANDERPLATZ, 1).build(),
                order("o-2", KOLLWITZPLATZ, 1).build(), order("o-3", SAVIGNYPLATZ, 1).build(),
                order("o-far", HERMANNPLATZ, 1).build());
        PlanningRequest request = request(List.of(drone), orders).build();

        Plan plan = new PlanningEngine().plan(request);

        assertEveryOrderAccountedFor(request, plan);
        Route route = routeOf(plan, "drone-1");
        assertThat(route.getStops()).hasSize(3);
        assertThat(route.getDistanceMeters()).as("the day is longer than one trip may be").isGreaterThan(12_000);
        assertThat(unassignedOf(plan, "o-far").getReasonCode()).isEqualTo(UnassignedReason.OUT_OF_RANGE);
    }
}
