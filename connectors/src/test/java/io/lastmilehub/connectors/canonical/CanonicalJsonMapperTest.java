package io.lastmilehub.connectors.canonical;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.json.JsonField;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.InvalidModelException;
import io.lastmilehub.model.SourceRef;
import io.lastmilehub.model.testing.ModelFixtures;
import org.junit.jupiter.api.Test;

import java.io.IOException;
import java.io.UncheckedIOException;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalJsonMapperTest extends InboundMapperTestBase {

    private static final DeliveryOrder ORDER = ModelFixtures.deliveryOrder();
    /** What the hub makes of the fixture: the same order without the hub id it carried. */
    private static final DeliveryOrder MAPPED = ORDER.toBuilder().id(null).build();

    @Override
    protected InboundMapper mapper() {
        return new CanonicalJsonMapper();
    }

    private static ObjectNode json(DeliveryOrder order) {
        try {
            return (ObjectNode) CanonicalJson.reader().readTree(CanonicalJson.toJsonBytes(order));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static DeliveryOrder second() {
        return ORDER.toBuilder().id(null).references(null).clearParcels().build();
    }

    @Test
    void whenOneOrderIsSent_itShouldMapToTheSameOrder() {
        MappedMessage mapped = map(CanonicalJson.toJsonBytes(ORDER));

        assertThat(mapped.sourceSystem()).isEqualTo("sap-erp-prod");
        assertThat(mapped.sourceMessageId()).isEqualTo("0000000000481516");
        assertThat(mapped.orders()).containsExactly(MAPPED);
    }

    @Test
    void whenAnArrayOfOrdersIsSent_itShouldKeepTheirOrder() {
        ArrayNode array = json(ORDER).arrayNode().add(json(ORDER)).add(json(second()));

        assertThat(map(array).orders()).containsExactly(MAPPED, second());
    }

    @Test
    void whenABatchObjectIsSent_itShouldMapEveryOrder() {
        ObjectNode batch = json(ORDER).objectNode();
        batch.putArray("orders").add(json(ORDER)).add(json(second()));

        assertThat(map(batch).orders()).containsExactly(MAPPED, second());
    }

    @Test
    void whenANumberHasAnExponentTooLongToRead_itShouldBeRefusedNamingTheDocument() {
        // Found with JsonMappersFuzzTest: Jackson threw a NumberFormatException, which is no MappingException.
        MappingException failure = mappingFails("{\"weightKg\": 1e10000008046}");

        assertThat(failure.getField()).isEqualTo("$");
        assertThat(failure.getReason()).isEqualTo(JsonField.UNREADABLE_NUMBER);
    }

    @Test
    void whenTheTenantIsLeftOut_itShouldBeTheCredentialsTenant() {
        ObjectNode order = json(ORDER.toBuilder().tenant("other").build());
        order.remove("tenant");

        assertThat(mapOne(order).getTenant()).isEqualTo(TENANT);
    }

    @Test
    void whenTheTenantIsAnotherOne_itShouldBeRefused() {
        MappingException failure = mappingFails(CanonicalJson.toJsonBytes(ORDER.toBuilder().tenant("evil").build()));

        assertThat(failure.getField()).isEqualTo("tenant");
        assertThat(failure.getReason()).isEqualTo("does not match the credentials' tenant acme");
    }

    @Test
    void whenTheSecondOrderOfABatchIsAnotherTenants_itShouldNameIt() {
        ObjectNode batch = json(ORDER).objectNode();
        batch.putArray("orders").add(json(ORDER)).add(json(ORDER.toBuilder().tenant("evil").build()));

        assertThat(mappingFails(batch).getField()).isEqualTo("orders[1].tenant");
    }

    @Test
    void whenNoOrderNamesItsSource_itShouldNameTheSource() {
        ObjectNode order = json(ORDER);
        order.remove("source");

        MappingException failure = mappingFails(order);

        assertThat(failure.getField()).isEqualTo("source");
        assertThat(failure.getReason()).startsWith("missing");
    }

    @Test
    void whenTheOrdersOfOneMessageHaveDifferentSources_itShouldNameTheOddOne() {
        DeliveryOrder other = ORDER.toBuilder()
                .source(SourceRef.builder().system("sap-erp-prod").messageId("0000000000481517").build()).build();
        ArrayNode array = json(ORDER).arrayNode().add(json(ORDER)).add(json(other));

        MappingException failure = mappingFails(array);

        assertThat(failure.getField()).isEqualTo("[1].source");
        assertThat(failure.getReason()).contains("sap-erp-prod/0000000000481516");
    }

    @Test
    void whenAPropertyIsMisspelt_itShouldNameIt() {
        ObjectNode order = json(ORDER);
        ObjectNode shipTo = (ObjectNode) order.get("shipTo");
        shipTo.set("adress", shipTo.remove("address"));

        MappingException failure = mappingFails(order);

        assertThat(failure.getField()).isEqualTo("shipTo.adress");
        assertThat(failure.getReason()).startsWith("unknown property").contains("address", "location");
    }

    @Test
    void whenAPropertyInABatchIsMisspelt_itShouldNameItsOrder() {
        ObjectNode typo = json(ORDER).put("priorty", "HIGH");
        ObjectNode batch = json(ORDER).objectNode();
        batch.putArray("orders").add(json(ORDER)).add(typo);

        assertThat(mappingFails(batch).getField()).isEqualTo("orders[1].priorty");
    }

    @Test
    void whenAnEnumValueIsUnknown_itShouldListTheKnownOnes() {
        MappingException failure = mappingFails(json(ORDER).put("type", "EXPRESS"));

        assertThat(failure.getField()).isEqualTo("type");
        assertThat(failure.getReason()).isEqualTo("'EXPRESS' is not one of [DELIVERY, PICKUP, RETURN]");
    }

    @Test
    void whenAValueBreaksAConstraint_itShouldNameItsPath() {
        ObjectNode order = json(ORDER);
        ((ObjectNode) order.at("/shipTo/address")).put("countryCode", "Deutschland");
        ((ObjectNode) order.at("/parcels/1")).put("quantity", 0);

        MappingException failure = mappingFails(order);

        assertThat(failure.getField()).isEqualTo("parcels[1].quantity");
        assertThat(failure.getReason()).isEqualTo("must be greater than or equal to 1; also shipTo.address.countryCode:"
                + " must be an ISO 3166-1 alpha-2 code such as DE or US");
        assertThat(failure.getCause()).isInstanceOf(InvalidModelException.class);
    }

    @Test
    void whenTheDecimalsHaveTrailingZeros_theyShouldBeKept() {
        assertThat(mapOne(CanonicalJson.toJsonBytes(ORDER)).getCashOnDelivery().getAmount()).hasToString("129.90");
    }

    @Test
    void whenThePayloadIsNotJson_itShouldNameTheDocument() {
        MappingException failure = mappingFails("<deliveryOrder/>");

        assertThat(failure.getField()).isEqualTo("$");
        assertThat(failure.getReason()).startsWith("not JSON").contains("line 1, column 1");
    }

    @Test
    void whenAKeyIsRepeated_itShouldBeRefused() {
        String json = CanonicalJson.toJson(ORDER).replaceFirst("\\{", "{\"tenant\":\"evil\",");

        assertThat(mappingFails(json).getReason()).contains("Duplicate field 'tenant'");
    }

    @Test
    void whenTheBatchIsEmptyOrHoldsNull_itShouldSaySo() {
        assertThat(mappingFails("[]").getReason()).startsWith("empty");
        assertThat(mappingFails("{\"orders\": []}").getField()).isEqualTo("orders");
        assertThat(mappingFails("{\"orders\": [null]}").getField()).isEqualTo("orders[0]");
        assertThat(mappingFails("42").getField()).isEqualTo("$");
        assertThat(mappingFails("").getReason()).startsWith("empty");
    }
}
