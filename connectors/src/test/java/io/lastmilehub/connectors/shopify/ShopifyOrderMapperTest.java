package io.lastmilehub.connectors.shopify;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Money;
import io.lastmilehub.model.Parcel;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class ShopifyOrderMapperTest extends InboundMapperTestBase {

    private static final String SAMPLE = "ecommerce/shopify-order.json";

    @Override
    protected InboundMapper mapper() {
        return new ShopifyOrderMapper();
    }

    private static ObjectNode order(ObjectNode sample) {
        return (ObjectNode) sample.get("order");
    }

    @Test
    void whenTheAdminApiSampleIsMapped_itShouldCarryItsValues() {
        MappedMessage mapped = map(sample(SAMPLE));

        assertThat(mapped.sourceSystem()).isEqualTo("shopify");
        assertThat(mapped.sourceMessageId()).isEqualTo("450789469");
        DeliveryOrder order = mapped.orders().get(0);
        assertThat(order.getReferences().getShopOrder()).isEqualTo("#1001");
        assertThat(order.getShipTo().getName()).isEqualTo("Bob Norman");
        assertThat(order.getShipTo().getCompany()).isNull();
        assertThat(order.getShipTo().getAddress()).isEqualTo(Address.builder().line1("Chestnut Street 92")
                .city("Louisville").postalCode("40202").region("KY").countryCode("US").build());
        assertThat(order.getShipTo().getLocation())
                .isEqualTo(GeoPoint.builder().latitude(45.41634).longitude(-75.6868).build());
        assertThat(order.getShipTo().getContact()).isEqualTo(Contact.builder().name("Bob Norman")
                .phone("555-625-1199").email("bob.norman@hostmail.com").build());
        assertThat(order.getParcels()).extracting(Parcel::getId, Parcel::getDescription, Parcel::getQuantity)
                .containsExactly(tuple("466157049", "IPod Nano - 8gb - green", 1),
                        tuple("518995019", "IPod Nano - 8gb - red", 1),
                        tuple("703073504", "IPod Nano - 8gb - black", 1));
        assertThat(order.getParcels()).extracting(Parcel::getWeightKg).containsOnly(0.2);
        assertThat(order.totalWeightKg()).isCloseTo(0.6, within(1e-9));
        assertThat(order.getCashOnDelivery()).as("paid through authorize_net").isNull();
        assertThat(order.getInstructions()).as("the cart's note attributes")
                .isEqualTo("custom engraving: Happy Birthday\ncolour: green");
    }

    @Test
    void whenAWebhookSendsTheBareOrder_itShouldMapItTheSame() {
        DeliveryOrder wrapped = mapOne(sample(SAMPLE));

        assertThat(mapOne(order(sampleJson(SAMPLE)))).isEqualTo(wrapped);
    }

    @ParameterizedTest
    @ValueSource(strings = {"Cash on Delivery (COD)", "cash_on_delivery"})
    void whenTheGatewayIsCashOnDelivery_itShouldCollectTheOrderTotal(String gateway) {
        ObjectNode sample = sampleJson(SAMPLE);
        order(sample).put("gateway", gateway);

        assertThat(mapOne(sample).getCashOnDelivery())
                .isEqualTo(Money.builder().amount(new BigDecimal("409.94")).currency("USD").build());
    }

    @Test
    void whenOnlyThePaymentGatewayNamesSayCashOnDelivery_itShouldCollectTheOrderTotal() {
        ObjectNode sample = sampleJson(SAMPLE);
        order(sample).remove("gateway");
        order(sample).putArray("payment_gateway_names").add("gift_card").add("Cash on Delivery (COD)");

        assertThat(mapOne(sample).getCashOnDelivery().getAmount()).isEqualByComparingTo("409.94");
    }

    @Test
    void whenALineNeedsNoShipping_itShouldBeLeftOut() {
        ObjectNode sample = sampleJson(SAMPLE);
        ((ObjectNode) order(sample).get("line_items").get(1)).put("requires_shipping", false);

        assertThat(mapOne(sample).getParcels()).extracting(Parcel::getId).containsExactly("466157049", "703073504");
    }

    @Test
    void whenNothingNeedsShipping_itShouldMapNoDeliveryOrder() {
        ObjectNode sample = sampleJson(SAMPLE);
        order(sample).get("line_items").forEach(line -> ((ObjectNode) line).put("requires_shipping", false));
        order(sample).remove("shipping_address");

        MappedMessage mapped = map(sample);

        assertThat(mapped.sourceMessageId()).isEqualTo("450789469");
        assertThat(mapped.orders()).isEmpty();
    }

    @Test
    void whenALineHasSeveralPieces_itsWeightShouldCoverThemAll() {
        ObjectNode sample = sampleJson(SAMPLE);
        ((ObjectNode) order(sample).get("line_items").get(0)).put("quantity", 3).put("grams", 1250);

        Parcel first = mapOne(sample).getParcels().get(0);

        assertThat(first.getQuantity()).isEqualTo(3);
        assertThat(first.getWeightKg()).isEqualTo(3.75);
    }

    @Test
    void whenTheCustomerLeftANote_itShouldBeTheDriversInstructions() {
        ObjectNode sample = sampleJson(SAMPLE);
        order(sample).put("note", "Leave at the back door");
        order(sample).remove("note_attributes");

        assertThat(mapOne(sample).getInstructions()).isEqualTo("Leave at the back door");
    }

    @Test
    void whenTheAddressIsNotGeocoded_itShouldHaveNoLocation() {
        ObjectNode sample = sampleJson(SAMPLE);
        ((ObjectNode) order(sample).get("shipping_address")).putNull("latitude").putNull("longitude");

        assertThat(mapOne(sample).getShipTo().getLocation()).isNull();
    }

    @Test
    void whenThePayloadIsNotJson_itShouldNameTheDocument() {
        MappingException failure = mappingFails("<order><id>1</id></order>");

        assertThat(failure.getField()).isEqualTo("$");
        assertThat(failure.getReason()).startsWith("not JSON");
    }

    @Test
    void whenTheShippingAddressIsMissing_itShouldNameIt() {
        ObjectNode sample = sampleJson(SAMPLE);
        order(sample).remove("shipping_address");

        MappingException failure = mappingFails(sample);

        assertThat(failure.getField()).isEqualTo("order.shipping_address");
        assertThat(failure.getReason()).isEqualTo("missing");
    }

    @Test
    void whenABareOrderHasNoShippingAddress_itShouldNameItWithoutTheWrapper() {
        ObjectNode order = order(sampleJson(SAMPLE));
        order.putNull("shipping_address");

        assertThat(mappingFails(order).getField()).isEqualTo("shipping_address");
    }

    @Test
    void whenTheCountryIsNotAnIsoCode_itShouldNameTheCountryCode() {
        ObjectNode sample = sampleJson(SAMPLE);
        ((ObjectNode) order(sample).get("shipping_address")).put("country_code", "Narnia");

        MappingException failure = mappingFails(sample);

        assertThat(failure.getField()).isEqualTo("order.shipping_address.country_code");
        assertThat(failure.getReason()).isEqualTo("not an ISO 3166-1 country code");
    }

    @Test
    void whenTheCountryIsMissing_itShouldNameTheCountryCode() {
        ObjectNode sample = sampleJson(SAMPLE);
        ((ObjectNode) order(sample).get("shipping_address")).remove("country_code");
        ((ObjectNode) order(sample).get("shipping_address")).remove("country");

        MappingException failure = mappingFails(sample);

        assertThat(failure.getField()).isEqualTo("order.shipping_address.country_code");
        assertThat(failure.getReason()).isEqualTo("missing");
    }

    @Test
    void whenTheLineItemsAreNotAList_itShouldNameThem() {
        ObjectNode sample = sampleJson(SAMPLE);
        order(sample).put("line_items", "three iPods");

        assertThat(mappingFails(sample).getField()).isEqualTo("order.line_items");
    }

    @Test
    void whenTheOrderIdIsMissing_itShouldNameIt() {
        ObjectNode sample = sampleJson(SAMPLE);
        order(sample).remove("id");

        assertThat(mappingFails(sample).getField()).isEqualTo("order.id");
    }

    @Test
    void whenTheLatitudeIsOutOfRange_itShouldNameIt() {
        ObjectNode sample = sampleJson(SAMPLE);
        ((ObjectNode) order(sample).get("shipping_address")).put("latitude", "145.4");

        assertThat(mappingFails(sample).getField()).isEqualTo("order.shipping_address.latitude");
    }

    @Test
    void whenTheDocumentIsAListOfSeveralOrders_itShouldAskForOneAtATime() {
        ArrayNode list = sampleJson(SAMPLE).arrayNode().add(order(sampleJson(SAMPLE))).add(order(sampleJson(SAMPLE)));

        MappingException failure = mappingFails(list);

        assertThat(failure.getField()).isEqualTo("$");
        assertThat(failure.getReason()).startsWith("a list of 2 Shopify orders: post each order on its own");
    }
}
