package io.lastmilehub.connectors.woocommerce;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Money;
import io.lastmilehub.model.Parcel;
import org.junit.jupiter.api.Test;

import java.math.BigDecimal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class WooCommerceOrderMapperTest extends InboundMapperTestBase {

    private static final String SAMPLE = "ecommerce/woocommerce-wc-v3-order.json";

    @Override
    protected InboundMapper mapper() {
        return new WooCommerceOrderMapper();
    }

    private static ObjectNode shipping(ObjectNode sample) {
        return (ObjectNode) sample.get("shipping");
    }

    @Test
    void whenTheRestApiSampleIsMapped_itShouldCarryItsValues() {
        MappedMessage mapped = map(sample(SAMPLE));

        assertThat(mapped.sourceSystem()).isEqualTo("woocommerce");
        assertThat(mapped.sourceMessageId()).isEqualTo("727");
        DeliveryOrder order = mapped.orders().get(0);
        assertThat(order.getReferences().getShopOrder()).isEqualTo("727");
        assertThat(order.getShipTo().getName()).isEqualTo("John Doe");
        assertThat(order.getShipTo().getCompany()).as("empty in the sample").isNull();
        assertThat(order.getShipTo().getAddress()).isEqualTo(Address.builder().line1("969 Market")
                .city("San Francisco").postalCode("94103").region("CA").countryCode("US").build());
        assertThat(order.getShipTo().getLocation()).isNull();
        assertThat(order.getShipTo().getContact()).as("phone and e-mail from the billing address")
                .isEqualTo(Contact.builder().name("John Doe").phone("(555) 555-5555").email("john.doe@example.com")
                        .build());
        assertThat(order.getParcels()).extracting(Parcel::getId, Parcel::getDescription, Parcel::getQuantity,
                        Parcel::getWeightKg)
                .containsExactly(tuple("315", "Woo Single #1", 2, 0.0),
                        tuple("316", "Ship Your Idea \u2013 Color: Black, Size: M Test", 1, 0.0));
        assertThat(order.getCashOnDelivery()).as("paid by bank transfer (bacs)").isNull();
        assertThat(order.getInstructions()).as("empty customer note").isNull();
    }

    @Test
    void whenThePaymentMethodIsCod_itShouldCollectTheOrderTotal() {
        ObjectNode sample = sampleJson(SAMPLE);
        sample.put("payment_method", "cod").put("payment_method_title", "Cash on delivery");

        assertThat(mapOne(sample).getCashOnDelivery())
                .isEqualTo(Money.builder().amount(new BigDecimal("29.35")).currency("USD").build());
    }

    @Test
    void whenTheCustomerLeftANote_itShouldBeTheDriversInstructions() {
        ObjectNode sample = sampleJson(SAMPLE);
        sample.put("customer_note", "Gate code 4711");

        assertThat(mapOne(sample).getInstructions()).isEqualTo("Gate code 4711");
    }

    @Test
    void whenTheShippingAddressHasItsOwnPhone_itShouldWin() {
        ObjectNode sample = sampleJson(SAMPLE);
        shipping(sample).put("phone", "+1 415 555 0100").put("company", "Doe Widgets");

        DeliveryOrder order = mapOne(sample);

        assertThat(order.getShipTo().getContact().getPhone()).isEqualTo("+1 415 555 0100");
        assertThat(order.getShipTo().getCompany()).isEqualTo("Doe Widgets");
    }

    @Test
    void whenThePayloadIsNotJson_itShouldNameTheDocument() {
        MappingException failure = mappingFails("id=727&number=727");

        assertThat(failure.getField()).isEqualTo("$");
        assertThat(failure.getReason()).startsWith("not JSON");
    }

    @Test
    void whenTheShippingAddressIsMissing_itShouldNameIt() {
        ObjectNode sample = sampleJson(SAMPLE);
        sample.remove("shipping");

        MappingException failure = mappingFails(sample);

        assertThat(failure.getField()).isEqualTo("shipping");
        assertThat(failure.getReason()).isEqualTo("missing");
    }

    @Test
    void whenTheShippingAddressIsBlank_itShouldNameTheFirstMissingLine() {
        ObjectNode sample = sampleJson(SAMPLE);
        shipping(sample).put("address_1", "").put("city", "").put("country", "");

        MappingException failure = mappingFails(sample);

        assertThat(failure.getField()).isEqualTo("shipping.address_1");
        assertThat(failure.getReason()).isEqualTo("missing");
    }

    @Test
    void whenTheCountryIsNotAnIsoCode_itShouldNameTheCountry() {
        ObjectNode sample = sampleJson(SAMPLE);
        shipping(sample).put("country", "XX");

        MappingException failure = mappingFails(sample);

        assertThat(failure.getField()).isEqualTo("shipping.country");
        assertThat(failure.getReason()).isEqualTo("not an ISO 3166-1 country code");
    }

    @Test
    void whenTheCountryIsLowerCase_itShouldBeUpperCased() {
        ObjectNode sample = sampleJson(SAMPLE);
        shipping(sample).put("country", "de");

        assertThat(mapOne(sample).getShipTo().getAddress().getCountryCode()).isEqualTo("DE");
    }

    @Test
    void whenCodHasNoTotal_itShouldNameTheTotal() {
        ObjectNode sample = sampleJson(SAMPLE);
        sample.put("payment_method", "cod").remove("total");

        MappingException failure = mappingFails(sample);

        assertThat(failure.getField()).isEqualTo("total");
        assertThat(failure.getReason()).isEqualTo("missing for a cash-on-delivery order");
    }

    @Test
    void whenNamesCarryHtmlEntities_theyShouldBeDecoded() {
        assertThat(HtmlEntities.decode("Tom &amp; Jerry&#8217;s &#x2013; &unknown; &ndash;"))
                .isEqualTo("Tom & Jerry\u2019s \u2013 &unknown; \u2013");
        assertThat(HtmlEntities.decode("no entities")).isEqualTo("no entities");
    }
}
