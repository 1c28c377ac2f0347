package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Shift;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;
import io.lastmilehub.model.Vehicle;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.time.LocalTime;
import java.util.List;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.BERGMANNSTRASSE;
import static io.lastmilehub.planning.BerlinDay.KOLLWITZPLATZ;
import static io.lastmilehub.planning.BerlinDay.assertEveryOrderAccountedFor;
import static io.lastmilehub.planning.BerlinDay.at;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.request;
import static io.lastmilehub.planning.BerlinDay.routeOf;
import static io.lastmilehub.planning.BerlinDay.window;
import static org.assertj.core.api.Assertions.assertThat;

class DriverBreakTest {

    /** A morning stop, a midday stop and an afternoon stop: the route runs from about 08:40 to 16:30. */
    private static final List<DeliveryOrder> LONG_DAY = List.of(
            order("o-morning", ALEXANDERPLATZ, 5).timeWindow(window(9, 0, 9, 30)).build(),
            order("o-midday", KOLLWITZPLATZ, 5).timeWindow(window(11, 0, 13, 0)).build(),
            order("o-afternoon", BERGMANNSTRASSE, 5).timeWindow(window(16, 0, 16, 30)).build());

    private static Vehicle van(Shift shift) {
        return BerlinDay.van("van-1", 500).shift(shift).build();
    }

    @Test
    void whenTheRouteRunsPastTheBreakLimit_itShouldHaveA45MinuteBreakStartingInTime() {
        Shift eu = Shift.builder().start(LocalTime.of(8, 0)).end(LocalTime.of(18, 0)).breakAfterMinutes(270)
                .breakMinutes(45).build();
        PlanningRequest request = request(List.of(van(eu)), LONG_DAY).build();

        Plan plan = new PlanningEngine().plan(request);

        assertEveryOrderAccountedFor(request, plan);
        Route route = routeOf(plan, "van-1");
        List<Stop> breaks = route.getStops().stream().filter(stop -> stop.getType() == StopType.BREAK).toList();
        assertThat(breaks).singleElement().satisfies(pause -> {
            assertThat(pause.getOrderId()).isNull();
            assertThat(Duration.between(pause.getEta(), pause.getDeparture())).isGreaterThanOrEqualTo(
                    Duration.ofMinutes(45));
            assertThat(pause.getDeparture().minus(Duration.ofMinutes(45))).isBetween(at(10, 15), at(12, 30));
        });
        assertThat(plan.getCost().getOrdersPlanned()).isEqualTo(3);
    }

    @Test
    void whenTheShiftHasNoBreakRule_theRouteShouldHaveNoBreak() {
        PlanningRequest request = request(List.of(van(BerlinDay.shift(8, 18))), LONG_DAY).build();

        Plan plan = new PlanningEngine().plan(request);

        assertThat(routeOf(plan, "van-1").getStops()).extracting(Stop::getType).doesNotContain(StopType.BREAK);
    }

    @Test
    void whenTheRouteIsBackBeforeTheBreakIsDue_itShouldHaveNoBreak() {
        Shift eu = Shift.builder().start(LocalTime.of(8, 0)).end(LocalTime.of(18, 0)).breakAfterMinutes(270)
                .breakMinutes(45).build();
        PlanningRequest request = request(List.of(van(eu)), List.of(LONG_DAY.get(0))).build();

        Plan plan = new PlanningEngine().plan(request);

        assertThat(routeOf(plan, "van-1").getStops()).extracting(Stop::getType).containsExactly(StopType.DELIVERY);
    }

    @Test
    void whenABreakRuleIsMade_itsWindowShouldCloseAtTheLimitAfterTheShiftStarts() {
        BreakRule rule = BreakRule.of(8 * 3600, 270, 45);

        assertThat(rule.window()).isEqualTo(new Interval(8 * 3600 + 135 * 60, 8 * 3600 + 270 * 60));
        assertThat(rule.seconds()).isEqualTo(2700);
        assertThat(BreakRule.of(8 * 3600, 0, 45)).isNull();
    }
}
