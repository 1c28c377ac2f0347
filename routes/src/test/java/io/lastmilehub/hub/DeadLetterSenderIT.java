package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A dead letter says who sent the message, so that an operator knows whom to call: the address the request came
 * from and the client's User-Agent, next to the message's own headers (never its credentials).
 */
class DeadLetterSenderIT extends HubIntegrationTest {

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void aRefusedMessageIsKeptWithTheSendersAddressAndUserAgent() throws Exception {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", DEMO_KEY);
        headers.set(HttpHeaders.USER_AGENT, "acme-erp/7.1 (integration@acme.example)");
        headers.setContentType(MediaType.APPLICATION_JSON);
        ResponseEntity<String> refused = http.exchange("/api/v1/inbound/canonical-json", HttpMethod.POST,
                new HttpEntity<>("{\"orders\": [".getBytes(StandardCharsets.UTF_8), headers), String.class);
        assertThat(refused.getStatusCode().value()).as(refused.getBody()).isEqualTo(400);

        String id = json.readTree(refused.getBody()).path("deadLetter").asText();
        JsonNode letter = json.readTree(get("/api/v1/dead-letters/" + id, DEMO_KEY).getBody());
        JsonNode kept = json.readTree(letter.path("headers").asText());
        assertThat(kept.path("LastMileSenderAddress").asText()).isEqualTo("127.0.0.1");
        assertThat(kept.path("LastMileSenderAgent").asText()).isEqualTo("acme-erp/7.1 (integration@acme.example)");
        assertThat(letter.path("headers").asText()).doesNotContain(DEMO_KEY);
    }
}
