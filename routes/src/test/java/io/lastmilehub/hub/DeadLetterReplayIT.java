package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.deadletter.DeadLetterEntity;
import io.lastmilehub.hub.deadletter.DeadLetterRepository;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.MediaType;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Replay of a message that failed for a passing reason (the hub was down, the database unreachable): once the cause
 * is gone, replaying delivers it to the route that failed, with its tenant and format.
 */
class DeadLetterReplayIT extends HubIntegrationTest {

    @Autowired
    private DeadLetterRepository deadLetters;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void replayingAValidMessageCreatesItsOrder() throws Exception {
        DeadLetterEntity letter = new DeadLetterEntity("dl-outage-1", "demo", "Connection refused",
                "java.net.ConnectException", Instant.now());
        letter.setRouteId("inbound-message");
        letter.setEndpointUri("direct://inbound");
        letter.setPayload(Samples.shopifyOrderNumbered(6001));
        letter.setHeaders("{\"LastMileTenant\":\"demo\",\"LastMileFormat\":\"shopify\"}");
        deadLetters.save(letter);

        JsonNode replayed = json.readTree(post("/api/v1/dead-letters/dl-outage-1/replay", DEMO_KEY, new byte[0],
                MediaType.APPLICATION_JSON).getBody());

        assertThat(replayed.path("replayOutcome").asText()).isEqualTo("delivered");
        assertThat(replayed.path("replayCount").asInt()).isEqualTo(1);
        assertThat(get("/api/v1/orders?status=RECEIVED", DEMO_KEY).getBody()).contains("\"#6001\"");
    }
}
