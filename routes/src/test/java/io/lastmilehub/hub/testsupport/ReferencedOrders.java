package io.lastmilehub.hub.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.SourceRef;

import java.util.ArrayList;
import java.util.List;

/** Orders that ship notices and warehouse confirmations refer to, as canonical JSON of tenant demo. */
public final class ReferencedOrders {

    /** The one item line every such order starts with (4 kg, no barcode). */
    public static final String ITEM = "ITEM-1";

    private ReferencedOrders() {
    }

    /** A located order (no geocoding needed) with these references and the item line {@link #ITEM}. */
    public static byte[] canonicalJson(String messageId, ExternalReferences references) {
        return CanonicalJson.toJsonBytes(DeliveryOrder.builder()
                .source(SourceRef.builder().system("erp").messageId(messageId).build())
                .references(references)
                .shipTo(Party.builder().name("Maple Leaf Books")
                        .address(Address.builder().line1("150 Elgin St").city("Ottawa").postalCode("K1P 1J1")
                                .countryCode("CA").build())
                        .location(GeoPoint.builder().latitude(45.4215).longitude(-75.6919).build()).build())
                .parcel(Parcel.builder().id(ITEM).quantity(1).weightKg(4).build())
                .tenant("demo").build());
    }

    /** The ids of an order's parcels, as the order API returns it. */
    public static List<String> parcelIds(JsonNode order) {
        List<String> ids = new ArrayList<>();
        order.path("parcels").forEach(p -> ids.add(p.path("id").asText()));
        return ids;
    }
}
