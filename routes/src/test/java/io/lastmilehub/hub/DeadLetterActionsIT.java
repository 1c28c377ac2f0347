package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.deadletter.DeadLetterEntity;
import io.lastmilehub.hub.deadletter.DeadLetterRepository;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;
import static org.awaitility.Awaitility.await;

/**
 * What a person does with dead letters over the API: find them by source, reason and age, look at one, replay one or
 * many, fix a payload and replay it (the original kept beside the edit), discard one with a reason. Another tenant's
 * dead letters do not exist for the caller.
 */
class DeadLetterActionsIT extends HubIntegrationTest {

    private static final String LETTERS = "/api/v1/dead-letters";

    @Autowired
    private DeadLetterRepository deadLetters;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anEditedPayloadIsKeptBesideTheOriginalAndItsReplayMakesTheOrder() throws Exception {
        byte[] broken = Samples.NO_SHIPPING_ADDRESS.getBytes(StandardCharsets.UTF_8);
        String id = refusedShopOrder(broken);
        byte[] fixed = Samples.shopifyOrderNumbered(8601);

        ResponseEntity<String> answer = post(LETTERS + "/" + id + "/edit-and-replay", DEMO_KEY, fixed,
                MediaType.APPLICATION_JSON);

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode replayed = json.readTree(answer.getBody());
        assertThat(replayed.path("replayOutcome").asText()).isEqualTo("delivered");
        assertThat(replayed.path("state").asText()).isEqualTo("REPLAYED");
        assertThat(replayed.path("editedBy").asText()).isEqualTo("demo");
        assertThat(Instant.parse(replayed.path("editedAt").asText())).isCloseTo(CLOCK.instant(),
                within(1, ChronoUnit.MINUTES));
        assertThat(get(LETTERS + "/" + id + "/payload", DEMO_KEY).getBody())
                .isEqualTo(new String(broken, StandardCharsets.UTF_8));
        assertThat(get(LETTERS + "/" + id + "/edited-payload", DEMO_KEY).getBody())
                .isEqualTo(new String(fixed, StandardCharsets.UTF_8));
        awaitOrder("#8601");
        assertThat(ids(LETTERS + "?limit=500", DEMO_KEY)).doesNotContain(id);
        assertThat(ids(LETTERS + "?state=replayed&limit=500", DEMO_KEY)).contains(id);
    }

    @Test
    void manyAreReplayedAtOnceAndLeaveTheOpenOnes() throws Exception {
        String first = stored("demo", "shopify", "Connection refused", Samples.shopifyOrderNumbered(8602));
        String second = stored("demo", "shopify", "Connection refused", Samples.shopifyOrderNumbered(8603));

        ResponseEntity<String> answer = post(LETTERS + "/replay", DEMO_KEY,
                bytes("{\"ids\":[\"" + first + "\",\"" + second + "\"]}"), MediaType.APPLICATION_JSON);

        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        JsonNode replayed = json.readTree(answer.getBody());
        assertThat(replayed.findValuesAsText("id")).containsExactly(first, second);
        assertThat(replayed.findValuesAsText("replayOutcome")).containsOnly("delivered");
        awaitOrder("#8602");
        awaitOrder("#8603");
        assertThat(ids(LETTERS + "?limit=500", DEMO_KEY)).doesNotContain(first, second);
    }

    @Test
    void aDiscardNeedsAReasonAndIsKeptWithWhoAndWhen() throws Exception {
        String id = stored("demo", "catalyst-paper", "ISA13 out of sequence", bytes("ISA*00*~"));

        ResponseEntity<String> noReason = post(LETTERS + "/" + id + "/discard", DEMO_KEY,
                bytes("{\"reason\":\" \"}"), MediaType.APPLICATION_JSON);
        assertThat(noReason.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(noReason.getBody()).path("violations").get(0).path("field").asText())
                .isEqualTo("reason");

        JsonNode discarded = json.readTree(post(LETTERS + "/" + id + "/discard", DEMO_KEY,
                bytes("{\"reason\":\"sent again by the partner\"}"), MediaType.APPLICATION_JSON).getBody());
        assertThat(discarded.path("state").asText()).isEqualTo("DISCARDED");
        assertThat(discarded.path("discardReason").asText()).isEqualTo("sent again by the partner");
        assertThat(discarded.path("discardedBy").asText()).isEqualTo("demo");
        assertThat(discarded.hasNonNull("discardedAt")).isTrue();
        assertThat(ids(LETTERS + "?limit=500", DEMO_KEY)).doesNotContain(id);
        assertThat(ids(LETTERS + "?state=discarded&limit=500", DEMO_KEY)).contains(id);
        ResponseEntity<String> replay = post(LETTERS + "/" + id + "/replay", DEMO_KEY, new byte[0],
                MediaType.APPLICATION_JSON);
        assertThat(replay.getStatusCode()).isEqualTo(HttpStatus.CONFLICT);
        assertThat(json.readTree(replay.getBody()).path("error").asText()).isEqualTo("conflict");
    }

    @Test
    void theListIsFilteredBySourceReasonAndAge() throws Exception {
        String marker = "marker-" + UUID.randomUUID();
        String fresh = stored("demo", "benelux-forwarder", "UNB 0020 " + marker + " duplicate", bytes("UNA"));
        String old = stored("demo", "benelux-forwarder", "UNB 0020 " + marker + " duplicate", bytes("UNA"));
        DeadLetterEntity aged = deadLetters.findById(old).orElseThrow();
        aged.setCreatedAt(CLOCK.instant().minus(Duration.ofDays(3)));
        deadLetters.save(aged);

        assertThat(ids(LETTERS + "?reason=" + marker.toUpperCase(Locale.ROOT), DEMO_KEY))
                .containsExactlyInAnyOrder(fresh, old);
        assertThat(ids(LETTERS + "?source=benelux-forwarder&reason=" + marker + "&olderThan=2d", DEMO_KEY))
                .containsExactly(old);
        assertThat(ids(LETTERS + "?reason=" + marker + "&newerThan=1h", DEMO_KEY)).containsExactly(fresh);
        assertThat(ids(LETTERS + "?source=shopify&reason=" + marker, DEMO_KEY)).isEmpty();
        assertThat(ids(LETTERS + "?reason=" + marker, OTHER_KEY)).isEmpty();
        ResponseEntity<String> badAge = get(LETTERS + "?olderThan=yesterday", DEMO_KEY);
        assertThat(badAge.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(badAge.getBody()).path("violations").get(0).path("field").asText())
                .isEqualTo("olderThan");
    }

    @Test
    void oneShowsItsFailureHeadersAndSource() throws Exception {
        String id = refusedShopOrder(Samples.NO_SHIPPING_ADDRESS.getBytes(StandardCharsets.UTF_8));

        JsonNode letter = json.readTree(get(LETTERS + "/" + id, DEMO_KEY).getBody());

        assertThat(letter.path("source").asText()).isEqualTo("shopify");
        assertThat(letter.path("state").asText()).isEqualTo("OPEN");
        assertThat(letter.path("reason").asText()).contains("shipping_address");
        assertThat(json.readTree(letter.path("headers").asText()).path("LastMileFormat").asText())
                .isEqualTo("shopify");
        assertThat(letter.path("editedPayloadBytes").asInt()).isZero();
        assertThat(get(LETTERS + "/" + id + "/edited-payload", DEMO_KEY).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);
    }

    @Test
    void anotherTenantFindsNoneOfThem() throws Exception {
        String id = stored("demo", "shopify", "Connection refused", Samples.shopifyOrderNumbered(8604));

        List<ResponseEntity<String>> answers = List.of(get(LETTERS + "/" + id, OTHER_KEY),
                get(LETTERS + "/" + id + "/payload", OTHER_KEY),
                get(LETTERS + "/" + id + "/edited-payload", OTHER_KEY),
                post(LETTERS + "/" + id + "/replay", OTHER_KEY, new byte[0], MediaType.APPLICATION_JSON),
                post(LETTERS + "/replay", OTHER_KEY, bytes("{\"ids\":[\"" + id + "\"]}"),
                        MediaType.APPLICATION_JSON),
                post(LETTERS + "/" + id + "/edit-and-replay", OTHER_KEY, bytes("{}"), MediaType.APPLICATION_JSON),
                post(LETTERS + "/" + id + "/discard", OTHER_KEY, bytes("{\"reason\":\"mine now\"}"),
                        MediaType.APPLICATION_JSON));

        for (ResponseEntity<String> answer : answers) {
            assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.NOT_FOUND);
            assertThat(json.readTree(answer.getBody()).path("error").asText()).isEqualTo("not_found");
        }
        JsonNode untouched = json.readTree(get(LETTERS + "/" + id, DEMO_KEY).getBody());
        assertThat(untouched.path("state").asText()).isEqualTo("OPEN");
        assertThat(untouched.path("replayCount").asInt()).isZero();
    }

    /** A shop order the intake refused: its dead letter's id. */
    private String refusedShopOrder(byte[] payload) throws Exception {
        ResponseEntity<String> refused = post("/api/v1/inbound/shopify", DEMO_KEY, payload,
                MediaType.APPLICATION_JSON);
        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        return json.readTree(refused.getBody()).path("deadLetter").asText();
    }

    /** A dead letter of the inbound route, as a passing failure (the database away) leaves it. */
    private String stored(String tenant, String source, String reason, byte[] payload) {
        String id = "dl-it-" + UUID.randomUUID();
        DeadLetterEntity letter = new DeadLetterEntity(id, tenant, reason, "java.net.ConnectException",
                CLOCK.instant());
        letter.setSource(source);
        letter.setRouteId("inbound-message");
        letter.setEndpointUri("direct://inbound");
        letter.setPayload(payload);
        letter.setHeaders("{\"LastMileTenant\":\"" + tenant + "\",\"LastMileFormat\":\"shopify\"}");
        deadLetters.save(letter);
        return id;
    }

    private List<String> ids(String path, String apiKey) throws Exception {
        ResponseEntity<String> answer = get(path, apiKey);
        assertThat(answer.getStatusCode()).as(answer.getBody()).isEqualTo(HttpStatus.OK);
        return json.readTree(answer.getBody()).findValuesAsText("id");
    }

    private void awaitOrder(String shopOrderNumber) {
        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> assertThat(get("/api/v1/orders?limit=500",
                DEMO_KEY).getBody()).contains("\"" + shopOrderNumber + "\""));
    }

    private static byte[] bytes(String text) {
        return text.getBytes(StandardCharsets.UTF_8);
    }
}
