package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.connectors.carrier.WebhookSignature;
import io.lastmilehub.hub.testsupport.CarrierIntegrationTest;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Carrier dpx's status webhooks: signed ones become canonical status events on lastmile.status through the carrier's
 * code table; a bad or stale signature is refused with nothing recorded; a code the table lacks is refused naming the
 * field and kept as a dead letter.
 */
class CarrierWebhookIT extends CarrierIntegrationTest {

    private static final WebhookSignature DPX = new WebhookSignature("it-webhook-secret", Duration.ofMinutes(5));
    private String orderId;
    private String tracking;

    @BeforeEach
    void aBookedShipment() throws Exception {
        orderId = acceptOrder("PO-W");
        tracking = "2JDW" + orderId.hashCode();
        books(orderId, tracking);
        plan();
        awaitBooked(orderId, tracking);
    }

    @Test
    void aSignedStatusBecomesACanonicalEventOnTheStatusTopic() throws Exception {
        try (TopicRecorder status = new TopicRecorder("lastmile.status")) {
            ResponseEntity<String> answer = webhook(event("ev-" + orderId + "-1", "NH"), now(), null);

            assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
            assertThat(json.readTree(answer.getBody()).path("outcome").asText()).isEqualTo("applied");
            JsonNode event = await().atMost(Duration.ofSeconds(10)).until(() -> eventFor(status), e -> e != null);
            assertThat(event.path("status").asText()).isEqualTo("FAILED_ATTEMPT");
            assertThat(event.path("reasonCode").asText()).isEqualTo("RECIPIENT_ABSENT");
            assertThat(event.path("vehicleId").asText()).isEqualTo("dpx-linehaul");
            assertThat(event.path("references").path("trackingNumber").asText()).isEqualTo(tracking);
        }
        assertThat(order(orderId).path("status").asText()).isEqualTo("FAILED_ATTEMPT");

        ResponseEntity<String> again = webhook(event("ev-" + orderId + "-1", "NH"), now(), null);
        assertThat(json.readTree(again.getBody()).path("outcome").asText()).isEqualTo("duplicate");

        webhook(event("ev-" + orderId + "-2", "DLV"), now(), null);
        assertThat(order(orderId).path("status").asText()).isEqualTo("DELIVERED");
    }

    @Test
    void aWrongOrStaleSignatureIsRefusedAndChangesNothing() throws Exception {
        byte[] body = event("ev-" + orderId + "-x", "DLV");
        String forged = new WebhookSignature("guessed", Duration.ofMinutes(5)).sign(now(), body);

        ResponseEntity<String> wrong = webhook(body, now(), forged);
        String stale = String.valueOf(Instant.now().minus(Duration.ofMinutes(10)).getEpochSecond());
        ResponseEntity<String> replayed = webhook(body, stale, DPX.sign(stale, body));

        assertThat(wrong.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(wrong.getBody()).contains("the signature does not match");
        assertThat(replayed.getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(replayed.getBody()).contains("away from now");
        assertThat(order(orderId).path("status").asText()).isEqualTo("PLANNED");
    }

    @Test
    void anUnmappedCodeIsRefusedNamingTheFieldAndKept() throws Exception {
        ResponseEntity<String> answer = webhook(event("ev-" + orderId + "-9", "ZZZ"), now(), null);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = json.readTree(answer.getBody());
        assertThat(error.path("violations").get(0).path("field").asText()).isEqualTo("/status");
        assertThat(error.path("message").asText()).contains("'ZZZ'");
        String letter = error.path("deadLetter").asText();
        assertThat(get("/api/v1/dead-letters/" + letter + "/payload", CARRIER_KEY).getBody()).contains("ZZZ");
        assertThat(order(orderId).path("status").asText()).isEqualTo("PLANNED");
    }

    private byte[] event(String eventId, String code) {
        return ("{\"id\":\"" + eventId + "\",\"trackingNumber\":\"" + tracking + "\",\"status\":\"" + code
                + "\",\"occurredAt\":\"2026-11-22T15:04:05-05:00\"}").getBytes(StandardCharsets.UTF_8);
    }

    private static String now() {
        return String.valueOf(Instant.now().getEpochSecond());
    }

    /** Posts a webhook signed with dpx's secret, or with {@code signature} when given. */
    private ResponseEntity<String> webhook(byte[] body, String timestamp, String signature) {
        HttpHeaders headers = new HttpHeaders();
        headers.setContentType(MediaType.APPLICATION_JSON);
        headers.set("X-Carrier-Timestamp", timestamp);
        headers.set("X-Carrier-Signature", "sha256=" + (signature != null ? signature : DPX.sign(timestamp, body)));
        return http.exchange("/carriers/dpx/webhooks", HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }

    private JsonNode eventFor(TopicRecorder status) throws Exception {
        List<TopicRecorder.Received> received = status.received();
        for (TopicRecorder.Received message : received) {
            JsonNode event = json.readTree(message.body());
            if (event.path("orderId").asText().equals(orderId)) {
                return event;
            }
        }
        return null;
    }
}
