package io.lastmilehub.hub.testsupport;

import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryOrders;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.SourceRef;

import java.util.UUID;

/** Canonical order batches for a depot (of tenant planhub unless named): parcels on a ring around a point, no time windows. */
public final class PlanningOrders {

    private PlanningOrders() {
    }

    /** {@code count} orders of one new WMS message for the depot, as canonical JSON. */
    public static byte[] batch(String depotId, int count, double latitude, double longitude) {
        return batch("planhub", depotId, count, latitude, longitude);
    }

    /** {@code count} orders of one new WMS message for a depot of another tenant. */
    public static byte[] batch(String tenant, String depotId, int count, double latitude, double longitude) {
        String messageId = "plan-" + UUID.randomUUID();
        DeliveryOrders.DeliveryOrdersBuilder batch = DeliveryOrders.builder();
        for (int i = 0; i < count; i++) {
            double angle = 2 * Math.PI * i / count;
            double distance = 0.01 + 0.004 * (i % 5);
            batch.order(DeliveryOrder.builder()
                    .source(SourceRef.builder().system("wms").messageId(messageId).build())
                    .tenant(tenant)
                    .depotId(depotId)
                    .shipTo(Party.builder().name("Customer " + (i + 1))
                            .address(Address.builder().line1((100 + i) + " Bank St").city("Ottawa")
                                    .postalCode("K1P 1J1").countryCode("CA").build())
                            .location(GeoPoint.builder().latitude(latitude + distance * Math.sin(angle))
                                    .longitude(longitude + distance * Math.cos(angle)).build())
                            .build())
                    .serviceTimeSeconds(120)
                    .parcel(Parcel.builder().id("P1").quantity(1).weightKg(3.0).build())
                    .build());
        }
        return CanonicalJson.toJsonBytes(batch.build());
    }
}
