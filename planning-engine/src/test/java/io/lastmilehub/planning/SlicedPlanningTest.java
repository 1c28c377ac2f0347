package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.RushHour;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.TrafficZone;
import io.lastmilehub.model.VehicleType;
import io.lastmilehub.planning.travel.GreatCircleTravelTimes;
import io.lastmilehub.planning.travel.TimeSlicedTravelTimes;
import io.lastmilehub.planning.travel.TravelLeg;
import io.lastmilehub.planning.travel.TravelMatrix;
import io.lastmilehub.planning.travel.TravelProfile;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.SAVIGNYPLATZ;
import static io.lastmilehub.planning.BerlinDay.ZONE;
import static io.lastmilehub.planning.BerlinDay.depot;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.request;
import static io.lastmilehub.planning.BerlinDay.van;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * A routing service that knows the traffic of each time slice plans by its own matrices: the fleet file's zones only
 * cut the day into slices. Here the zones put the 08:00 jam around Alexanderplatz, the service knows it is around
 * Savignyplatz, and the van follows the service.
 */
class SlicedPlanningTest {

    /** Great-circle trips, four times as long from 08:00 to 09:00 for a trip from or to near Savignyplatz. */
    private static final class JamAroundSavignyplatz implements TimeSlicedTravelTimes {

        private final GreatCircleTravelTimes freeFlow = new GreatCircleTravelTimes();
        private final List<Instant> sliceStarts = new ArrayList<>();

        @Override
        public TravelLeg leg(GeoPoint from, GeoPoint to, TravelProfile profile) {
            return freeFlow.leg(from, to, profile);
        }

        @Override
        public TravelMatrix matrix(List<GeoPoint> points, TravelProfile profile, Instant start, Instant end) {
            sliceStarts.add(start);
            TravelMatrix free = freeFlow.matrix(points, profile);
            boolean jam = !start.equals(Instant.MIN) && start.atZone(ZONE).toLocalTime().equals(LocalTime.of(8, 0));
            return TravelMatrix.compute(points.size(), (from, to) -> {
                boolean near = points.get(from).distanceMetersTo(SAVIGNYPLATZ) < 1500
                        || points.get(to).distanceMetersTo(SAVIGNYPLATZ) < 1500;
                return new TravelLeg(free.distanceMeters(from, to),
                        free.durationSeconds(from, to) * (jam && near ? 4 : 1));
            });
        }
    }

    /** The fleet file's view: an hour of jams, 08:00 to 09:00, around Alexanderplatz. */
    private static Depot jammedAtAlexanderplatz() {
        TrafficZone jam = TrafficZone.builder().name("jam").center(ALEXANDERPLATZ).radiusKm(1.5)
                .rushHour(RushHour.builder().from(LocalTime.of(8, 0)).to(LocalTime.of(9, 0)).factor(4).build())
                .build();
        return depot().toBuilder().trafficZone(jam).build();
    }

    /** Two one-hour deliveries, one van from 08:00: whichever stop is served first is driven to at 08:00. */
    private static PlanningRequest twoLongStops() {
        List<DeliveryOrder> orders = List.of(order("o-alex", ALEXANDERPLATZ, 10).serviceTimeSeconds(3600).build(),
                order("o-savigny", SAVIGNYPLATZ, 10).serviceTimeSeconds(3600).build());
        return request(List.of(van("van-1", 100).build()), orders).depot(jammedAtAlexanderplatz()).build();
    }

    @Test
    void whenTheServiceKnowsTheJamElsewhere_theVanShouldAvoidWhereTheServiceSaysAndDriveItsTimes() {
        JamAroundSavignyplatz service = new JamAroundSavignyplatz();

        Plan plan = new PlanningEngine(service).plan(twoLongStops());

        List<Stop> stops = plan.getRoutes().get(0).getStops();
        assertThat(stops).extracting(Stop::getOrderId).containsExactly("o-alex", "o-savigny");
        // driven at 08:00 to Alexanderplatz: the service's free-flow time, no zone factor on top
        double freeFlow = new GreatCircleTravelTimes().leg(depot().getLocation(), ALEXANDERPLATZ,
                TravelProfile.of(VehicleType.VAN)).durationSeconds();
        assertThat(stops.get(0).getDurationSeconds()).isEqualTo(Math.round(freeFlow));
        // the rush hour's start and end on the day before, the day and the day after cut 7 slices
        assertThat(service.sliceStarts).hasSize(7).first().isEqualTo(Instant.MIN);
    }

    @Test
    void whenTheZonesAloneTimeTheDay_theVanShouldAvoidAlexanderplatz() {
        Plan plan = new PlanningEngine().plan(twoLongStops());

        assertThat(plan.getRoutes().get(0).getStops()).extracting(Stop::getOrderId)
                .containsExactly("o-savigny", "o-alex");
    }
}
