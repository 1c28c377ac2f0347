package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * {@code ?dryRun=true} on the inbound endpoint: the orders exactly as they would be stored, or every violation, and
 * nothing stored, queued or dead-lettered.
 */
class InboundDryRunIT extends HubIntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aDryRunShowsTheOrderAsItWouldBeStored_andStoresNothing() throws Exception {
        byte[] order = Samples.shopifyOrderNumbered(77001);

        JsonNode report = json.readTree(post("/api/v1/inbound/shopify?dryRun=true", DEMO_KEY, order,
                MediaType.APPLICATION_JSON).getBody());

        assertThat(report.path("dryRun").asBoolean()).isTrue();
        assertThat(report.path("wouldAccept").asBoolean()).isTrue();
        JsonNode previewed = report.path("orders").get(0);
        String orderId = previewed.path("id").asText();
        assertThat(orderId).startsWith("ord-");
        assertThat(previewed.path("depotId").asText()).isEqualTo("ottawa");
        assertThat(previewed.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(get("/api/v1/orders/" + orderId, DEMO_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);

        ResponseEntity<String> real = post("/api/v1/inbound/shopify", DEMO_KEY, order, MediaType.APPLICATION_JSON);
        assertThat(json.readTree(real.getBody()).path("orders").get(0).asText()).isEqualTo(orderId);
        JsonNode again = json.readTree(post("/api/v1/inbound/shopify?dryRun=true", DEMO_KEY, order,
                MediaType.APPLICATION_JSON).getBody());
        assertThat(again.path("duplicateOf").path("orders").get(0).asText()).isEqualTo(orderId);
    }

    @Test
    void aDryRunOfABrokenMessageNamesEveryViolation_andLeavesNoDeadLetter() throws Exception {
        int deadLetters = json.readTree(get("/api/v1/dead-letters?limit=500", DEMO_KEY).getBody()).size();

        ResponseEntity<String> answer = post("/api/v1/inbound/shopify?dryRun=true", DEMO_KEY,
                Samples.NO_SHIPPING_ADDRESS.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);

        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.OK);
        JsonNode report = json.readTree(answer.getBody());
        assertThat(report.path("wouldAccept").asBoolean()).isFalse();
        assertThat(report.path("violations").get(0).path("field").asText()).isNotEmpty();
        assertThat(json.readTree(get("/api/v1/dead-letters?limit=500", DEMO_KEY).getBody())).hasSize(deadLetters);
    }

    @Test
    void anotherTenantsDryRunUsesItsOwnSettings() throws Exception {
        ResponseEntity<String> answer = post("/api/v1/inbound/x12?dryRun=true", OTHER_KEY,
                Samples.loadTender(77002, "LOAD77002", null), MediaType.parseMediaType("application/edi-x12"));

        JsonNode report = json.readTree(answer.getBody());
        assertThat(report.path("wouldAccept").asBoolean()).isFalse();
        assertThat(report.path("violations").get(0).path("reason").asText()).contains("unknown trading partner");
        assertThat(report.has("partner")).isFalse();
    }
}
