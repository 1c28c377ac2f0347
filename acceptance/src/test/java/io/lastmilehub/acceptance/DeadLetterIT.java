package io.lastmilehub.acceptance;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.acceptance.support.AcceptanceTest;
import io.lastmilehub.acceptance.support.HubClient;
import io.lastmilehub.acceptance.support.HubProcess;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A shop order without a shipping address is refused naming the field and kept as a dead letter, payload byte for
 * byte; replaying it runs it again, fails again for the same reason, and records that.
 */
@AcceptanceTest
class DeadLetterIT {

    @Test
    void aBrokenOrderIsKeptAsADeadLetterAndItsReplayIsRecorded(HubProcess hub) {
        HubClient client = new HubClient(hub);
        byte[] broken = ("{\"order\":{\"id\":" + System.nanoTime() + ",\"line_items\":[{\"id\":1,\"quantity\":1,"
                + "\"grams\":500,\"requires_shipping\":true}]}}").getBytes(StandardCharsets.UTF_8);

        HttpResponse<String> refused = client.post("/api/v1/inbound/shopify", HubClient.JSON, broken);

        assertThat(refused.statusCode()).isEqualTo(400);
        JsonNode error = HubClient.json(refused);
        assertThat(error.path("error").asText()).isEqualTo("invalid_message");
        assertThat(error.path("violations").get(0).path("field").asText()).isEqualTo("order.shipping_address");
        String letter = error.path("deadLetter").asText();
        assertThat(letter).startsWith("dl-");
        JsonNode listed = client.getJson("/api/v1/dead-letters");
        assertThat(listed.findValuesAsText("id")).contains(letter);
        assertThat(client.getBytes("/api/v1/dead-letters/" + letter + "/payload").body()).isEqualTo(broken);

        HttpResponse<String> replayed = client.post("/api/v1/dead-letters/" + letter + "/replay", HubClient.JSON,
                new byte[0]);

        assertThat(replayed.statusCode()).as(replayed.body()).isEqualTo(200);
        JsonNode replay = HubClient.json(replayed);
        assertThat(replay.path("replayCount").asInt()).isEqualTo(1);
        assertThat(replay.path("replayOutcome").asText()).startsWith("failed again: order.shipping_address");
        assertThat(client.getJson("/api/v1/dead-letters/" + letter).path("replayCount").asInt()).isEqualTo(1);
    }
}
