package io.lastmilehub.connectors.magento;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Money;
import io.lastmilehub.model.Parcel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class MagentoOrderMapperTest extends InboundMapperTestBase {

    private static final String SAMPLE = "ecommerce/magento-order.json";
    private static final String SHIPPING_ADDRESS = "extension_attributes.shipping_assignments[0].shipping.address";

    @Override
    protected InboundMapper mapper() {
        return new MagentoOrderMapper();
    }

    private static ObjectNode shippingAddress(ObjectNode sample) {
        return (ObjectNode) sample.at("/extension_attributes/shipping_assignments/0/shipping/address");
    }

    @Test
    void whenTheRestApiSampleIsMapped_itShouldCarryItsValues() {
        MappedMessage mapped = firstSight(map(sample(SAMPLE)));

        assertThat(mapped.sourceSystem()).isEqualTo("magento");
        assertThat(mapped.sourceMessageId()).isEqualTo("3");
        DeliveryOrder order = mapped.orders().get(0);
        assertThat(order.getReferences().getShopOrder()).isEqualTo("000000003");
        assertThat(order.getShipTo().getName()).isEqualTo("Jane Doe");
        assertThat(order.getShipTo().getAddress()).isEqualTo(Address.builder().line1("123 Oak Ave")
                .city("Purchase").postalCode("10577").region("NY").countryCode("US").build());
        assertThat(order.getShipTo().getContact()).isEqualTo(Contact.builder().name("Jane Doe")
                .phone("512-555-1111").email("jdoe@example.com").build());
        assertThat(order.getCashOnDelivery()).as("paid by bank transfer").isNull();
        assertThat(order.getInstructions()).isNull();
    }

    @Test
    void whenItemsNest_onlyTopLevelShippedItemsShouldBecomeParcels() {
        DeliveryOrder order = mapOne(sample(SAMPLE));

        // Skipped: the downloadable item 4, the bundle's children 6-9 and the configurable's child 11.
        assertThat(order.getParcels()).extracting(Parcel::getId, Parcel::getDescription, Parcel::getQuantity)
                .containsExactly(tuple("3", "Radiant Tee-M-Orange", 1),
                        tuple("5", "Sprite Yoga Companion Kit", 1),
                        tuple("10", "Chaz Kangeroo Hoodie", 1));
    }

    @Test
    void whenTheStoreWeighsInPounds_weightsShouldBeConvertedToKilograms() {
        DeliveryOrder order = mapOne(sample(SAMPLE));

        assertThat(order.getParcels()).extracting(Parcel::getWeightKg).containsExactly(0.454, 0.0, 0.454);
        assertThat(order.totalWeightKg()).as("the order's own weight is 2 lbs").isCloseTo(0.907, within(0.001));
    }

    @Test
    void whenTheMessageSaysKilograms_weightsShouldBeTakenAsTheyAre() {
        MappedMessage mapped = firstSight(map(sample(SAMPLE), Map.of("Magento-Weight-Unit", "kgs")));

        assertThat(mapped.orders().get(0).getParcels()).extracting(Parcel::getWeightKg).containsExactly(1.0, 0.0, 1.0);
        assertThat(firstSight(new MagentoOrderMapper(MagentoOrderMapper.WeightUnit.KGS)
                .map(new InboundMessage(TENANT, "magento", sample(SAMPLE), Map.of())))
                .orders().get(0).totalWeightKg()).isEqualTo(2.0);
    }

    @Test
    void whenTheWeightUnitHeaderIsUnknown_itShouldNameTheHeader() {
        assertThat(catchThrowableOfType(MappingException.class,
                () -> mapper().map(new InboundMessage(TENANT, "magento",
                        sample(SAMPLE), Map.of(MagentoOrderMapper.WEIGHT_UNIT_HEADER, "stone")))).getField())
                .isEqualTo(MagentoOrderMapper.WEIGHT_UNIT_HEADER);
    }

    @Test
    void whenAnItemIsPartlyCancelled_itShouldShipTheRest() {
        ObjectNode sample = sampleJson(SAMPLE);
        ((ObjectNode) sample.get("items").get(0)).put("qty_ordered", 3).put("qty_canceled", 1);

        Parcel tee = mapOne(sample).getParcels().get(0);

        assertThat(tee.getQuantity()).isEqualTo(2);
        assertThat(tee.getWeightKg()).isEqualTo(0.907);
    }

    @Test
    void whenThePaymentMethodIsCashOnDelivery_itShouldCollectTheGrandTotal() {
        ObjectNode sample = sampleJson(SAMPLE);
        ((ObjectNode) sample.get("payment")).put("method", "cashondelivery");

        assertThat(mapOne(sample).getCashOnDelivery())
                .isEqualTo(Money.builder().amount(new BigDecimal("165")).currency("USD").build());
    }

    @Test
    void whenTheStreetHasSeveralLines_theRestShouldBeTheSecondLine() {
        ObjectNode sample = sampleJson(SAMPLE);
        shippingAddress(sample).putArray("street").add("123 Oak Ave").add("Suite 4").add("Back entrance");
        sample.put("customer_note", "Call on arrival");

        DeliveryOrder order = mapOne(sample);

        assertThat(order.getShipTo().getAddress().getLine2()).isEqualTo("Suite 4, Back entrance");
        assertThat(order.getInstructions()).isEqualTo("Call on arrival");
    }

    @Test
    void whenOnlyVirtualItemsAreOrdered_itShouldMapNoDeliveryOrder() {
        ObjectNode sample = sampleJson(SAMPLE);
        sample.get("items").forEach(item -> ((ObjectNode) item).put("is_virtual", 1));
        sample.remove("extension_attributes");

        MappedMessage mapped = map(sample);

        assertThat(mapped.sourceMessageId()).isEqualTo("3");
        assertThat(mapped.orders()).isEmpty();
    }

    @Test
    void whenThePayloadIsNotJson_itShouldNameTheDocument() {
        MappingException failure = mappingFails("{\"entity_id\": 3,");

        assertThat(failure.getField()).isEqualTo("$");
        assertThat(failure.getReason()).startsWith("not JSON");
    }

    @Test
    void whenTheShippingAssignmentIsMissing_itShouldNameTheAddressPath() {
        ObjectNode sample = sampleJson(SAMPLE);
        sample.remove("extension_attributes");

        MappingException failure = mappingFails(sample);

        assertThat(failure.getField()).isEqualTo(SHIPPING_ADDRESS);
        assertThat(failure.getReason()).isEqualTo("missing");
    }

    @Test
    void whenTheCountryIsNotAnIsoCode_itShouldNameTheCountryId() {
        ObjectNode sample = sampleJson(SAMPLE);
        shippingAddress(sample).put("country_id", "Narnia");

        MappingException failure = mappingFails(sample);

        assertThat(failure.getField()).isEqualTo(SHIPPING_ADDRESS + ".country_id");
        assertThat(failure.getReason()).isEqualTo("not an ISO 3166-1 country code");
    }

    @Test
    void whenTheStreetIsMissing_itShouldNameItsFirstLine() {
        ObjectNode sample = sampleJson(SAMPLE);
        shippingAddress(sample).putArray("street");

        MappingException failure = mappingFails(sample);

        assertThat(failure.getField()).isEqualTo(SHIPPING_ADDRESS + ".street[0]");
        assertThat(failure.getReason()).isEqualTo("missing");
    }
}
