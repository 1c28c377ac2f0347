package io.lastmilehub.connectors.magento;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.OrderCancellation;
import io.lastmilehub.connectors.spi.OrderRevision;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The variants of Magento / Adobe Commerce documents (REST API order, search result and order-create body) and the
 * documents that are not orders (ship-order and invoice requests, shipments, GraphQL responses); pages named in
 * {@code samples/ecommerce/SOURCES.md}.
 */
class MagentoVariantsTest extends InboundMapperTestBase {

    private static final String SAMPLE = "ecommerce/magento-order.json";

    @Override
    protected InboundMapper mapper() {
        return new MagentoOrderMapper();
    }

    @Test
    void whenASearchResultHoldsOneOrder_itShouldBeMappedAsThatOrder() {
        ObjectNode result = sampleJson(SAMPLE).objectNode();
        result.putArray("items").add(sampleJson(SAMPLE));
        result.putObject("search_criteria").putArray("filter_groups");
        result.put("total_count", 1);

        assertThat(mapOne(result)).isEqualTo(mapOne(sample(SAMPLE)));
    }

    @Test
    void whenTheOrderIsWrappedAsEntity_itShouldBeMappedAsTheOrder() {
        ObjectNode wrapped = sampleJson(SAMPLE).objectNode();
        wrapped.set("entity", sampleJson(SAMPLE));

        assertThat(mapOne(wrapped)).isEqualTo(mapOne(sample(SAMPLE)));
    }

    @Test
    void whenAShipOrderRequestIsPosted_itShouldSayWhatItIsAndWhatTheHubTakes() {
        ObjectNode request = sampleJson(SAMPLE).objectNode().put("notify", true).put("appendComment", true);
        request.putArray("items").addObject().put("order_item_id", 3).put("qty", 1);
        request.putArray("tracks").addObject().put("track_number", "1Z999").put("title", "UPS")
                .put("carrier_code", "ups");

        MappingException failure = mappingFails(request);

        assertThat(failure.getField()).isEqualTo("$");
        assertThat(failure.getReason()).isEqualTo("a Magento ship-order request (POST /V1/order/{orderId}/ship), not "
                + "an order; the hub takes Magento orders as GET /V1/orders/{id} returns them");
    }

    @Test
    void whenAnInvoiceRequestIsPosted_itShouldSayWhatItIs() {
        ObjectNode request = sampleJson(SAMPLE).objectNode().put("capture", true).put("notify", true);

        assertThat(mappingFails(request).getReason()).startsWith("a Magento invoice request");
    }

    @Test
    void whenAShipmentIsPosted_itShouldSayWhoseItIs() {
        ObjectNode shipment = sampleJson(SAMPLE).objectNode().put("entity_id", 1).put("order_id", 3)
                .put("increment_id", "000000001");
        shipment.putArray("packages");

        assertThat(mappingFails(shipment).getReason()).startsWith("a Magento shipment of order 3, not an order");
    }

    @Test
    void whenAGraphQlResponseIsPosted_itShouldSayWhatItIs() {
        ObjectNode response = sampleJson(SAMPLE).objectNode();
        response.putObject("data").putObject("customer").putObject("orders").putArray("items");

        assertThat(mappingFails(response).getReason()).startsWith("a Magento GraphQL response, not an order");
    }

    @Test
    void whenTheOrderIsCanceled_itShouldCancelTheOrderInstead() {
        MappedMessage mapped = map(sampleJson(SAMPLE).put("state", "canceled").put("status", "canceled"));

        assertThat(mapped.orders()).isEmpty();
        assertThat(mapped.cancellations()).containsExactly(new OrderCancellation("3", "canceled in Magento"));
    }

    @Test
    void whenTheOrderIsSentAgainWithANewUpdateTime_itShouldBeAChangeOfTheSameOrder() {
        ObjectNode changed = sampleJson(SAMPLE).put("updated_at", "2017-08-22 08:00:00").put("state", "processing");
        ((ObjectNode) changed.at("/extension_attributes/shipping_assignments/0/shipping/address"))
                .putArray("street").add("9 Elm St");

        MappedMessage first = map(sample(SAMPLE));
        MappedMessage second = map(changed);

        assertThat(first.revisions()).extracting(OrderRevision::orderMessageId).containsExactly("3");
        assertThat(second.revisions()).extracting(OrderRevision::orderMessageId).containsExactly("3");
        assertThat(second.sourceMessageId()).as("each change is a message of its own")
                .isNotEqualTo(first.sourceMessageId()).isEqualTo("3:updated:2017-08-22 08:00:00");
        assertThat(map(changed.toString().replace(",", ", ")).sourceMessageId()).as("the same change again")
                .isEqualTo(second.sourceMessageId());
        assertThat(second.revisions().get(0).order().getShipTo().getAddress().getLine1()).isEqualTo("9 Elm St");
        assertThat(second.orders()).as("nothing new to create").isEmpty();
    }

    @Test
    void whenTheOrderIsClosed_itShouldCancelTheOrderInstead() {
        MappedMessage mapped = map(sampleJson(SAMPLE).put("state", "closed").put("status", "closed"));

        assertThat(mapped.revisions()).isEmpty();
        assertThat(mapped.cancellations()).containsExactly(new OrderCancellation("3", "closed (refunded) in Magento"));
    }

    @Test
    void whenAQuantityIsNegative_itShouldNameTheField() {
        ObjectNode order = sampleJson(SAMPLE);
        ((ObjectNode) order.get("items").get(0)).put("qty_ordered", -3);

        MappingException failure = mappingFails(order);

        assertThat(failure.getField()).isEqualTo("items[0].qty_ordered");
        assertThat(failure.getReason()).isEqualTo("must not be negative: -3");
    }

    @Test
    void whenAWeightIsBeyondAnyVehicle_itShouldNameTheField() {
        ObjectNode order = sampleJson(SAMPLE);
        ((ObjectNode) order.get("items").get(0)).put("weight", new BigDecimal("1e300"));

        assertThat(mappingFails(order).getField()).isEqualTo("items[0].weight");
    }

    @Test
    void whenADateIsNotADate_itShouldNameTheField() {
        MappingException failure = mappingFails(sampleJson(SAMPLE).put("created_at", "2017-13-45 25:61:00"));

        assertThat(failure.getField()).isEqualTo("created_at");
    }
}
