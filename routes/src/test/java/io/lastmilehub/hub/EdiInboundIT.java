package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A 3PL's X12 over the inbound contract: a real 204 load tender from a configured trading partner becomes an order;
 * an interchange from a sender no partner file names is refused.
 */
class EdiInboundIT extends HubIntegrationTest {

    private static final MediaType EDI_X12 = MediaType.parseMediaType("application/edi-x12");
    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aLoadTenderBecomesAnOrderOnce() throws Exception {
        byte[] tender = Samples.read("x12/204-MGCTLYST-SAMPLE.EDI");

        ResponseEntity<String> accepted = post("/api/v1/inbound/x12", DEMO_KEY, tender, EDI_X12);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String orderId = json.readTree(accepted.getBody()).path("orders").get(0).asText();
        JsonNode order = json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody());
        assertThat(order.path("shipTo").path("address").path("city").asText()).isEqualToIgnoringCase("West Allis");
        assertThat(order.path("references").path("customerPo").asText()).isEqualTo("3297832");
        assertThat(json.readTree(post("/api/v1/inbound/x12", DEMO_KEY, tender, EDI_X12).getBody())
                .path("duplicate").asBoolean()).isTrue();
    }

    @Test
    void anInterchangeFromNoConfiguredPartnerIsRefusedNamingTheSender() throws Exception {
        ResponseEntity<String> refused = post("/api/v1/inbound/x12", DEMO_KEY,
                Samples.read("x12/214-MGCTLYST-SAMPLE.EDI"), EDI_X12);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode violation = json.readTree(refused.getBody()).path("violations").get(0);
        assertThat(violation.path("field").asText()).isEqualTo("ISA-06");
        assertThat(violation.path("reason").asText()).startsWith("unknown trading partner X12:02:SCAC for tenant demo");
        assertThat(json.readTree(refused.getBody()).path("deadLetter").asText()).isNotEmpty();
    }
}
