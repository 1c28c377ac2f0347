package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.github.tomakehurst.wiremock.matching.RequestPatternBuilder;
import io.lastmilehub.hub.testsupport.CarrierIntegrationTest;
import org.junit.jupiter.api.Test;
import org.springframework.http.MediaType;

import java.util.Locale;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.matchingJsonPath;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Booking with carrier dpx when a plan puts an order on its vehicle, against WireMock: a refusal (4xx) is not
 * retried but kept as a dead letter with dpx's error, an outage (5xx) or a late answer is retried with back-off and
 * then kept; every one is booked once replayed, so no shipment is lost.
 */
class CarrierBookingIT extends CarrierIntegrationTest {

    @Test
    void whenDpxRefusesABooking_itIsNotRetriedAndIsBookedWhenReplayedAfterTheFix() throws Exception {
        String orderId = acceptOrder("PO-B422");
        answers(orderId, aResponse().withStatus(422).withHeader("Content-Type", "application/json")
                .withBody("{\"errors\":[{\"code\":\"44003\",\"message\":\"The postcode K2P 1L4 is not serviced\"}]}"));

        plan();
        JsonNode letter = awaitBookingDeadLetter(orderId);

        assertThat(letter.path("reason").asText()).contains("HTTP 422", "The postcode K2P 1L4 is not serviced");
        CARRIER_API.verify(1, bookingOf(orderId));
        assertThat(shipment(orderId).path("trackingNumber").asText()).isEmpty();

        books(orderId, "2JD5418133B4");
        replay(letter);
        awaitBooked(orderId, "2JD5418133B4");
    }

    @Test
    void whenDpxIsDown_theBookingIsRetriedThenDeadLetteredAndBookedWhenReplayed() throws Exception {
        String orderId = acceptOrder("PO-B503");
        answers(orderId, aResponse().withStatus(503).withBody("maintenance"));

        plan();
        JsonNode letter = awaitBookingDeadLetter(orderId);

        assertThat(letter.path("reason").asText()).contains("HTTP 503: maintenance");
        CARRIER_API.verify(3, bookingOf(orderId));
        books(orderId, "2JD5418133B5");
        replay(letter);
        awaitBooked(orderId, "2JD5418133B5");
    }

    @Test
    void whenDpxAnswersTooLate_theBookingIsRetriedThenDeadLettered() throws Exception {
        String orderId = acceptOrder("PO-BSLOW");
        answers(orderId, aResponse().withStatus(201).withFixedDelay(6000).withBody("{}"));

        plan();
        JsonNode letter = awaitBookingDeadLetter(orderId);

        assertThat(letter.path("reason").asText().toLowerCase(Locale.ROOT)).contains("timed out");
        CARRIER_API.verify(3, bookingOf(orderId));
        books(orderId, "2JD5418133B6");
        replay(letter);
        awaitBooked(orderId, "2JD5418133B6");
    }

    @Test
    void theBookingCarriesTheOrderAndDpxsCredential() throws Exception {
        String orderId = acceptOrder("PO-BOK");
        books(orderId, "2JD5418133B7");

        plan();
        awaitBooked(orderId, "2JD5418133B7");

        CARRIER_API.verify(1, bookingOf(orderId).withHeader("Authorization", equalTo("Bearer it-token"))
                .withHeader("Idempotency-Key", equalTo(orderId))
                .withRequestBody(matchingJsonPath("$.service", equalTo("3H03")))
                .withRequestBody(matchingJsonPath("$.customerReference", equalTo("PO-BOK")))
                .withRequestBody(matchingJsonPath("$.shipTo.postalCode", equalTo("K2P 1L4"))));
    }

    private static RequestPatternBuilder bookingOf(String orderId) {
        return postRequestedFor(urlPathEqualTo(BOOKING_PATH)).withRequestBody(matchingJsonPath("$.reference",
                equalTo(orderId)));
    }

    private void replay(JsonNode letter) {
        post("/api/v1/dead-letters/" + letter.path("id").asText() + "/replay", CARRIER_KEY, new byte[0],
                MediaType.APPLICATION_JSON);
    }
}
