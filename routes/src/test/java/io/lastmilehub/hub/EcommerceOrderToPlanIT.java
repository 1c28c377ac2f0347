package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import io.lastmilehub.hub.testsupport.TopicRecorder;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * The walking skeleton end to end on the real embedded broker and database: a Shopify order in over HTTP, stored,
 * announced, planned with jsprit, and its status and the plan's cost read off the broker by a plain JMS client.
 */
class EcommerceOrderToPlanIT extends HubIntegrationTest {

    private final ObjectMapper json = new ObjectMapper();
    private TopicRecorder statusTopic;
    private TopicRecorder costTopic;

    @BeforeEach
    void subscribe() throws Exception {
        statusTopic = new TopicRecorder("lastmile.status");
        costTopic = new TopicRecorder("lastmile.cost");
    }

    @AfterEach
    void unsubscribe() throws Exception {
        statusTopic.close();
        costTopic.close();
    }

    @Test
    void shopifyOrderIsAcceptedStoredPlannedAndAnnounced() throws Exception {
        ResponseEntity<String> accepted = post("/api/v1/inbound/shopify", DEMO_KEY,
                Samples.shopifyOrderNumbered(7001), MediaType.APPLICATION_JSON);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        String orderId = json.readTree(accepted.getBody()).path("orders").get(0).asText();

        JsonNode order = json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody());
        assertThat(order.path("status").asText()).isEqualTo("RECEIVED");
        assertThat(order.path("tenant").asText()).isEqualTo("demo");
        assertThat(order.path("depotId").asText()).isEqualTo("ottawa");
        assertThat(order.path("shipTo").path("address").path("city").asText()).isEqualTo("Louisville");
        assertThat(order.path("references").path("shopOrder").asText()).isEqualTo("#7001");
        awaitStatus(orderId, "RECEIVED");

        ResponseEntity<String> planned = post("/api/v1/plans?wait=60s", DEMO_KEY, ("{\"depotId\":\"ottawa\",\"date\":\""
                + LocalDate.now().plusDays(1) + "\"}").getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON);
        assertThat(planned.getStatusCode()).isEqualTo(HttpStatus.CREATED);
        JsonNode plan = json.readTree(planned.getBody());
        assertThat(plan.path("routes").findValuesAsText("orderId")).contains(orderId);
        String planId = plan.path("id").asText();
        assertThat(json.readTree(get("/api/v1/plans/" + planId, DEMO_KEY).getBody()).path("id").asText())
                .isEqualTo(planId);
        ResponseEntity<String> map = get("/api/v1/plans/" + planId + "/map.svg", DEMO_KEY);
        assertThat(map.getHeaders().getContentType().isCompatibleWith(MediaType.valueOf("image/svg+xml"))).isTrue();
        assertThat(map.getBody()).startsWith("<svg").contains("<polyline", planId);
        assertThat(get("/api/v1/plans/" + planId + "/map.svg", OTHER_KEY).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        awaitStatus(orderId, "PLANNED");
        await().atMost(Duration.ofSeconds(10)).until(() -> costTopic.received().stream()
                .anyMatch(m -> m.body().contains(planId) && "demo".equals(m.tenant())));
        JsonNode cost = json.readTree(costTopic.received().stream().filter(m -> m.body().contains(planId))
                .findFirst().orElseThrow().body());
        assertThat(cost.path("totalCost").asDouble()).isPositive();
        assertThat(cost.path("ordersPlanned").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody()).path("status").asText())
                .isEqualTo("PLANNED");
    }

    @Test
    void theSameMessageTwiceCreatesNothingNew() throws Exception {
        byte[] woo = sample("ecommerce/woocommerce-wc-v3-order.json");
        JsonNode first = json.readTree(post("/api/v1/inbound/woocommerce", DEMO_KEY, woo, MediaType.APPLICATION_JSON)
                .getBody());
        int ordersBefore = json.readTree(get("/api/v1/orders?limit=500", DEMO_KEY).getBody()).size();

        ResponseEntity<String> again = post("/api/v1/inbound/woocommerce", DEMO_KEY, woo, MediaType.APPLICATION_JSON);

        assertThat(again.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode second = json.readTree(again.getBody());
        assertThat(second.path("orders")).isEqualTo(first.path("orders"));
        assertThat(second.path("messageId")).isEqualTo(first.path("messageId"));
        assertThat(second.path("duplicate").asBoolean()).isTrue();
        assertThat(json.readTree(get("/api/v1/orders?limit=500", DEMO_KEY).getBody()).size()).isEqualTo(ordersBefore);
    }

    @Test
    void theSameSourceMessageIdWithOtherBytesIsADuplicateToo() throws Exception {
        String magento = new String(sample("ecommerce/magento-order.json"), StandardCharsets.UTF_8);
        JsonNode first = json.readTree(post("/api/v1/inbound/magento", DEMO_KEY,
                magento.getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON).getBody());

        JsonNode second = json.readTree(post("/api/v1/inbound/magento", DEMO_KEY,
                (magento + "\n").getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_JSON).getBody());

        assertThat(second.path("orders")).isEqualTo(first.path("orders"));
        assertThat(second.path("duplicate").asBoolean()).isTrue();
    }

    @Test
    void badInputIsRefusedWithTheFieldAndKeptAsDeadLetter() throws Exception {
        byte[] broken = Samples.NO_SHIPPING_ADDRESS.getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> refused = post("/api/v1/inbound/shopify", DEMO_KEY, broken,
                MediaType.APPLICATION_JSON);

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode error = json.readTree(refused.getBody());
        assertThat(error.path("error").asText()).isEqualTo("invalid_message");
        assertThat(error.path("violations").get(0).path("field").asText()).contains("shipping_address");
        String deadLetter = error.path("deadLetter").asText();
        assertThat(deadLetter).startsWith("dl-");

        JsonNode letters = json.readTree(get("/api/v1/dead-letters", DEMO_KEY).getBody());
        assertThat(letters.findValuesAsText("id")).contains(deadLetter);
        assertThat(get("/api/v1/dead-letters/" + deadLetter + "/payload", DEMO_KEY).getBody())
                .isEqualTo(new String(broken, StandardCharsets.UTF_8));
        assertThat(get("/api/v1/dead-letters/" + deadLetter, OTHER_KEY).getStatusCode())
                .isEqualTo(HttpStatus.NOT_FOUND);

        JsonNode replayed = json.readTree(post("/api/v1/dead-letters/" + deadLetter + "/replay", DEMO_KEY,
                new byte[0], MediaType.APPLICATION_JSON).getBody());
        assertThat(replayed.path("replayCount").asInt()).isEqualTo(1);
        assertThat(replayed.path("replayOutcome").asText()).startsWith("failed again").contains("shipping_address");
    }

    @Test
    void anOrderWithNothingToShipIsAcceptedWithoutOrders() throws Exception {
        byte[] digitalOnly = ("{\"order\": {\"id\": 4242, \"line_items\": [{\"id\": 1, \"quantity\": 1, "
                + "\"requires_shipping\": false, \"title\": \"E-book\"}]}}").getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> accepted = post("/api/v1/inbound/shopify", DEMO_KEY, digitalOnly,
                MediaType.APPLICATION_JSON);

        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(accepted.getBody()).path("orders")).isEmpty();
    }

    @Test
    void notJsonAndUnknownFormatsAreRefused() throws Exception {
        ResponseEntity<String> notJson = post("/api/v1/inbound/shopify", DEMO_KEY,
                "<order/>".getBytes(StandardCharsets.UTF_8), MediaType.APPLICATION_XML);
        assertThat(notJson.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);

        ResponseEntity<String> unknown = post("/api/v1/inbound/telex", DEMO_KEY,
                "hello".getBytes(StandardCharsets.UTF_8), MediaType.TEXT_PLAIN);
        assertThat(unknown.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(unknown.getBody()).path("violations").get(0).path("field").asText())
                .isEqualTo("format");
        assertThat(unknown.getBody()).contains("shopify", "woocommerce", "magento");
    }

    @Test
    void withoutOrWithAWrongKeyNothingIsAccepted() {
        byte[] shopify = sample("ecommerce/shopify-order.json");
        assertThat(post("/api/v1/inbound/shopify", null, shopify, MediaType.APPLICATION_JSON).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(post("/api/v1/inbound/shopify", "demo-kez", shopify, MediaType.APPLICATION_JSON).getStatusCode())
                .isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(get("/api/v1/orders", "wrong").getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void basicAuthenticationWithTheTenantAndItsKeyWorksAsSapPortsSendIt() {
        assertThat(http.withBasicAuth("demo", DEMO_KEY).getForEntity("/api/v1/orders", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.OK);
        assertThat(http.withBasicAuth("other", DEMO_KEY).getForEntity("/api/v1/orders", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
        assertThat(http.withBasicAuth("demo", "guess").getForEntity("/api/v1/orders", String.class)
                .getStatusCode()).isEqualTo(HttpStatus.UNAUTHORIZED);
    }

    @Test
    void aTenantSeesOnlyItsOwnOrders() throws Exception {
        JsonNode accepted = json.readTree(post("/api/v1/inbound/shopify", DEMO_KEY,
                sample("ecommerce/shopify-order.json"), MediaType.APPLICATION_JSON).getBody());
        String orderId = accepted.path("orders").get(0).asText();

        assertThat(get("/api/v1/orders/" + orderId, OTHER_KEY).getStatusCode()).isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(get("/api/v1/orders", OTHER_KEY).getBody()).doesNotContain(orderId);
    }

    private void awaitStatus(String orderId, String status) {
        await().atMost(Duration.ofSeconds(10)).until(() -> statusTopic.received().stream()
                .anyMatch(m -> m.body().contains(orderId) && m.body().contains("\"status\":\"" + status + "\"")
                        && "demo".equals(m.tenant())));
    }
}
