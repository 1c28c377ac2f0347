package io.lastmilehub.planning;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.VehicleType;
import io.lastmilehub.planning.travel.TravelLeg;
import io.lastmilehub.planning.travel.TravelMatrix;
import io.lastmilehub.planning.travel.TravelProfile;
import io.lastmilehub.planning.travel.TravelTimeProvider;
import org.junit.jupiter.api.Test;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.KOLLWITZPLATZ;
import static io.lastmilehub.planning.BerlinDay.WESTHAFEN;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.van;
import static org.assertj.core.api.Assertions.assertThat;

class PlanningContextTest {

    /** Every trip is 1 km and 60 s; remembers what it was asked. */
    private static final class CountingTravelTimes implements TravelTimeProvider {

        private final List<TravelProfile> matrixRequests = new ArrayList<>();
        private final List<List<GeoPoint>> matrixPoints = new ArrayList<>();

        @Override
        public TravelLeg leg(GeoPoint from, GeoPoint to, TravelProfile profile) {
            return new TravelLeg(1000, 60);
        }

        @Override
        public TravelMatrix matrix(List<GeoPoint> points, TravelProfile profile) {
            matrixRequests.add(profile);
            matrixPoints.add(points);
            return TravelTimeProvider.super.matrix(points, profile);
        }
    }

    @Test
    void whenVehiclesShareAProfile_itShouldAskForOneMatrixPerProfileOverDistinctLocations() {
        CountingTravelTimes travel = new CountingTravelTimes();
        PlanningRequest request = PlanningRequest.builder().planId("p").tenant(BerlinDay.TENANT)
                .depot(BerlinDay.depot()).planningDate(BerlinDay.DATE)
                .vehicle(van("van-1", 100).build()).vehicle(van("van-2", 100).build())
                .vehicle(van("van-slow", 100).speedKmh(20).build())
                .vehicle(van("bike", 100).type(VehicleType.CARGO_BIKE).build())
                .order(order("o-1", ALEXANDERPLATZ, 1).build()).order(order("o-2", KOLLWITZPLATZ, 1).build())
                .order(order("o-3", ALEXANDERPLATZ, 1).build()).order(order("o-4", WESTHAFEN, 1).build())
                .build();

        PlanningContext context = PlanningContext.prepare(request, travel);

        assertThat(travel.matrixRequests).containsExactly(TravelProfile.of(VehicleType.VAN),
                new TravelProfile(VehicleType.VAN, 20), TravelProfile.of(VehicleType.CARGO_BIKE));
        assertThat(travel.matrixPoints.get(0)).containsExactly(WESTHAFEN, ALEXANDERPLATZ, KOLLWITZPLATZ);
        assertThat(context.orders()).extracting(OrderNeeds::locationIndex).containsExactly(1, 2, 1, 0);
    }

    @Test
    void whenPlanningWithAnotherProvider_theRoutesShouldUseItsNumbers() {
        PlanningRequest request = PlanningRequest.builder().planId("p").tenant(BerlinDay.TENANT)
                .depot(BerlinDay.depot()).planningDate(BerlinDay.DATE).vehicle(van("van-1", 100).build())
                .order(order("o-1", ALEXANDERPLATZ, 1).build()).options(BerlinDay.FAST).build();
        Plan plan = new PlanningEngine(new CountingTravelTimes()).plan(request);
        assertThat(plan.getRoutes().get(0).getDistanceMeters()).isEqualTo(2000);
        assertThat(plan.getRoutes().get(0).getStops().get(0).getDurationSeconds()).isEqualTo(60);
    }

    @Test
    void whenSkillsDifferInCaseOrSpaces_theyShouldMatch() {
        assertThat(PlanningContext.normalise(Set.of(" Cold-Chain ", "", "AGE-CHECK")))
                .containsExactlyInAnyOrder("cold-chain", "age-check");
    }
}
