package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
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
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * An order whose address cannot be turned into a point (here: the demo tenant has no geocoder) is accepted, set
 * aside with the reason, listed, left out of planning with that reason, and planned normally once corrected.
 */
class AddressProblemsIT extends HubIntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anOrderWithoutCoordinatesWaitsForACorrectionAndIsThenPlanned() throws Exception {
        String orderId = accept(Samples.wooCommerceOrderNumbered(9301));

        await().atMost(Duration.ofSeconds(10)).until(() -> "EXCEPTION".equals(order(orderId).path("status").asText()));
        JsonNode waiting = order(orderId);
        assertThat(waiting.path("statusReasonCode").asText()).isEqualTo("ADDRESS_NOT_FOUND");
        assertThat(waiting.path("statusReason").asText()).contains("no geocoder is configured");
        assertThat(get("/api/v1/orders?status=EXCEPTION&reason=ADDRESS_NOT_FOUND", DEMO_KEY).getBody())
                .contains(orderId);

        JsonNode before = plan();
        JsonNode listed = before.path("unassigned").findParents("orderId").stream()
                .filter(u -> u.path("orderId").asText().equals(orderId)).findFirst().orElseThrow();
        assertThat(listed.path("reason").asText()).contains("no geocoder is configured");

        ResponseEntity<String> corrected = putShipTo(orderId, "{\"location\":{\"latitude\":45.4236,"
                + "\"longitude\":-75.7009}}");
        assertThat(corrected.getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(json.readTree(corrected.getBody()).path("status").asText()).isEqualTo("RECEIVED");

        assertThat(plan().path("routes").findValuesAsText("orderId")).contains(orderId);
        assertThat(order(orderId).path("status").asText()).isEqualTo("PLANNED");
        assertThat(putShipTo(orderId, "{\"location\":{\"latitude\":45.0,\"longitude\":-75.0}}").getStatusCode())
                .isEqualTo(HttpStatus.CONFLICT);
    }

    @Test
    void aCorrectionIsCheckedLikeAnyInput() throws Exception {
        String orderId = accept(Samples.wooCommerceOrderNumbered(9302));

        ResponseEntity<String> offTheMap = putShipTo(orderId, "{\"location\":{\"latitude\":95.0,\"longitude\":0}}");
        assertThat(offTheMap.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(offTheMap.getBody()).path("violations").get(0).path("field").asText())
                .isEqualTo("location.latitude");

        ResponseEntity<String> nothing = putShipTo(orderId, "{}");
        assertThat(nothing.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(putShipTo("ord-unknown", "{\"location\":{\"latitude\":45,\"longitude\":-75}}").getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    private String accept(byte[] wooOrder) throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/inbound/woocommerce", DEMO_KEY, wooOrder,
                MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return json.readTree(accepted.getBody()).path("orders").get(0).asText();
    }

    private JsonNode order(String orderId) throws Exception {
        return json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody());
    }

    private JsonNode plan() throws Exception {
        ResponseEntity<String> planned = post("/api/v1/plans?wait=60s", DEMO_KEY, ("{\"depotId\":\"ottawa\",\"date\":\""
                + LocalDate.now().plusDays(1) + "\"}").getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        return json.readTree(planned.getBody());
    }

    private ResponseEntity<String> putShipTo(String orderId, String body) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", DEMO_KEY);
        headers.setContentType(MediaType.APPLICATION_JSON);
        return http.exchange("/api/v1/orders/" + orderId + "/ship-to", HttpMethod.PUT,
                new HttpEntity<>(body, headers), String.class);
    }
}
