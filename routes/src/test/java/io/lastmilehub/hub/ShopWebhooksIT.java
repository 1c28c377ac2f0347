package io.lastmilehub.hub;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.shopify.ShopifyOrderMapper;
import io.lastmilehub.connectors.support.shop.ShopWebhookSignature;
import io.lastmilehub.connectors.woocommerce.WooCommerceOrderMapper;
import io.lastmilehub.hub.geocoding.AddressResolution;
import io.lastmilehub.hub.orders.OrderUpdates;
import io.lastmilehub.hub.testsupport.HubIntegrationTest;
import io.lastmilehub.hub.testsupport.Samples;
import io.lastmilehub.model.ReasonCode;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.http.HttpEntity;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Shop webhooks over HTTP as the platforms send them: a topic header, a signature where the tenant has a secret
 * (tenant {@code other} signs Shopify's), and an order's later topics applied to the order the hub has.
 */
class ShopWebhooksIT extends HubIntegrationTest {

    @Autowired
    private OrderUpdates updates;

    private final ObjectMapper json = new ObjectMapper();

    @Test
    void anOrderCancelledInShopifyIsCancelledInTheHub() throws Exception {
        String orderId = acceptedOrder(postWebhook("shopify", DEMO_KEY, Samples.shopifyOrderNumbered(7101),
                Map.of(ShopifyOrderMapper.TOPIC_HEADER, "orders/create")));
        String updated = new String(Samples.shopifyOrderNumbered(7101), StandardCharsets.UTF_8)
                .replace("\"cancelled_at\": null", "\"cancelled_at\": \"2008-01-10T12:00:00-05:00\"")
                .replace("\"cancel_reason\": null", "\"cancel_reason\": \"customer\"");

        ResponseEntity<String> cancelled = postWebhook("shopify", DEMO_KEY, updated.getBytes(StandardCharsets.UTF_8),
                Map.of(ShopifyOrderMapper.TOPIC_HEADER, "orders/cancelled"));

        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(cancelled.getBody()).path("duplicate").asBoolean()).isFalse();
        JsonNode order = json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody());
        assertThat(order.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(order.path("statusReason").asText())
                .isEqualTo("cancelled in Shopify at 2008-01-10T17:00:00Z: customer");
    }

    @Test
    void anOrderUpdatedInShopifyIsChangedInTheHub_onceForEachChange() throws Exception {
        String orderId = acceptedOrder(postWebhook("shopify", DEMO_KEY, Samples.shopifyOrderNumbered(7104),
                Map.of(ShopifyOrderMapper.TOPIC_HEADER, "orders/create")));
        byte[] updated = new String(Samples.shopifyOrderNumbered(7104), StandardCharsets.UTF_8)
                .replace("Chestnut Street 92", "Elm Street 12")
                .replaceFirst("\"note\": null", "\"note\": \"Ring twice\"")
                .replace("\"updated_at\": \"2008-01-10T11:00:00-05:00\"",
                        "\"updated_at\": \"2008-01-11T09:00:00-05:00\"")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> topic = Map.of(ShopifyOrderMapper.TOPIC_HEADER, "orders/updated");

        ResponseEntity<String> changed = postWebhook("shopify", DEMO_KEY, updated, topic);

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(changed.getBody()).path("duplicate").asBoolean()).isFalse();
        JsonNode order = json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody());
        assertThat(order.path("shipTo").path("address").path("line1").asText()).isEqualTo("Elm Street 12");
        assertThat(order.path("instructions").asText()).contains("Ring twice");
        assertThat(order.path("status").asText()).isNotEqualTo("CANCELLED");
        assertThat(json.readTree(postWebhook("shopify", DEMO_KEY, updated, topic).getBody()).path("duplicate")
                .asBoolean()).as("the same change again").isTrue();
    }

    @Test
    void anOrderUpdatedInShopifyThatTheHubMissedIsCreated() throws Exception {
        ResponseEntity<String> created = postWebhook("shopify", DEMO_KEY, Samples.shopifyOrderNumbered(7105),
                Map.of(ShopifyOrderMapper.TOPIC_HEADER, "orders/updated"));

        String orderId = acceptedOrder(created);
        assertThat(json.readTree(postWebhook("shopify", DEMO_KEY, Samples.shopifyOrderNumbered(7105),
                Map.of(ShopifyOrderMapper.TOPIC_HEADER, "orders/create")).getBody()).path("orders").get(0).asText())
                .isEqualTo(orderId);
    }

    @Test
    void anOrderDeletedInWooCommerceIsCancelledInTheHub() throws Exception {
        String orderId = acceptedOrder(postWebhook("woocommerce", DEMO_KEY, Samples.wooCommerceOrderNumbered(7102),
                Map.of(WooCommerceOrderMapper.TOPIC_HEADER, "order.created")));

        ResponseEntity<String> deleted = postWebhook("woocommerce", DEMO_KEY,
                "{\"id\": 7102}".getBytes(StandardCharsets.UTF_8),
                Map.of(WooCommerceOrderMapper.TOPIC_HEADER, "order.deleted"));

        assertThat(deleted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody()).path("status").asText())
                .isEqualTo("CANCELLED");
    }

    @Test
    void anOrderUpdatedInWooCommerceIsChangedInTheHub_onceForEachChange() throws Exception {
        String orderId = acceptedOrder(postWebhook("woocommerce", DEMO_KEY, Samples.wooCommerceOrderNumbered(7106),
                Map.of(WooCommerceOrderMapper.TOPIC_HEADER, "order.created")));
        byte[] updated = new String(Samples.wooCommerceOrder(7106, "1 Elm Street"), StandardCharsets.UTF_8)
                .replace("\"date_modified_gmt\": \"2017-03-22T19:28:08\"",
                        "\"date_modified_gmt\": \"2017-03-23T08:00:00\"")
                .getBytes(StandardCharsets.UTF_8);
        Map<String, String> topic = Map.of(WooCommerceOrderMapper.TOPIC_HEADER, "order.updated");

        ResponseEntity<String> changed = postWebhook("woocommerce", DEMO_KEY, updated, topic);

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(changed.getBody()).path("duplicate").asBoolean()).isFalse();
        assertThat(shipToLine1(orderId)).isEqualTo("1 Elm Street");
        assertThat(json.readTree(postWebhook("woocommerce", DEMO_KEY, updated, topic).getBody()).path("duplicate")
                .asBoolean()).as("the same change again").isTrue();
    }

    @Test
    void aMagentoOrderSentAgainWithANewUpdateTimeIsChangedInTheHub() throws Exception {
        String orderId = acceptedOrder(postWebhook("magento", DEMO_KEY, Samples.magentoOrderNumbered(7107),
                Map.of()));
        byte[] updated = magentoOrder(7107, "\"updated_at\": \"2017-08-22 08:00:00\"")
                .replace("123 Oak Ave", "9 Elm St").getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> changed = postWebhook("magento", DEMO_KEY, updated, Map.of());

        assertThat(changed.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        assertThat(json.readTree(changed.getBody()).path("duplicate").asBoolean()).isFalse();
        assertThat(shipToLine1(orderId)).isEqualTo("9 Elm St");
        assertThat(json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody()).path("status").asText())
                .isNotEqualTo("CANCELLED");
    }

    @Test
    void aMagentoOrderSentAgainCanceledIsCancelledInTheHub() throws Exception {
        String orderId = acceptedOrder(postWebhook("magento", DEMO_KEY, Samples.magentoOrderNumbered(7108),
                Map.of()));
        byte[] canceled = magentoOrder(7108, "\"updated_at\": \"2017-08-22 08:00:00\"")
                .replace("\"state\": \"new\"", "\"state\": \"canceled\"")
                .replace("\"status\": \"pending\"", "\"status\": \"canceled\"")
                .getBytes(StandardCharsets.UTF_8);

        ResponseEntity<String> cancelled = postWebhook("magento", DEMO_KEY, canceled, Map.of());

        assertThat(cancelled.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        JsonNode order = json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody());
        assertThat(order.path("status").asText()).isEqualTo("CANCELLED");
        assertThat(order.path("statusReason").asText()).isEqualTo("canceled in Magento");
    }

    /** The intake stage looks the address up while the shop deletes the order: the lookup's end changes nothing. */
    @Test
    void anOrderCancelledWhileItsAddressIsLookedUpStaysCancelled() throws Exception {
        String orderId = acceptedOrder(postWebhook("woocommerce", DEMO_KEY, Samples.wooCommerceOrderNumbered(7103),
                Map.of(WooCommerceOrderMapper.TOPIC_HEADER, "order.created")));
        postWebhook("woocommerce", DEMO_KEY, "{\"id\": 7103}".getBytes(StandardCharsets.UTF_8),
                Map.of(WooCommerceOrderMapper.TOPIC_HEADER, "order.deleted"));

        updates.apply(orderId, new AddressResolution(null, ReasonCode.ADDRESS_NOT_FOUND, "no such street"));

        assertThat(json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody()).path("status").asText())
                .isEqualTo("CANCELLED");
    }

    @Test
    void aShopifyFulfillmentIsRefusedSayingWhatItIs() throws Exception {
        ResponseEntity<String> refused = postWebhook("shopify", DEMO_KEY, sample("ecommerce/shopify-fulfillment.json"),
                Map.of());

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        JsonNode violation = json.readTree(refused.getBody()).path("violations").get(0);
        assertThat(violation.path("field").asText()).isEqualTo("fulfillment");
        assertThat(violation.path("reason").asText()).startsWith("a Shopify fulfillment of order 450789469, not an "
                + "order");
    }

    @Test
    void aTenantWithASecretTakesOnlySignedWebhooks() throws Exception {
        byte[] order = Samples.shopifyOrderNumbered(7103);
        Map<String, String> unsigned = Map.of(ShopifyOrderMapper.TOPIC_HEADER, "orders/create");

        ResponseEntity<String> refused = postWebhook("shopify", OTHER_KEY, order, unsigned);
        ResponseEntity<String> accepted = postWebhook("shopify", OTHER_KEY, order, Map.of(
                ShopifyOrderMapper.TOPIC_HEADER, "orders/create", ShopifyOrderMapper.SIGNATURE_HEADER,
                new ShopWebhookSignature(ShopifyOrderMapper.SIGNATURE_HEADER, ShopifyOrderMapper.TOPIC_HEADER,
                        OTHER_SHOPIFY_SECRET).sign(order)));

        assertThat(refused.getStatusCode()).isEqualTo(HttpStatus.BAD_REQUEST);
        assertThat(json.readTree(refused.getBody()).path("violations").get(0).path("field").asText())
                .isEqualTo(ShopifyOrderMapper.SIGNATURE_HEADER);
        assertThat(accepted.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
    }

    /** The numbered Magento sample with another order-level {@code updated_at}. */
    private static String magentoOrder(int number, String updatedAt) {
        return new String(Samples.magentoOrderNumbered(number), StandardCharsets.UTF_8)
                .replace("\"updated_at\": \"2017-08-21 22:22:20\"", updatedAt);
    }

    private String shipToLine1(String orderId) throws Exception {
        return json.readTree(get("/api/v1/orders/" + orderId, DEMO_KEY).getBody()).path("shipTo").path("address")
                .path("line1").asText();
    }

    private String acceptedOrder(ResponseEntity<String> answer) throws Exception {
        assertThat(answer.getStatusCode()).isEqualTo(HttpStatus.ACCEPTED);
        return json.readTree(answer.getBody()).path("orders").get(0).asText();
    }

    private ResponseEntity<String> postWebhook(String format, String apiKey, byte[] body,
                                               Map<String, String> webhookHeaders) {
        HttpHeaders headers = new HttpHeaders();
        headers.set("X-Api-Key", apiKey);
        headers.setContentType(MediaType.APPLICATION_JSON);
        webhookHeaders.forEach(headers::set);
        return http.exchange("/api/v1/inbound/" + format, HttpMethod.POST, new HttpEntity<>(body, headers),
                String.class);
    }
}
