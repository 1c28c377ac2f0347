package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import io.lastmilehub.hub.testsupport.CarrierIntegrationTest;
import io.lastmilehub.hub.testsupport.LoggedMessages;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.time.Duration;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static io.lastmilehub.hub.testsupport.LoggedMessages.keys;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * What the hub sends carrier dpx is in the message log and on the order's timeline: the booking request,
 * ACKNOWLEDGED with the tracking number dpx answered (FAILED when dpx refused it, DEAD_LETTERED when dpx stayed down
 * through the retries), and each document of the manifest, SENT once delivered to dpx's directory.
 */
class CarrierMessageLogIT extends CarrierIntegrationTest {

    private static final Duration WAIT = Duration.ofSeconds(30);

    @Test
    void aBookingIsAcknowledgedWithItsTrackingNumberAndEachManifestDocumentIsLoggedAndDelivered() throws Exception {
        LoggedMessages log = new LoggedMessages(http, CARRIER_KEY);
        String orderId = acceptOrder("PO-LOG1");
        books(orderId, "2JD5418133L1");
        assertThat(plan()).contains(orderId);
        awaitBooked(orderId, "2JD5418133L1");

        await().atMost(WAIT).until(() -> log.outcome(orderId, "carrier-booking"), "ACKNOWLEDGED"::equals);
        JsonNode booking = log.one("2JD5418133L1", "carrier-booking");
        assertThat(booking.path("partner").asText()).isEqualTo("dpx");
        assertThat(booking.path("detail").asText()).isEqualTo("booked as 2JD5418133L1");
        assertThat(keys(booking)).contains("ORDER_ID " + orderId, "TRACKING_NUMBER 2JD5418133L1");

        String manifestId = json.readTree(post("/api/v1/carriers/dpx/manifests", CARRIER_KEY, new byte[0],
                MediaType.APPLICATION_JSON).getBody()).path("manifestId").asText();
        await().atMost(WAIT).untilAsserted(() -> assertThat(log.find(manifestId, null))
                .extracting(m -> m.path("format").asText() + " " + m.path("outcome").asText() + " "
                        + m.path("detail").asText())
                .containsExactlyInAnyOrder("manifest-856 SENT delivered", "manifest-iftmin SENT delivered",
                        "manifest-csv SENT delivered", "manifest-json SENT delivered"));
        assertThat(keys(log.one(manifestId, "manifest-856"))).contains("MANIFEST_ID " + manifestId,
                "ORDER_ID " + orderId, "TRACKING_NUMBER 2JD5418133L1", "CUSTOMER_PO PO-LOG1");
        assertThat(get("/api/v1/messages/" + log.one(manifestId, "manifest-csv").path("id").asText(), CARRIER_KEY)
                .getBody()).contains(orderId, "2JD5418133L1");
        assertThat(log.timeline(orderId)).contains("MESSAGE_OUT carrier-booking to dpx",
                "MESSAGE_OUT manifest-856 to dpx", "MESSAGE_OUT manifest-json to dpx");
    }

    @Test
    void aRefusedBookingFailsAtOnceOneDpxIsDownForIsDeadLetteredAndAReplayGetsItsAnswer() throws Exception {
        LoggedMessages log = new LoggedMessages(http, CARRIER_KEY);
        String refused = acceptOrder("PO-LOG422");
        String down = acceptOrder("PO-LOG503");
        answers(refused, aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"code\":\"44003\",\"message\":\"The postcode K2P 1L4 is not serviced\"}]}"));
        answers(down, aResponse().withStatus(503).withBody("maintenance"));

        plan();
        JsonNode refusal = awaitBookingDeadLetter(refused);
        JsonNode outage = awaitBookingDeadLetter(down);

        JsonNode failed = log.one(refused, "carrier-booking");
        assertThat(failed.path("outcome").asText()).isEqualTo("FAILED");
        assertThat(failed.path("detail").asText()).contains("not serviced", refusal.path("id").asText());
        JsonNode givenUp = log.one(down, "carrier-booking");
        assertThat(givenUp.path("outcome").asText()).isEqualTo("DEAD_LETTERED");
        assertThat(givenUp.path("detail").asText()).contains("HTTP 503", outage.path("id").asText());

        books(refused, "2JD5418133L2");
        post("/api/v1/dead-letters/" + refusal.path("id").asText() + "/replay", CARRIER_KEY, new byte[0],
                MediaType.APPLICATION_JSON);
        awaitBooked(refused, "2JD5418133L2");
        await().atMost(WAIT).until(() -> log.outcome(refused, "carrier-booking"), "ACKNOWLEDGED"::equals);
    }
}
