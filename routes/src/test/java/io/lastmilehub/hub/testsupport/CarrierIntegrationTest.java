package io.lastmilehub.hub.testsupport;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.client.WireMock;
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

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import java.util.stream.StreamSupport;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Orders of tenant "carrier" planned onto carrier dpx's vehicle, and dpx's booking API (WireMock) answering with
 * Australia Post's real order response, its article id set to the tracking number the test chooses.
 */
public abstract class CarrierIntegrationTest extends HubIntegrationTest {

    protected static final String BOOKING_PATH = "/v1/shipments";
    protected final ObjectMapper json = new ObjectMapper();

    /** A new order of tenant "carrier" in Ottawa, accepted through the canonical JSON contract; its hub id. */
    protected String acceptOrder(String customerPo) throws Exception {
        DeliveryOrder order = DeliveryOrder.builder().tenant("carrier")
                .source(SourceRef.builder().system("wms").messageId(UUID.randomUUID().toString()).build())
                .references(ExternalReferences.builder().customerPo(customerPo).build())
                .shipTo(Party.builder().name("Maple Leaf Books")
                        .address(Address.builder().line1("150 Elgin St").city("Ottawa").region("ON")
                                .postalCode("K2P 1L4").countryCode("CA").build())
                        .location(GeoPoint.builder().latitude(45.4190).longitude(-75.6920).build()).build())
                .parcel(Parcel.builder().id("P1").barcode("354123450000000014").quantity(1).weightKg(2.5).build())
                .build();
        ResponseEntity<String> accepted = post("/api/v1/inbound/canonical-json", CARRIER_KEY,
                CanonicalJson.toJsonBytes(order), MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String orderId = json.readTree(accepted.getBody()).path("orders").get(0).asText();
        await().atMost(Duration.ofSeconds(10)).until(() -> "RECEIVED".equals(order(orderId).path("status").asText()));
        return orderId;
    }

    /** Plans the Ottawa depot for tomorrow; the plan's orders. */
    protected List<String> plan() throws Exception {
        ResponseEntity<String> plan = post("/api/v1/plans?wait=60s", CARRIER_KEY, ("{\"depotId\":\"ottawa\",\"date\":\""
                + LocalDate.now().plusDays(1) + "\"}").getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        assertThat(plan.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode routes = json.readTree(plan.getBody()).path("routes");
        assertThat(routes.findValuesAsText("vehicleId")).containsOnly("dpx-linehaul");
        return routes.findValuesAsText("orderId");
    }

    /** dpx books the order as {@code tracking}, with a label URL. */
    protected static void books(String orderId, String tracking) throws Exception {
        ObjectNode answer = (ObjectNode) new ObjectMapper().readTree(Samples.read(
                "manifest/auspost-order-from-shipments-response.json"));
        ObjectNode item = (ObjectNode) answer.at("/order/shipments/0/items/0");
        ((ObjectNode) item.path("tracking_details")).put("article_id", tracking);
        item.put("label_url", "https://labels.dpx.example/" + tracking + ".pdf");
        answers(orderId, aResponse().withStatus(201).withHeader("Content-Type", "application/json")
                .withBody(answer.toString()));
    }

    /** dpx answers the booking of this order so. */
    protected static void answers(String orderId, ResponseDefinitionBuilder answer) {
        CARRIER_API.stubFor(WireMock.post(urlPathEqualTo(BOOKING_PATH))
                .withRequestBody(matchingJsonPath("$.reference", equalTo(orderId))).willReturn(answer));
    }

    protected JsonNode order(String orderId) throws Exception {
        return json.readTree(get("/api/v1/orders/" + orderId, CARRIER_KEY).getBody());
    }

    protected JsonNode shipment(String orderId) throws Exception {
        ResponseEntity<String> shipment = get("/api/v1/carriers/dpx/shipments/" + orderId, CARRIER_KEY);
        return shipment.getStatusCode() == HttpStatus.OK ? json.readTree(shipment.getBody()) : json.nullNode();
    }

    /** Waits until dpx's booking of the order is stored. */
    protected void awaitBooked(String orderId, String tracking) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            assertThat(shipment(orderId).path("trackingNumber").asText()).isEqualTo(tracking);
            assertThat(order(orderId).path("references").path("trackingNumber").asText()).isEqualTo(tracking);
        });
    }

    /** The dead letter of the carrier-booking route for this order, once there is one. */
    protected JsonNode awaitBookingDeadLetter(String orderId) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> {
            JsonNode letters = json.readTree(get("/api/v1/dead-letters", CARRIER_KEY).getBody());
            return StreamSupport.stream(letters.spliterator(), false)
                    .filter(l -> "carrier-booking".equals(l.path("routeId").asText()))
                    .filter(l -> orderId.equals(get("/api/v1/dead-letters/" + l.path("id").asText() + "/payload",
                            CARRIER_KEY).getBody()))
                    .findFirst().orElse(null);
        }, letter -> letter != null);
    }
}
