package io.lastmilehub.connectors.carrier;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.connectors.support.edi.ManifestOrders;
import io.lastmilehub.model.DeliveryOrder;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class JsonManifestWriterTest {

    @Test
    void whenAManifestIsWritten_itCarriesTotalsAndTheOrdersAsCanonicalJson() throws Exception {
        JsonNode json = new ObjectMapper().readTree(JsonManifestWriter.write(SampleManifest.of()));

        assertThat(json.path("schemaVersion").asText()).isEqualTo("1.0");
        assertThat(json.path("manifestId").asText()).isEqualTo("MF-DPX-0001");
        assertThat(json.path("carrierId").asText()).isEqualTo("dpx");
        assertThat(json.path("closedAt").asText()).isEqualTo("2026-11-21T22:00:00Z");
        assertThat(json.path("orderCount").asInt()).isEqualTo(2);
        assertThat(json.path("pieces").asInt()).isEqualTo(5);
        assertThat(json.path("weightKg").asDouble()).isEqualTo(15.75);
        DeliveryOrder first = CanonicalJson.fromJson(json.path("orders").get(0).toString().getBytes(),
                DeliveryOrder.class);
        assertThat(first).isEqualTo(ManifestOrders.withSsccs());
    }
}
