package io.lastmilehub.connectors.shopify;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.OrderCancellation;
import io.lastmilehub.connectors.support.shop.ShopWebhookSignature;
import io.lastmilehub.model.Money;
import io.lastmilehub.model.Parcel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/**
 * The variants of Shopify's documents and webhooks (REST Admin API order resource and webhook topics; the pages are
 * named in {@code samples/ecommerce/SOURCES.md}), built from the order sample where no public sample exists.
 */
class ShopifyVariantsTest extends InboundMapperTestBase {

    private static final String SAMPLE = "ecommerce/shopify-order.json";
    private static final String SECRET = "shpss_0123456789abcdef";

    @Override
    protected InboundMapper mapper() {
        return new ShopifyOrderMapper(SECRET);
    }

    private static ObjectNode order() {
        return (ObjectNode) sampleJson(SAMPLE).get("order");
    }

    /** The headers of a webhook as Shopify sends it (HTTP/2 lower-cases their names). */
    private static Map<String, String> webhook(ObjectNode body, String topic) {
        return Map.of("x-shopify-topic", topic, "x-shopify-hmac-sha256",
                sign(body.toString().getBytes(StandardCharsets.UTF_8)));
    }

    private MappedMessage mapWebhook(ObjectNode body, String topic) {
        return map(body, webhook(body, topic));
    }

    private static String sign(byte[] body) {
        return new ShopWebhookSignature(ShopifyOrderMapper.SIGNATURE_HEADER, ShopifyOrderMapper.TOPIC_HEADER, SECRET)
                .sign(body);
    }

    @Test
    void whenTheAdminApiListsOneOrder_itShouldMapItAsTheOrderItself() {
        ObjectNode list = sampleJson(SAMPLE).objectNode();
        list.putArray("orders").add(order());

        MappedMessage mapped = map(list);

        assertThat(mapped.sourceMessageId()).isEqualTo("450789469");
        assertThat(mapped.orders()).containsExactlyElementsOf(map(sample(SAMPLE)).orders());
    }

    @Test
    void whenTheAdminApiListIsEmpty_itShouldSayThereIsNothingToDeliver() {
        ObjectNode list = sampleJson(SAMPLE).objectNode();
        list.putArray("orders");

        MappingException failure = mappingFails(list);

        assertThat(failure.getField()).isEqualTo("orders");
        assertThat(failure.getReason()).isEqualTo("an empty list of Shopify orders: nothing to deliver");
    }

    @Test
    void whenCancelledAtIsSet_itShouldCancelTheOrderInsteadOfDeliveringIt() {
        ObjectNode order = order().put("cancelled_at", "2008-01-10T12:00:00-05:00").put("cancel_reason", "customer");

        MappedMessage mapped = map(order);

        assertThat(mapped.orders()).isEmpty();
        assertThat(mapped.sourceMessageId()).as("not taken for a repeat of the order").isEqualTo("450789469:cancelled");
        assertThat(mapped.cancellations()).containsExactly(
                new OrderCancellation("450789469", "cancelled in Shopify at 2008-01-10T17:00:00Z: customer"));
    }

    @Test
    void whenTheTopicIsOrdersCancelled_itShouldCancelTheOrder() {
        assertThat(mapWebhook(order(), "orders/cancelled").cancellations())
                .extracting(OrderCancellation::orderMessageId).containsExactly("450789469");
    }

    @Test
    void whenTheTopicIsOrdersDelete_itsBareIdShouldCancelTheOrder() {
        ObjectNode deleted = order().objectNode().put("id", 450789469);

        assertThat(mapWebhook(deleted, "orders/delete").cancellations())
                .containsExactly(new OrderCancellation("450789469", "deleted in Shopify"));
    }

    @ParameterizedTest
    @ValueSource(strings = {"orders/create", "orders/paid", "orders/fulfilled"})
    void whenALaterTopicCarriesTheOrder_itShouldBeTheSameOrderUnderItsOwnId(String topic) {
        MappedMessage mapped = mapWebhook(order(), topic);

        assertThat(mapped.sourceMessageId()).isEqualTo("450789469");
        assertThat(mapped.orders()).hasSize(1);
    }

    @Test
    void whenTheTopicIsOrdersUpdated_itShouldReviseTheOrderAsItIsNow_onceForEachChange() {
        ObjectNode edited = order();
        ((ObjectNode) edited.get("shipping_address")).put("address1", "12 Elm Street");
        edited.put("note", "Leave at the back door");

        MappedMessage mapped = mapWebhook(edited, "orders/updated");

        assertThat(mapped.orders()).isEmpty();
        assertThat(mapped.sourceMessageId()).isEqualTo("450789469:updated:2008-01-10T11:00:00-05:00");
        assertThat(mapped.revisions()).singleElement().satisfies(revision -> {
            assertThat(revision.orderMessageId()).isEqualTo("450789469");
            assertThat(revision.order().getShipTo().getAddress().getLine1()).isEqualTo("12 Elm Street");
            assertThat(revision.order().getInstructions()).contains("Leave at the back door");
        });
        edited.put("updated_at", "2008-01-11T09:30:00-05:00");
        assertThat(mapWebhook(edited, "orders/updated").sourceMessageId())
                .isEqualTo("450789469:updated:2008-01-11T09:30:00-05:00");
    }

    @Test
    void whenTheTopicIsNotAboutOrders_itShouldNameTheTopicHeader() {
        ObjectNode order = order();
        MappingException failure = mappingFails(order, webhook(order, "products/update"));

        assertThat(failure.getField()).isEqualTo("X-Shopify-Topic");
        assertThat(failure.getReason()).startsWith("'products/update' is not an order topic; the hub takes");
    }

    @Test
    void whenAFulfillmentWebhookPostsItBare_itShouldSayWhatItIsAndWhereShipmentsGo() {
        ObjectNode fulfillment = order().objectNode().put("id", 255858046).put("order_id", 450789469)
                .put("status", "success").put("tracking_company", "UPS").put("tracking_number", "1Z2345");

        MappingException failure = mappingFails(fulfillment);

        assertThat(failure.getField()).isEqualTo("$");
        assertThat(failure.getReason()).startsWith("a Shopify fulfillment of order 450789469, not an order;")
                .contains("wms-json");
    }

    @Test
    void whenAFulfillmentOrderIsPosted_itShouldSayWhatItIs() {
        ObjectNode document = order().objectNode();
        document.putObject("fulfillment_order").put("id", 1046000778).put("order_id", 450789469)
                .put("request_status", "unsubmitted").put("status", "open");

        MappingException failure = mappingFails(document);

        assertThat(failure.getField()).isEqualTo("fulfillment_order");
        assertThat(failure.getReason()).startsWith("a Shopify fulfillment order of order 450789469, not an order");
    }

    @Test
    void whenAnOrderEditIsPosted_itShouldSayWhatItIs() {
        ObjectNode document = order().objectNode();
        document.putObject("order_edit").put("id", 78912328).put("order_id", 450789469);

        assertThat(mappingFails(document).getReason()).startsWith("a Shopify order edit of order 450789469");
    }

    @Test
    void whenAGraphQlResponseIsPosted_itShouldSayWhatItIsAndWhatTheHubTakes() {
        ObjectNode response = order().objectNode();
        response.putObject("data").putObject("order").put("id", "gid://shopify/Order/450789469");

        MappingException failure = mappingFails(response);

        assertThat(failure.getReason()).startsWith("a Shopify GraphQL response, not an order; the hub takes "
                + "Shopify orders");
    }

    @Test
    void whenAnEditRemovedPieces_theCurrentQuantityShouldCount() {
        ObjectNode order = order();
        ((ObjectNode) order.get("line_items").get(0)).put("quantity", 3).put("current_quantity", 2);
        ((ObjectNode) order.get("line_items").get(1)).put("current_quantity", 0);

        assertThat(mapOne(order).getParcels()).extracting(Parcel::getId, Parcel::getQuantity, Parcel::getWeightKg)
                .containsExactly(tuple("466157049", 2, 0.4), tuple("703073504", 1, 0.2));
    }

    @Test
    void whenNoLineIsWeighed_theOrdersTotalWeightShouldBeSpreadOverThePieces() {
        ObjectNode order = order().put("total_weight", 1500);
        order.get("line_items").forEach(line -> ((ObjectNode) line).put("grams", 0));
        ((ObjectNode) order.get("line_items").get(0)).put("quantity", 2);

        assertThat(mapOne(order).getParcels()).extracting(Parcel::getWeightKg).containsExactly(0.75, 0.375, 0.375);
    }

    @Test
    void whenAQuantityIsNegative_itShouldNameTheField() {
        ObjectNode order = order();
        ((ObjectNode) order.get("line_items").get(0)).put("quantity", -3);

        MappingException failure = mappingFails(order);

        assertThat(failure.getField()).isEqualTo("line_items[0].quantity");
        assertThat(failure.getReason()).isEqualTo("must not be negative: -3");
    }

    @Test
    void whenAWeightIsBeyondAnyVehicle_itShouldNameTheField() {
        ObjectNode order = order();
        ((ObjectNode) order.get("line_items").get(2)).put("grams", new BigDecimal("1e300"));

        MappingException failure = mappingFails(order);

        assertThat(failure.getField()).isEqualTo("line_items[2].grams");
        assertThat(failure.getReason()).startsWith("out of range");
    }

    @Test
    void whenADateIsNotADate_itShouldNameTheField() {
        MappingException failure = mappingFails(order().put("created_at", "10/01/2008 11:00"));

        assertThat(failure.getField()).isEqualTo("created_at");
        assertThat(failure.getReason()).isEqualTo("not an ISO 8601 date and time");
    }

    @Test
    void whenCashOnDeliveryIsPartlyPaid_theOutstandingAmountShouldBeCollected() {
        ObjectNode order = order().put("gateway", "Cash on Delivery (COD)").put("financial_status", "partially_paid")
                .put("current_total_price", "399.94").put("total_outstanding", "150.00");

        assertThat(mapOne(order).getCashOnDelivery())
                .isEqualTo(Money.builder().amount(new BigDecimal("150.00")).currency("USD").build());
    }

    @Test
    void whenCashOnDeliveryIsAlreadyPaid_nothingShouldBeCollected() {
        ObjectNode order = order().put("gateway", "Cash on Delivery (COD)").put("financial_status", "paid");

        assertThat(mapOne(order).getCashOnDelivery()).isNull();
    }

    @Test
    void whenTheAddressHasACountryNameOnly_itShouldBeUnderstood() {
        ObjectNode order = order();
        ((ObjectNode) order.get("shipping_address")).remove("country_code");

        assertThat(mapOne(order).getShipTo().getAddress().getCountryCode()).isEqualTo("US");
    }

    @Test
    void whenAWebhookIsSignedWithTheTenantsSecret_itShouldBeTaken() {
        assertThat(mapWebhook(order(), "orders/create").orders()).hasSize(1);
    }

    @Test
    void whenAWebhookIsSignedWithAnotherSecret_itShouldNameTheSignatureHeader() {
        MappingException failure = mappingFails(order(), Map.of(ShopifyOrderMapper.TOPIC_HEADER, "orders/create",
                ShopifyOrderMapper.SIGNATURE_HEADER, "AAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAAA="));

        assertThat(failure.getField()).isEqualTo("X-Shopify-Hmac-Sha256");
        assertThat(failure.getReason()).isEqualTo("does not match the body signed with this tenant's secret");
    }

    @Test
    void whenAWebhookIsNotSigned_itShouldNameTheSignatureHeader() {
        MappingException failure = mappingFails(order(), Map.of(ShopifyOrderMapper.TOPIC_HEADER, "orders/create"));

        assertThat(failure.getField()).isEqualTo("X-Shopify-Hmac-Sha256");
        assertThat(failure.getReason()).isEqualTo("missing: this tenant's webhooks must be signed");
    }

    @Test
    void whenAnIntegratorPostsAnApiResponse_noSignatureShouldBeNeeded() {
        assertThat(map(sample(SAMPLE)).orders()).hasSize(1);
    }
}
