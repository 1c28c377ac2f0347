package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Shift;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;
import io.lastmilehub.planning.travel.GreatCircleTravelTimes;
import org.junit.jupiter.api.Test;

import java.util.List;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.BOXHAGENER_PLATZ;
import static io.lastmilehub.planning.BerlinDay.HERMANNPLATZ;
import static io.lastmilehub.planning.BerlinDay.KOLLWITZPLATZ;
import static io.lastmilehub.planning.BerlinDay.SAVIGNYPLATZ;
import static io.lastmilehub.planning.BerlinDay.assertEveryOrderAccountedFor;
import static io.lastmilehub.planning.BerlinDay.at;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.request;
import static io.lastmilehub.planning.BerlinDay.routeOf;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

class ReplanTest {

    private static final DeliveryOrder KOLLWITZ = order("o-kollwitz", KOLLWITZPLATZ, 5).build();
    private static final DeliveryOrder SAVIGNY = order("o-savigny", SAVIGNYPLATZ, 5).build();
    private static final DeliveryOrder BOXHAGEN = order("o-boxhagen", BOXHAGENER_PLATZ, 5).build();
    private static final DeliveryOrder HERMANN = order("o-hermann", HERMANNPLATZ, 5).build();

    private final PlanningEngine engine = new PlanningEngine();

    @Test
    void whenAVanIsUnderWay_itsRouteShouldStartWhereItIsWhenItIsFree() {
        PlanningRequest request = request(List.of(BerlinDay.van("van-1", 500).build()), List.of(KOLLWITZ, BOXHAGEN))
                .build();
        CurrentRoutes current = new CurrentRoutes(List.of(new VehicleProgress("van-1", ALEXANDERPLATZ, at(11, 0),
                List.of("o-kollwitz"))));

        Plan plan = engine.replan(request, current);

        assertEveryOrderAccountedFor(request, plan);
        Route route = routeOf(plan, "van-1");
        assertThat(route.getStart()).isAfterOrEqualTo(at(11, 0));
        Stop first = route.getStops().get(0);
        assertThat(first.getDistanceMeters()).as("first leg from where it is").isCloseTo(
                ALEXANDERPLATZ.distanceMetersTo(first.getLocation()) * GreatCircleTravelTimes.DEFAULT_DETOUR_FACTOR,
                within(1.0));
        assertThat(route.getStops()).extracting(Stop::getOrderId).contains("o-kollwitz", "o-boxhagen");
    }

    @Test
    void whenAnotherVanWouldBeCheaper_aDispatchedOrderShouldStayOnItsVan() {
        PlanningRequest request = request(List.of(BerlinDay.van("van-1", 500).build(),
                BerlinDay.van("van-2", 500).build()), List.of(SAVIGNY)).build();
        CurrentRoutes current = new CurrentRoutes(List.of(new VehicleProgress("van-1", BOXHAGENER_PLATZ,
                at(10, 0), List.of("o-savigny"))));

        Plan fresh = engine.plan(request);
        Plan replanned = engine.replan(request, current);

        assertThat(routeOf(fresh, "van-1").getStops()).as("from the depot either van would do").hasSize(1);
        assertThat(routeOf(replanned, "van-1").getStops()).extracting(Stop::getOrderId).containsExactly("o-savigny");
        assertThat(replanned.getRoutes()).hasSize(1);
    }

    @Test
    void whenFixedStopsAreInAnExpensiveOrder_theyShouldKeepItAndNewStopsGoBetweenThem() {
        PlanningRequest request = request(List.of(BerlinDay.van("van-1", 500).build()),
                List.of(SAVIGNY, BOXHAGEN, KOLLWITZ, HERMANN)).build();
        CurrentRoutes current = new CurrentRoutes(List.of(new VehicleProgress("van-1", ALEXANDERPLATZ, at(9, 0),
                List.of("o-savigny", "o-boxhagen", "o-kollwitz"))));

        Plan plan = engine.replan(request, current);

        List<String> sequence = routeOf(plan, "van-1").getStops().stream().map(Stop::getOrderId).toList();
        assertThat(sequence).hasSize(4);
        assertThat(sequence.stream().filter(id -> !id.equals("o-hermann")).toList())
                .containsExactly("o-savigny", "o-boxhagen", "o-kollwitz");
    }

    @Test
    void whenReplanningAfterItsBreakWindow_theNearestDriverShouldStillBeUsedAndPlannedNoBreak() {
        Shift eu = BerlinDay.shift(8, 18).toBuilder().breakAfterMinutes(270).breakMinutes(45).build();
        PlanningRequest request = request(List.of(BerlinDay.van("van-1", 500).shift(eu).build(),
                BerlinDay.van("van-2", 500).build()), List.of(KOLLWITZ)).build();
        CurrentRoutes current = new CurrentRoutes(List.of(
                new VehicleProgress("van-1", ALEXANDERPLATZ, at(13, 0), List.of()),
                new VehicleProgress("van-2", BerlinDay.WESTHAFEN, at(13, 0), List.of())));

        Plan plan = engine.replan(request, current);

        assertThat(routeOf(plan, "van-1").getStops()).extracting(Stop::getOrderId).containsExactly("o-kollwitz");
        assertThat(routeOf(plan, "van-1").getStops()).extracting(Stop::getType).doesNotContain(StopType.BREAK);
    }

    @Test
    void whenTheShiftEndsBeforeItsDispatchedStopsAreServed_theVanShouldKeepThemAndOnlyTakeNoNewOnes() {
        PlanningRequest request = request(List.of(BerlinDay.van("van-1", 500).build()),
                List.of(SAVIGNY, BOXHAGEN, HERMANN)).build();
        CurrentRoutes current = new CurrentRoutes(List.of(new VehicleProgress("van-1", ALEXANDERPLATZ, at(17, 50),
                List.of("o-savigny", "o-boxhagen"))));

        Plan plan = engine.replan(request, current);

        assertEveryOrderAccountedFor(request, plan);
        Route route = routeOf(plan, "van-1");
        assertThat(route.getStops()).extracting(Stop::getOrderId).containsExactly("o-savigny", "o-boxhagen");
        assertThat(route.getEnd()).as("overtime: the goods are on board").isAfter(at(18, 0));
        assertThat(plan.getUnassigned()).extracting(u -> u.getOrderId()).containsExactly("o-hermann");
    }

    @Test
    void whenAFixedOrderIsNotInTheRequest_itShouldBeRefused() {
        PlanningRequest request = request(List.of(BerlinDay.van("van-1", 500).build()), List.of(KOLLWITZ)).build();
        CurrentRoutes current = new CurrentRoutes(List.of(new VehicleProgress("van-1", ALEXANDERPLATZ, at(9, 0),
                List.of("o-gone"))));

        assertThatThrownBy(() -> engine.replan(request, current)).isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("o-gone");
    }
}
