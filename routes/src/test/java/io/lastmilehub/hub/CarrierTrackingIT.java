package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.hub.testsupport.CarrierIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The carrier tracking formats over {@code POST /api/v1/inbound/{format}}: each carrier's own status message names
 * only its tracking number, and moves the order dpx booked under it; its dry run shows the status report and moves
 * nothing.
 */
class CarrierTrackingIT extends CarrierIntegrationTest {

    /** One carrier's message for a tracking number, the status it must give the order, and its media type. */
    private record CarrierMessage(String format, String expectedStatus, String expectedReason, MediaType type) {
    }

    private static final List<CarrierMessage> MESSAGES = List.of(
            new CarrierMessage("easypost", "OUT_FOR_DELIVERY", null, MediaType.APPLICATION_JSON),
            new CarrierMessage("ups-track", "DELIVERED", null, MediaType.APPLICATION_JSON),
            new CarrierMessage("fedex-track", "FAILED_ATTEMPT", "RECIPIENT_ABSENT", MediaType.APPLICATION_JSON),
            new CarrierMessage("dhl-tracking", "EXCEPTION", null, MediaType.APPLICATION_JSON),
            new CarrierMessage("parcel-status-csv", "DELIVERED", null, MediaType.parseMediaType("text/csv")));

    @Test
    void eachCarriersStatusMovesTheOrderBookedUnderItsTrackingNumber_andItsDryRunMovesNothing() throws Exception {
        Map<CarrierMessage, String> orders = new LinkedHashMap<>();
        Map<String, String> tracking = new LinkedHashMap<>();
        for (CarrierMessage message : MESSAGES) {
            String orderId = acceptOrder("PO-" + message.format());
            tracking.put(orderId, "TRK" + Integer.toUnsignedString(orderId.hashCode()));
            books(orderId, tracking.get(orderId));
            orders.put(message, orderId);
        }
        plan();
        orders.values().forEach(orderId -> awaitBooked(orderId, tracking.get(orderId)));

        for (Map.Entry<CarrierMessage, String> entry : orders.entrySet()) {
            CarrierMessage message = entry.getKey();
            String orderId = entry.getValue();
            byte[] body = body(message.format(), tracking.get(orderId));
            String before = order(orderId).path("status").asText();

            JsonNode dryRun = json.readTree(post("/api/v1/inbound/" + message.format() + "?dryRun=true", CARRIER_KEY,
                    body, message.type()).getBody());
            assertThat(dryRun.path("wouldAccept").asBoolean()).as(message.format()).isTrue();
            JsonNode report = dryRun.path("statusReports").get(0);
            assertThat(report.path("status").asText()).as(message.format()).isEqualTo(message.expectedStatus());
            assertThat(report.path("references").path("trackingNumber").asText()).isEqualTo(tracking.get(orderId));
            assertThat(order(orderId).path("status").asText()).as(message.format()).isEqualTo(before);

            ResponseEntity<String> taken = post("/api/v1/inbound/" + message.format(), CARRIER_KEY, body,
                    message.type());
            assertThat(taken.getStatusCode()).as(message.format()).isEqualTo(HttpStatus.ACCEPTED);
            JsonNode moved = await().atMost(Duration.ofSeconds(10)).until(() -> order(orderId),
                    o -> message.expectedStatus().equals(o.path("status").asText()));
            assertThat(moved.path("statusReason").asText()).as(message.format())
                    .startsWith(message.format() + " reported ").contains("for " + tracking.get(orderId));
            if (message.expectedReason() != null) {
                assertThat(moved.path("statusReasonCode").asText()).isEqualTo(message.expectedReason());
            }
        }
    }

    @Test
    void aStatusOfATrackingNumberNoOrderHasIsTakenAndChangesNothing() throws Exception {
        ResponseEntity<String> answer = post("/api/v1/inbound/ups-track", CARRIER_KEY, body("ups-track", "1ZNOBODY"),
                MediaType.APPLICATION_JSON);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(answer.getBody()).path("orders").size()).isZero();
    }

    /** The carrier's documented message, about this tracking number. */
    private byte[] body(String format, String tracking) throws Exception {
        return switch (format) {
            case "easypost" -> {
                ObjectNode event = (ObjectNode) json.readTree(Samples.read("easypost/tracker-updated-event.json"));
                event.put("id", "evt_" + tracking);
                ((ObjectNode) event.get("result")).put("tracking_code", tracking).put("status", "out_for_delivery");
                yield json.writeValueAsBytes(event);
            }
            case "ups-track" -> {
                ObjectNode answer = (ObjectNode) json.readTree(Samples.read("ups/track-response-documented.json"));
                ((ObjectNode) answer.at("/trackResponse/shipment/0/package/0")).put("trackingNumber", tracking);
                ((ObjectNode) answer.at("/trackResponse/shipment/0/package/0/activity/0/status"))
                        .put("type", "D").put("code", "KB").put("description", "DELIVERED");
                yield json.writeValueAsBytes(answer);
            }
            case "fedex-track" -> {
                ObjectNode answer = (ObjectNode) json.readTree(Samples.read(
                        "fedex/track-response-delivered-after-exception.json"));
                answer.put("transactionId", "tx-" + tracking);
                ObjectNode result = (ObjectNode) answer.at("/output/completeTrackResults/0/trackResults/0");
                ((ObjectNode) result.get("trackingNumberInfo")).put("trackingNumber", tracking);
                ((ObjectNode) result.get("latestStatusDetail")).put("derivedCode", "DE").putArray("ancillaryDetails")
                        .addObject().put("reason", "15");
                yield json.writeValueAsBytes(answer);
            }
            case "dhl-tracking" -> {
                ObjectNode answer = (ObjectNode) json.readTree(Samples.read("dhl/shipments-documented.json"));
                ((ObjectNode) answer.at("/shipments/0")).put("id", tracking);
                ((ObjectNode) answer.at("/shipments/0/status")).put("statusCode", "failure");
                yield json.writeValueAsBytes(answer);
            }
            case "parcel-status-csv" -> ("PARCELNO;SCAN_CODE;DEPOT_CODE;SCAN_DATE_TIME\n" + tracking
                    + ";03;0163;20250310081500\n" + tracking + ";13;0163;20250310101500\n")
                    .getBytes(StandardCharsets.UTF_8);
            default -> throw new IllegalArgumentException(format);
        };
    }
}
