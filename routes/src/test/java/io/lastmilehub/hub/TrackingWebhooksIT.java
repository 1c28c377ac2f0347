package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.connectors.shopify.ShopifyOrderMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * A tracking service's webhooks (AfterShip, format {@code aftership}) move the shop orders they name, over the
 * inbound contract like any other format: the connector SPI's status reports end to end.
 */
class TrackingWebhooksIT extends HubIntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anAfterShipUpdateMovesTheShopOrderItNamesOnce() throws Exception {
        ResponseEntity<String> created = post("shopify", Samples.shopifyOrderNumbered(7201),
                Map.of(ShopifyOrderMapper.TOPIC_HEADER, "orders/create"));
        String orderId = json.readTree(created.getBody()).path("orders").get(0).asText();

        ResponseEntity<String> delivered = post("aftership", update("#7201", "Delivered", "Delivered_003", "e-7201"),
                Map.of());
        ResponseEntity<String> again = post("aftership", update("#7201", "Delivered", "Delivered_003", "e-7201"),
                Map.of());

        assertThat(delivered.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(again.getBody()).path("duplicate").asBoolean()).isTrue();
        JsonNode order = await().atMost(Duration.ofSeconds(10)).until(() -> order(orderId),
                o -> "DELIVERED".equals(o.path("status").asText()));
        // the time of the latest checkpoint, 03:45 in Holly Ridge, NC (EDT), not when AfterShip sent the update
        assertThat(order.path("statusReason").asText()).isEqualTo("aftership reported AfterShip Delivered_003 for "
                + "9405516902697649303570 at 2021-05-17T07:45:00Z");
    }

    @Test
    void anAfterShipUpdateOfAnOrderTheHubDoesNotHaveIsTakenAndChangesNothing() throws Exception {
        ResponseEntity<String> answer = post("aftership", update("#7299", "OutForDelivery", "OutForDelivery_001",
                "e-7299"), Map.of());

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(answer.getBody()).path("orders").size()).isZero();
    }

    /** AfterShip's documented example as an update of shop order {@code orderNumber}. */
    private byte[] update(String orderNumber, String tag, String subtag, String eventId) throws Exception {
        JsonNode body = json.readTree(Samples.read("aftership/tracking-update-in-transit.json"));
        ((ObjectNode) body).put("event_id", eventId);
        ((ObjectNode) body.get("msg")).put("order_number", orderNumber)
                .put("tag", tag).put("subtag", subtag);
        return json.writeValueAsBytes(body);
    }

    private JsonNode order(String id) throws Exception {
        return json.readTree(get("/api/v1/orders/" + id, DEMO_KEY).getBody());
    }

    private ResponseEntity<String> post(String format, byte[] body, Map<String, String> webhookHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", DEMO_KEY);
        headers.setContentType(MediaType.APPLICATION_JSON);
        webhookHeaders.forEach(headers::set);
        return http.exchange("/api/v1/inbound/" + format, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }
}
