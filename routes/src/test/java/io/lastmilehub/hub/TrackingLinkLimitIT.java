package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Party;
import io.lastmilehub.model.SourceRef;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;

import java.time.Duration;
import java.time.ZoneOffset;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The tracking page's limit on guessing: a client address that tried too many unknown tokens gets 429 for unknown
 * ones, while every valid link keeps working from that address (customers behind one proxy share it). The client
 * here has an address of its own (127.0.0.2), so the other tests' lookups do not count against it.
 */
class TrackingLinkLimitIT extends HubIntegrationTest {

    /** lastmile.tracking-page.failed-lookups-per-minute, the default. */
    private static final int FAILED_LOOKUPS_PER_MINUTE = 30;

    private final ObjectMapper json = new ObjectMapper();
    @LocalServerPort
    private int port;

    @Test
    void aGuesserBehindTheSameAddressDoesNotBlockValidLinks() throws Exception {
        String token = trackingToken(order());
        // The limit counts per minute of the clock: start at the top of one, so that the misses do not straddle two
        // (the client also waits a second before it repeats a request answered 429).
        CLOCK.shift(Duration.ofSeconds(60 - CLOCK.instant().atZone(ZoneOffset.UTC).getSecond()));
        try {
            for (int miss = 0; miss < FAILED_LOOKUPS_PER_MINUTE + 5; miss++) {
                http.getForEntity(sharedProxy("/track/" + "A".repeat(21) + (char) ('a' + miss % 26) + ".json"),
                        String.class);
            }

            assertThat(http.getForEntity(sharedProxy("/track/" + "B".repeat(22) + ".json"), String.class)
                    .getStatusCode()).isEqualTo(HttpStatus.TOO_MANY_REQUESTS);
            assertThat(http.getForEntity(sharedProxy("/track/" + token + ".json"), String.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
            assertThat(http.getForEntity(sharedProxy("/track/" + token), String.class).getStatusCode())
                    .isEqualTo(HttpStatus.OK);
        } finally {
            CLOCK.reset();
        }
    }

    private String sharedProxy(String path) {
        return "http://127.0.0.2:" + port + path;
    }

    private String order() throws Exception {
        DeliveryOrder order = DeliveryOrder.builder()
                .source(SourceRef.builder().system("wms").messageId("limit-" + UUID.randomUUID()).build())
                .shipTo(Party.builder().name("Ada").address(Address.builder().line1("150 Elgin St").city("Ottawa")
                        .postalCode("K1P 1J1").countryCode("CA").build()).build())
                .tenant("demo").build();
        return json.readTree(post("/api/v1/inbound/canonical-json", DEMO_KEY, CanonicalJson.toJsonBytes(order),
                MediaType.APPLICATION_JSON).getBody()).path("orders").get(0).asText();
    }

    private String trackingToken(String orderId) {
        return await().atMost(Duration.ofSeconds(10)).until(() -> {
            JsonNode order = json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody());
            return order.path("tracking").path("token").asText();
        }, token -> !token.isEmpty());
    }
}
