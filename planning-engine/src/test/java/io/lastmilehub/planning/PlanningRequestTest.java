package io.lastmilehub.planning;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Depot;
import io.lastmilehub.model.TimeWindow;
import org.junit.jupiter.api.Test;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.order;
import static io.lastmilehub.planning.BerlinDay.van;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class PlanningRequestTest {

    @Test
    void whenBuiltWithoutOptions_itShouldUseTheDefaults() {
        PlanningRequest request = BerlinDay.fiveOrdersTwoVans().options(null).build();
        assertThat(request.options()).isEqualTo(PlanningOptions.defaults());
        assertThat(request.options().maxIterations()).isEqualTo(2000);
        assertThat(request.options().timeBudget()).isEqualTo(Duration.ofSeconds(30));
        assertThat(request.zone()).isEqualTo(BerlinDay.ZONE);
        assertThat(request.currency()).isEqualTo("EUR");
    }

    @Test
    void whenTheInputListsChangeLater_theRequestShouldNotChange() {
        List<DeliveryOrder> orders = new ArrayList<>(List.of(order("o-1", ALEXANDERPLATZ, 1).build()));
        PlanningRequest request = BerlinDay.fiveOrdersTwoVans().orders(orders).build();
        orders.clear();
        assertThat(request.orders()).hasSize(6);
        assertThat(request.orders()).isUnmodifiable();
    }

    @Test
    void whenAVehicleHasNoCosts_theCurrencyShouldBeEuro() {
        PlanningRequest request = base().vehicle(van("van-1", 100).costs(null).build()).build();
        assertThat(request.currency()).isEqualTo(PlanningRequest.DEFAULT_CURRENCY);
    }

    @Test
    void whenSomethingIsMissing_itShouldNameIt() {
        assertThatIllegalArgumentException().isThrownBy(() -> base().planId(" ").build())
                .withMessageContaining("planId");
        assertThatIllegalArgumentException().isThrownBy(() -> base().tenant(null).build())
                .withMessageContaining("tenant");
        assertThatIllegalArgumentException().isThrownBy(() -> base().depot(null).build())
                .withMessageContaining("depot");
        assertThatIllegalArgumentException().isThrownBy(() -> base().planningDate(null).build())
                .withMessageContaining("planningDate");
        assertThatIllegalArgumentException().isThrownBy(() -> base().order(null).build())
                .withMessageContaining("orders must not contain null");
    }

    @Test
    void whenTheDepotZoneIsNotAZone_itShouldSaySo() {
        Depot depot = BerlinDay.depot().toBuilder().zoneId("Europe/Atlantis").build();
        assertThatIllegalArgumentException().isThrownBy(() -> base().depot(depot).build())
                .withMessageContaining("Europe/Atlantis");
    }

    @Test
    void whenAnOrderHasNoId_itShouldBeRejected() {
        assertThatIllegalArgumentException()
                .isThrownBy(() -> base().order(order(null, ALEXANDERPLATZ, 1).build()).build())
                .withMessageContaining("order.id");
    }

    @Test
    void whenTwoOrdersShareAnId_itShouldBeRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> base().order(order("o-1", ALEXANDERPLATZ, 1).build())
                .order(order("o-1", ALEXANDERPLATZ, 2).build()).build()).withMessageContaining("o-1 appears twice");
    }

    @Test
    void whenAnOrderBelongsToAnotherTenantOrDepot_itShouldBeRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> base()
                .order(order("o-1", ALEXANDERPLATZ, 1).tenant("other").build()).build())
                .withMessageContaining("tenant other");
        assertThatIllegalArgumentException().isThrownBy(() -> base()
                .order(order("o-1", ALEXANDERPLATZ, 1).depotId("HAM-1").build()).build())
                .withMessageContaining("depot HAM-1");
    }

    @Test
    void whenAnOrderWindowHasNoEnd_itShouldBeRejected() {
        TimeWindow open = TimeWindow.builder().start(BerlinDay.at(9, 0)).buildUnvalidated();
        assertThatIllegalArgumentException().isThrownBy(() -> base()
                .order(order("o-1", ALEXANDERPLATZ, 1).timeWindow(open).buildUnvalidated()).build())
                .withMessageContaining("time window");
    }

    @Test
    void whenAVehicleIsWrong_itShouldBeRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> base().vehicle(van("van-1", 1).build())
                .vehicle(van("van-1", 2).build()).build()).withMessageContaining("van-1 appears twice");
        assertThatIllegalArgumentException().isThrownBy(() -> base().vehicle(van("van-1", 1).depotId("HAM-1")
                .build()).build()).withMessageContaining("depot HAM-1");
        assertThatIllegalArgumentException().isThrownBy(() -> base().vehicle(van("van-1", 1).capacity(null)
                .buildUnvalidated()).build()).withMessageContaining("capacity of vehicle van-1");
    }

    @Test
    void whenVehicleCostsAreInSeveralCurrencies_itShouldBeRejected() {
        assertThatIllegalArgumentException().isThrownBy(() -> base().vehicle(van("van-1", 1).build())
                .vehicle(van("van-2", 1).costs(BerlinDay.vanCosts().toBuilder().currency("PLN").build()).build())
                .build()).withMessageContaining("several currencies");
    }

    @Test
    void whenOptionsAreOutOfRange_itShouldNameThem() {
        assertThatIllegalArgumentException().isThrownBy(() -> PlanningOptions.builder().maxIterations(0).build())
                .withMessageContaining("maxIterations");
        assertThatIllegalArgumentException().isThrownBy(() -> PlanningOptions.builder().timeBudget(Duration.ZERO)
                .build()).withMessageContaining("timeBudget");
        assertThatIllegalArgumentException().isThrownBy(() -> PlanningOptions.builder().threads(0).build())
                .withMessageContaining("threads");
        assertThatIllegalArgumentException().isThrownBy(() -> PlanningOptions.builder().progressListener(null)
                .build()).withMessageContaining("progressListener");
    }

    private static PlanningRequest.Builder base() {
        return PlanningRequest.builder().planId("p").tenant(BerlinDay.TENANT).depot(BerlinDay.depot())
                .planningDate(BerlinDay.DATE);
    }
}
