package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.testsupport.ReferencedOrderTest;
import io.lastmilehub.hub.testsupport.Samples;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import io.lastmilehub.model.ExternalReferences;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * A warehouse system without EDI confirms picks, packs and shipments: CSV in the columns configured for tenant demo
 * (config/application.yaml) over HTTP, JSON through the file inbox of config/routes/inboxes.camel.yaml.
 */
class WmsConfirmationsIT extends ReferencedOrderTest {

    private static final MediaType CSV = MediaType.parseMediaType("text/csv");

    @Test
    void aCsvExportInTheTenantsColumnsPacksAndShipsTheOrder() throws Exception {
        String orderId = order("wms-80001234", ExternalReferences.builder().erpDelivery("80001234").build());
        try (TopicRecorder status = new TopicRecorder(Addresses.STATUS)) {

            ResponseEntity<String> accepted = post("/api/v1/inbound/wms-csv", DEMO_KEY,
                    Samples.read("wms/acme-wms-confirmations.csv"), CSV);

            assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
            JsonNode order = orderJson(orderId);
            assertThat(parcelIds(order)).containsExactly("PK-1", "PK-2");
            JsonNode kettles = order.path("parcels").get(0);
            assertThat(kettles.path("barcode").asText()).isEqualTo("340123450000000017");
            assertThat(kettles.path("weightKg").asDouble()).isCloseTo(4.2, within(1e-9));
            assertThat(kettles.path("dimensions").path("lengthCm").asDouble()).isCloseTo(40, within(1e-9));
            assertThat(order.path("references").path("trackingNumber").asText()).isEqualTo("JJD000390007850561");
            await().atMost(Duration.ofSeconds(10)).until(() -> status.received().stream()
                    .filter(e -> e.body().contains(orderId)).map(TopicRecorder.Received::body)
                    .filter(b -> b.contains("PACKED by the warehouse at 2026-11-20T12:44:00Z")
                            || b.contains("SHIPPED by the warehouse at 2026-11-20T15:02:00Z")).count() == 2);
        }
    }

    @Test
    void aCsvValueThatIsNotANumberIsRefusedNamingRowAndColumn() {
        String bad = new String(Samples.read("wms/acme-wms-confirmations.csv"), StandardCharsets.UTF_8)
                .replace(";4,2;", ";4.2kg;");

        ResponseEntity<String> refused = post("/api/v1/inbound/wms-csv", DEMO_KEY,
                bad.getBytes(StandardCharsets.UTF_8), CSV);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(refused.getBody()).contains("row 1, column \\\"Weight (kg)\\\"", "'4.2kg' is not a number");
    }

    @Test
    void aJsonConfirmationDroppedIntoTheInboxShipsTheOrder() throws Exception {
        String orderId = order("wms-80001299", ExternalReferences.builder().erpDelivery("80001299").build());
        Path inbox = Files.createDirectories(DATA_DIR.resolve("inbox/demo/wms-json"));
        String confirmation = new String(Samples.read("wms/confirmation-shipped.json"), StandardCharsets.UTF_8)
                .replace("80001234", "80001299").replace("CONF-2026-000123", "CONF-2026-000199");

        Path partial = Files.writeString(inbox.resolve("conf-199.json.part"), confirmation);
        Files.move(partial, inbox.resolve("conf-199.json"));

        await().atMost(Duration.ofSeconds(20)).until(() -> parcelIds(orderJson(orderId)).contains("PK-2"));
        assertThat(parcelIds(orderJson(orderId))).containsExactly("PK-1", "PK-2");
    }
}
