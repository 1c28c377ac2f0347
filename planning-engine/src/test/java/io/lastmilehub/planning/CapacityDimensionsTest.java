package io.lastmilehub.planning;

import io.lastmilehub.model.Capacity;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Parcel;
import org.junit.jupiter.api.Test;

import static io.lastmilehub.planning.BerlinDay.ALEXANDERPLATZ;
import static io.lastmilehub.planning.BerlinDay.order;
import static org.assertj.core.api.Assertions.assertThat;

class CapacityDimensionsTest {

    @Test
    void whenScalingAnOrder_itShouldCountGramsLitresPiecesAndHundredthsOfPalletsRoundedUp() {
        DeliveryOrder order = order("o", ALEXANDERPLATZ, 1.2).parcel(Parcel.builder().id("p2").quantity(3)
                .weightKg(0.0004).volumeM3(0.0301).pallets(0.333).build()).build();
        assertThat(CapacityDimensions.demandOf(order)).containsExactly(1201, 81, 4, 34);
    }

    @Test
    void whenScalingACapacity_itShouldRoundDownAndTreatZeroAsUnlimited() {
        Capacity capacity = Capacity.builder().weightKg(749.9995).volumeM3(0).parcels(120).pallets(2.5).build();
        assertThat(CapacityDimensions.capacityOf(capacity))
                .containsExactly(749_999, CapacityDimensions.UNLIMITED, 120, 250);
    }

    @Test
    void whenExactlyFull_itShouldStillFit() {
        DeliveryOrder order = order("o", ALEXANDERPLATZ, 1.2).build();
        int[] capacity = CapacityDimensions.capacityOf(Capacity.builder().weightKg(1.2).volumeM3(0.05).build());
        assertThat(CapacityDimensions.fits(CapacityDimensions.demandOf(order), capacity)).isTrue();
        assertThat(CapacityDimensions.describe(CapacityDimensions.demandOf(order)))
                .isEqualTo("1.2 kg, 0.050 m3, 1 parcels, 0.00 pallets");
    }
}
