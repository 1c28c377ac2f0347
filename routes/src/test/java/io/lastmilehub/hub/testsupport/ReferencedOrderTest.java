package io.lastmilehub.hub.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.SourceRef;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.io.IOException;

import java.util.ArrayList;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;

/** Tests that post orders of tenant demo for ship notices and warehouse confirmations to refer to. */
public abstract class ReferencedOrderTest extends HubIntegrationTest {

    /** The one item line every such order starts with (4 kg, no barcode). */
    public static final String ITEM = "ITEM-1";

    private final ObjectMapper json = new ObjectMapper();

    /**
     * Stores a located order (no geocoding needed) with these references and the item line {@link #ITEM}.
     *
     * @return its id
     */
    protected String order(String messageId, ExternalReferences references) throws IOException {
        ResponseEntity<String> accepted = post("/api/v1/inbound/canonical-json", DEMO_KEY,
                canonicalJson(messageId, references), MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return json.readTree(accepted.getBody()).path("orders").get(0).asText();
    }

    /** The order as the order API returns it. */
    protected JsonNode orderJson(String orderId) throws IOException {
        return json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody());
    }

    private static byte[] canonicalJson(String messageId, ExternalReferences references) {
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
