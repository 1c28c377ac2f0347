package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.connectors.canonical.CanonicalXml;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryOrders;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.TimeWindow;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The canonical formats over HTTP, the all-or-nothing rule for batches, addresses normalised on the way in, time
 * zones from the ship-to, and the published schemas.
 */
class CanonicalFormatsIT extends HubIntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aCanonicalXmlOrderIsStoredAsSent() throws Exception {
        DeliveryOrder order = order("wms-4711", "K1P 1J1", "CA");

        ResponseEntity<String> accepted = post("/api/v1/inbound/canonical-xml", DEMO_KEY,
                CanonicalXml.toXmlBytes(order), MediaType.APPLICATION_XML);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String id = json.readTree(accepted.getBody()).path("orders").get(0).asText();
        JsonNode stored = json.readTree(get("/api/v1/orders/" + id, DEMO_KEY).getBody());
        assertThat(stored.path("shipTo").path("address").path("postalCode").asText()).isEqualTo("K1P 1J1");
        assertThat(stored.path("timeWindows").get(0).path("start").asText()).isEqualTo("2030-03-01T14:00:00Z");
        assertThat(stored.path("parcels").get(0).path("weightKg").asDouble()).isEqualTo(2.5);
        assertThat(stored.path("source").path("system").asText()).isEqualTo("wms");
    }

    @Test
    void aBatchWithOneBadOrderStoresNothing() throws Exception {
        int before = json.readTree(get("/api/v1/orders?limit=500", DEMO_KEY).getBody()).size();
        DeliveryOrders batch = DeliveryOrders.builder()
                .order(order("wms-5000", "K1P 1J1", "CA"))
                .order(order("wms-5000", "K1P 1J2", "CA").toBuilder()
                        .shipTo(party("K1P 1J2", "Canada")).buildUnvalidated())
                .build();

        ResponseEntity<String> refused = post("/api/v1/inbound/canonical-json", DEMO_KEY,
                CanonicalJson.toJsonBytes(batch), MediaType.APPLICATION_JSON);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).path("violations").get(0).path("field").asText())
                .isEqualTo("orders[1].shipTo.address.countryCode");
        assertThat(json.readTree(get("/api/v1/orders?limit=500", DEMO_KEY).getBody()).size()).isEqualTo(before);
    }

    @Test
    void aWeightBeyondTheRangeOfADoubleIsRefusedNotStoredAsInfinity() throws Exception {
        String body = CanonicalJson.toJson(order("wms-1e309", "K1P 1J1", "CA")).replace("\"weightKg\":2.5",
                "\"weightKg\":1e309");

        ResponseEntity<String> refused = post("/api/v1/inbound/canonical-json", DEMO_KEY,
                body.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).path("violations").get(0).path("field").asText())
                .isEqualTo("parcels[0].weightKg");
        assertThat(get("/api/v1/orders?limit=500", DEMO_KEY).getBody()).doesNotContain("Infinity");
    }

    @Test
    void timeWindowsWithoutAZoneGetTheZoneOfTheShipTo() throws Exception {
        DeliveryOrder order = order("wms-6100", "K1P 1J1", "CA");
        DeliveryOrder withoutZone = order.toBuilder().clearTimeWindows().timeWindow(order.getTimeWindows().get(0)
                .toBuilder().zoneId(null).build()).build();

        String id = acceptJson(withoutZone);

        await().atMost(Duration.ofSeconds(15)).until(() -> json.readTree(get("/api/v1/orders/" + id, DEMO_KEY)
                .getBody()).path("timeWindows").get(0).path("zoneId").asText(), "America/Toronto"::equals);
    }

    @Test
    void addressesAreNormalisedOnTheWayInAndPlaceholdersRefused() throws Exception {
        String id = acceptJson(order("wms-6200", " k1p1j1 ", "CA"));
        assertThat(json.readTree(get("/api/v1/orders/" + id, DEMO_KEY).getBody()).path("shipTo").path("address")
                .path("postalCode").asText()).isEqualTo("K1P 1J1");

        ResponseEntity<String> badPostalCode = post("/api/v1/inbound/canonical-json", DEMO_KEY,
                CanonicalJson.toJsonBytes(order("wms-6201", "1234", "DE")), MediaType.APPLICATION_JSON);
        assertThat(badPostalCode.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(badPostalCode.getBody()).path("violations").get(0).path("field").asText())
                .isEqualTo("shipTo.address.postalCode");

        DeliveryOrder placeholder = order("wms-6202", "K1P 1J1", "CA");
        placeholder = placeholder.toBuilder().shipTo(placeholder.getShipTo().toBuilder().address(placeholder
                .getShipTo().getAddress().toBuilder().line1("n/a").build()).build()).build();
        ResponseEntity<String> refused = post("/api/v1/inbound/canonical-json", DEMO_KEY,
                CanonicalJson.toJsonBytes(placeholder), MediaType.APPLICATION_JSON);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("shipTo.address.line1", "placeholder");
    }

    @Test
    void theSchemasArePublishedWithoutCredentials() {
        ResponseEntity<String> xsd = http.getForEntity("/schema/canonical-v1.xsd", String.class);
        assertThat(xsd.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(xsd.getBody()).contains("targetNamespace=\"urn:lastmile-hub:canonical:v1\"", "deliveryOrder");

        ResponseEntity<String> schema = http.getForEntity("/schema/delivery-order.schema.json", String.class);
        assertThat(schema.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(schema.getBody()).contains("\"shipTo\"", "\"timeWindows\"");

        assertThat(http.getForEntity("/schema/../application.yaml", String.class).getStatusCode())
                .isIn(HttpStatus.NOT_FOUND, HttpStatus.BAD_REQUEST, HttpStatus.FORBIDDEN, HttpStatus.UNAUTHORIZED);
        assertThat(http.getForEntity("/api/v1/orders", String.class).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    private String acceptJson(DeliveryOrder order) throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/inbound/canonical-json", DEMO_KEY,
                CanonicalJson.toJsonBytes(order), MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return json.readTree(accepted.getBody()).path("orders").get(0).asText();
    }

    private static DeliveryOrder order(String messageId, String postalCode, String country) {
        return DeliveryOrder.builder()
                .source(SourceRef.builder().system("wms").messageId(messageId).build())
                .tenant("demo")
                .shipTo(party(postalCode, country))
                .timeWindow(TimeWindow.builder().start(Instant.parse("2030-03-01T14:00:00Z"))
                        .end(Instant.parse("2030-03-01T18:00:00Z")).zoneId("America/Toronto").build())
                .serviceTimeSeconds(180)
                .parcel(Parcel.builder().id("P1").quantity(1).weightKg(2.5).build())
                .build();
    }

    private static Party party(String postalCode, String country) {
        return Party.builder().name("Maple Leaf Books")
                .address(Address.builder().line1("150 Elgin St").city("Ottawa").postalCode(postalCode)
                        .countryCode(country).buildUnvalidated())
                .location(GeoPoint.builder().latitude(45.4215).longitude(-75.6919).build())
                .buildUnvalidated();
    }
}
