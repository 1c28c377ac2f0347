package io.lastmilehub.connectors.woocommerce;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.OrderCancellation;
import io.lastmilehub.connectors.spi.OrderRevision;
import io.lastmilehub.connectors.support.shop.ShopWebhookSignature;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Money;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The variants of WooCommerce's documents and webhooks: the legacy REST API (v1 to v3), wc/v1 to wc/v3, lists and
 * the {@code order.*} webhooks (pages named in {@code samples/ecommerce/SOURCES.md}).
 */
class WooCommerceVariantsTest extends InboundMapperTestBase {

    private static final String V3 = "ecommerce/woocommerce-wc-v3-order.json";
    private static final String LEGACY = "ecommerce/woocommerce-legacy-v3-order.json";
    private static final String SECRET = "wc-webhook-secret";

    @Override
    protected InboundMapper mapper() {
        return new WooCommerceOrderMapper(SECRET);
    }

    private static ObjectNode legacyOrder() {
        return (ObjectNode) sampleJson(LEGACY).get("order");
    }

    private static Map<String, String> webhook(ObjectNode body, String topic) {
        String signature = new ShopWebhookSignature(WooCommerceOrderMapper.SIGNATURE_HEADER,
                WooCommerceOrderMapper.TOPIC_HEADER, SECRET).sign(body.toString().getBytes(StandardCharsets.UTF_8));
        return Map.of("X-WC-Webhook-Topic", topic, "X-WC-Webhook-Signature", signature);
    }

    @Test
    void whenTheLegacyApiWrapsTheOrder_itsFieldNamesShouldBeRead() {
        MappedMessage mapped = map(sample(LEGACY));

        assertThat(mapped.sourceMessageId()).isEqualTo("645");
        DeliveryOrder order = mapped.orders().get(0);
        assertThat(order.getReferences().getShopOrder()).isEqualTo("645");
        assertThat(order.getShipTo().getAddress().getLine1()).isEqualTo("969 Market");
        assertThat(order.getShipTo().getContact().getEmail()).isEqualTo("john.doe@example.com");
        assertThat(order.getShipTo().getContact().getPhone()).isEqualTo("(555) 555-5555");
        assertThat(order.getParcels()).extracting(p -> p.getQuantity()).containsExactly(2, 1);
    }

    @Test
    void whenTheLegacyListHoldsOneOrder_itShouldBeMappedAsThatOrder() {
        ObjectNode list = legacyOrder().objectNode();
        list.putArray("orders").add(legacyOrder());

        assertThat(map(list).orders()).containsExactlyElementsOf(map(sample(LEGACY)).orders());
    }

    @Test
    void whenTheRestApiListsSeveralOrders_itShouldAskForOneAtATime() {
        ArrayNode list = sampleJson(V3).arrayNode().add(sampleJson(V3)).add(sampleJson(V3));

        MappingException failure = mappingFails(list);

        assertThat(failure.getField()).isEqualTo("$");
        assertThat(failure.getReason()).startsWith("a list of 2 WooCommerce orders: post each order on its own");
    }

    @Test
    void whenTheRestApiListsOneOrder_itShouldBeMappedAsThatOrder() {
        ArrayNode list = sampleJson(V3).arrayNode().add(sampleJson(V3));

        assertThat(map(list).orders()).containsExactlyElementsOf(map(sample(V3)).orders());
    }

    @Test
    void whenTheOrderIsFromWcV1WithoutGmtDates_itShouldMapTheSame() {
        ObjectNode v1 = sampleJson(V3);
        v1.remove("date_created_gmt");
        v1.remove("date_modified_gmt");
        v1.remove("date_paid_gmt");
        v1.remove("date_completed_gmt");

        assertThat(map(v1).orders()).containsExactlyElementsOf(map(sample(V3)).orders());
    }

    @Test
    void whenTheLegacyPaymentIsCashOnDelivery_theTotalShouldBeCollected() {
        ObjectNode order = legacyOrder();
        ((ObjectNode) order.get("payment_details")).put("method_id", "cod").put("paid", false);

        assertThat(mapOne(order).getCashOnDelivery())
                .isEqualTo(Money.builder().amount(new BigDecimal("79.87")).currency("USD").build());
    }

    @ParameterizedTest
    @CsvSource({"cancelled, cancelled in WooCommerce", "refunded, refunded in WooCommerce",
            "failed, payment failed in WooCommerce", "trash, moved to the trash in WooCommerce"})
    void whenTheOrderWillNotShip_itShouldCancelTheOrderInstead(String status, String reason) {
        MappedMessage mapped = map(sampleJson(V3).put("status", status));

        assertThat(mapped.orders()).isEmpty();
        assertThat(mapped.sourceMessageId()).isEqualTo("727:cancelled");
        assertThat(mapped.cancellations()).containsExactly(new OrderCancellation("727", reason));
    }

    @Test
    void whenALegacyOrderIsCancelled_itShouldCancelTheOrderInstead() {
        assertThat(map(legacyOrder().put("status", "cancelled")).cancellations())
                .containsExactly(new OrderCancellation("645", "cancelled in WooCommerce"));
    }

    @Test
    void whenTheTopicIsOrderDeleted_itsBareIdShouldCancelTheOrder() {
        ObjectNode deleted = sampleJson(V3).objectNode().put("id", 727);

        assertThat(map(deleted, webhook(deleted, "order.deleted")).cancellations())
                .containsExactly(new OrderCancellation("727", "deleted in WooCommerce"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"order.created", "order.restored"})
    void whenATopicCarriesTheOrder_itShouldBeTheSameOrderUnderItsOwnId(String topic) {
        ObjectNode order = sampleJson(V3);

        MappedMessage mapped = map(order, webhook(order, topic));

        assertThat(mapped.sourceMessageId()).isEqualTo("727");
        assertThat(mapped.orders()).hasSize(1);
    }

    @Test
    void whenTheTopicIsOrderUpdated_itShouldBeAChangeOfTheSameOrder_oncePerModification() {
        ObjectNode order = sampleJson(V3).put("date_modified_gmt", "2017-03-23T08:00:00");
        ((ObjectNode) order.get("shipping")).put("address_1", "12 Elm Street");

        MappedMessage mapped = map(order, webhook(order, "order.updated"));

        assertThat(mapped.orders()).as("nothing new to create").isEmpty();
        assertThat(mapped.sourceMessageId()).isEqualTo("727:updated:2017-03-23T08:00:00");
        assertThat(mapped.revisions()).extracting(OrderRevision::orderMessageId).containsExactly("727");
        assertThat(mapped.revisions().get(0).order().getShipTo().getAddress().getLine1()).isEqualTo("12 Elm Street");
        assertThat(firstSight(mapped).sourceMessageId()).as("created under its own id when the hub missed it")
                .isEqualTo("727");
    }

    @Test
    void whenTheTopicIsNotAboutOrders_itShouldNameTheTopicHeader() {
        ObjectNode order = sampleJson(V3);

        MappingException failure = mappingFails(order, webhook(order, "product.updated"));

        assertThat(failure.getField()).isEqualTo("X-WC-Webhook-Topic");
        assertThat(failure.getReason()).startsWith("'product.updated' is not an order topic");
    }

    @Test
    void whenTheSignatureIsWrong_itShouldNameTheSignatureHeader() {
        MappingException failure = mappingFails(sampleJson(V3), Map.of("X-WC-Webhook-Topic", "order.created",
                "X-WC-Webhook-Signature", "bm90IHRoZSBzaWduYXR1cmU="));

        assertThat(failure.getField()).isEqualTo("X-WC-Webhook-Signature");
        assertThat(failure.getReason()).isEqualTo("does not match the body signed with this tenant's secret");
    }

    @Test
    void whenWooPingsANewWebhook_itShouldSayItIsAPing() {
        MappingException failure = mappingFails("webhook_id=15");

        assertThat(failure.getField()).isEqualTo("$");
        assertThat(failure.getReason()).startsWith("a WooCommerce webhook ping (sent when a webhook is saved), "
                + "not an order; the hub takes WooCommerce orders");
    }

    @Test
    void whenAProductIsPosted_itShouldSayWhatItIs() {
        ObjectNode product = sampleJson(V3).objectNode().put("id", 794).put("name", "Premium Quality")
                .put("permalink", "https://example.com/product/premium-quality-19/").put("regular_price", "21.99");

        assertThat(mappingFails(product).getReason()).startsWith("a WooCommerce product, not an order");
    }

    @Test
    void whenALogOfWebhookDeliveriesIsPosted_itShouldSayWhatItIs() {
        ArrayNode log = sampleJson(V3).arrayNode();
        log.addObject().put("id", 7).put("duration", "0.4").put("request_method", "POST")
                .put("request_body", "{}").put("response_code", "200").putObject("request_headers");

        assertThat(mappingFails(log).getReason()).startsWith("a log of WooCommerce webhook deliveries, not an order");
    }

    @Test
    void whenTheOrderIsACheckoutDraft_itShouldSayItIsNotPlacedYet() {
        MappingException failure = mappingFails(sampleJson(V3).put("status", "checkout-draft"));

        assertThat(failure.getField()).isEqualTo("status");
        assertThat(failure.getReason()).startsWith("a WooCommerce checkout draft (not yet placed), not an order");
    }

    @Test
    void whenAQuantityIsNegative_itShouldNameTheField() {
        ObjectNode order = sampleJson(V3);
        ((ObjectNode) order.get("line_items").get(1)).put("quantity", -3);

        MappingException failure = mappingFails(order);

        assertThat(failure.getField()).isEqualTo("line_items[1].quantity");
        assertThat(failure.getReason()).isEqualTo("must not be negative: -3");
    }

    @Test
    void whenADateIsNotADate_itShouldNameTheField() {
        MappingException failure = mappingFails(sampleJson(V3).put("date_created_gmt", "yesterday"));

        assertThat(failure.getField()).isEqualTo("date_created_gmt");
        assertThat(failure.getReason()).isEqualTo("not an ISO 8601 date and time");
    }
}
