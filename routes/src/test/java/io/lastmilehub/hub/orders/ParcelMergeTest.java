package io.lastmilehub.hub.orders;

import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.connectors.spi.WarehouseEvent;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ParcelMergeTest {

    private static final ExternalReferences REFS = ExternalReferences.builder().erpDelivery("80001234").build();
    private static final Parcel ITEM = Parcel.builder().id("MAT-1").quantity(4).weightKg(8).build();
    private static final Parcel LABELLED = Parcel.builder().id("P-9").barcode("P-9").quantity(1).weightKg(1).build();

    @Test
    void whenTheUpdateBringsHandlingUnits_theyShouldReplaceItemLinesButKeepLabelledParcels() {
        Parcel sscc = Parcel.builder().id("340123450000000017").barcode("340123450000000017").quantity(1)
                .weightKg(9).build();

        List<Parcel> merged = ParcelMerge.merge(List.of(ITEM, LABELLED), update(List.of(sscc), 0));

        assertThat(merged).extracting(Parcel::getId).containsExactly("P-9", "340123450000000017");
    }

    @Test
    void whenTheUpdateBringsItems_theSameIdShouldBeReplacedAndOthersAdded() {
        Parcel shipped = Parcel.builder().id("MAT-1").quantity(3).weightKg(6).build();
        Parcel other = Parcel.builder().id("MAT-2").quantity(1).weightKg(2).build();

        List<Parcel> merged = ParcelMerge.merge(List.of(ITEM, LABELLED), update(List.of(shipped, other), 0));

        assertThat(merged).extracting(Parcel::getId, Parcel::getQuantity)
                .containsExactly(tuple("MAT-1", 3), tuple("P-9", 1), tuple("MAT-2", 1));
    }

    @Test
    void whenNoParcelIsWeighed_theDeclaredGrossWeightShouldBeSpreadByQuantity() {
        Parcel three = Parcel.builder().id("A").quantity(3).build();
        Parcel one = Parcel.builder().id("B").quantity(1).build();

        List<Parcel> merged = ParcelMerge.merge(List.of(), update(List.of(three, one), 20));

        assertThat(merged).extracting(Parcel::getWeightKg).containsExactly(15.0, 5.0);
    }

    @Test
    void whenSomeParcelIsWeighed_theDeclaredGrossWeightShouldNotBeInvented() {
        Parcel weighed = Parcel.builder().id("A").quantity(1).weightKg(2).build();
        Parcel unweighed = Parcel.builder().id("B").quantity(1).build();

        List<Parcel> merged = ParcelMerge.merge(List.of(), update(List.of(weighed, unweighed), 20));

        assertThat(merged).extracting(Parcel::getWeightKg).containsExactly(2.0, 0.0);
    }

    private static ParcelUpdate update(List<Parcel> parcels, double grossKg) {
        return new ParcelUpdate(REFS, parcels, grossKg, WarehouseEvent.PACKED, null);
    }
}
