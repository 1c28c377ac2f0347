package io.lastmilehub.connectors.carrier;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CarrierStatusUpdateTest {

    private static final WebhookFields FIELDS = new WebhookFields("/event/id", "/shipment/trackingNumber",
            "/event/code", "/event/time");

    private static byte[] body(String json) {
        return json.getBytes(StandardCharsets.UTF_8);
    }

    @Test
    void whenACarrierReportsAnEvent_thePointersFindItsValues() {
        CarrierStatusUpdate update = CarrierStatusUpdate.read(body("{\"event\":{\"id\":\"ev-9\",\"code\":\"NH\","
                + "\"time\":\"2026-11-22T15:04:05-05:00\"},\"shipment\":{\"trackingNumber\":\"1Z2345\"}}"), FIELDS);

        assertThat(update).isEqualTo(new CarrierStatusUpdate("ev-9", "1Z2345", "NH",
                Instant.parse("2026-11-22T20:04:05Z")));
    }

    @Test
    void whenAValueIsMissingOrMalformed_theErrorNamesItsPointer() {
        assertThatThrownBy(() -> CarrierStatusUpdate.read(body("{\"event\":{\"code\":\"NH\"}}"), FIELDS))
                .isInstanceOf(MappingException.class).hasMessage("/shipment/trackingNumber: missing");
        assertThatThrownBy(() -> CarrierStatusUpdate.read(body("{\"event\":{\"code\":\"NH\",\"time\":\"today\"},"
                + "\"shipment\":{\"trackingNumber\":\"1\"}}"), FIELDS)).hasMessageStartingWith("/event/time: 'today'");
        assertThatThrownBy(() -> CarrierStatusUpdate.read(body("[1]"), FIELDS)).hasMessage("$: not a JSON object");
    }

    @Test
    void theStatusTableGivesStatusAndReason() {
        CarrierStatusCodes codes = new CarrierStatusCodes(Map.of("DLV", "DELIVERED",
                "NH", "FAILED_ATTEMPT / RECIPIENT_ABSENT"));

        assertThat(codes.meaning("DLV")).contains(new CarrierStatusCodes.Meaning(DeliveryStatus.DELIVERED, null));
        assertThat(codes.meaning("NH")).contains(new CarrierStatusCodes.Meaning(DeliveryStatus.FAILED_ATTEMPT,
                ReasonCode.RECIPIENT_ABSENT));
        assertThat(codes.meaning("XX")).isEmpty();
        assertThatThrownBy(() -> new CarrierStatusCodes(Map.of("OK", "DONE"))).hasMessageStartingWith("code OK:");
    }
}
