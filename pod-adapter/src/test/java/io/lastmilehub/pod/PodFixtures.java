package io.lastmilehub.pod;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.PodRequirements;
import io.lastmilehub.model.testing.ModelFixtures;

import java.time.Instant;
import java.util.List;

/**
 * The canonical fixture order with two barcoded parcels and the given POD requirements.
 */
final class PodFixtures {

    static final Instant DELIVERED_AT = Instant.parse("2025-03-14T09:30:00Z");
    static final GeoPoint DOOR = GeoPoint.builder().latitude(52.52).longitude(13.405).build();

    private PodFixtures() {
    }

    static DeliveryOrder order(PodRequirements requirements) {
        return ModelFixtures.deliveryOrder().toBuilder()
                .clearParcels()
                .parcel(Parcel.builder().id("10").barcode("BC-1").quantity(1).weightKg(2).build())
                .parcel(Parcel.builder().id("20").barcode("BC-2").quantity(1).weightKg(3).build())
                .podRequirements(requirements)
                .build();
    }

    static PodSubmission.Builder submission(String orderId) {
        return new PodSubmission.Builder(orderId, DELIVERED_AT).location(DOOR).driverId("drv-1");
    }

    static List<String> allBarcodes() {
        return List.of("BC-1", "BC-2");
    }
}
