package io.lastmilehub.connectors.canonical;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryOrders;
import io.lastmilehub.model.testing.ModelFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import static org.assertj.core.api.Assertions.assertThat;

class CanonicalXmlMapperTest extends InboundMapperTestBase {

    private static final DeliveryOrder ORDER = ModelFixtures.deliveryOrder();
    private static final DeliveryOrder MAPPED = ORDER.toBuilder().id(null).build();
    private static final String NS = "xmlns:lm=\"urn:lastmile-hub:canonical:v1\"";

    @Override
    protected InboundMapper mapper() {
        return new CanonicalXmlMapper();
    }

    private static String xml(Object document) {
        return CanonicalXml.toXml(document);
    }

    @Test
    void whenOneOrderIsSent_itShouldMapToTheSameOrder() {
        MappedMessage mapped = map(CanonicalXml.toXmlBytes(ORDER));

        assertThat(mapped.sourceSystem()).isEqualTo("sap-erp-prod");
        assertThat(mapped.sourceMessageId()).isEqualTo("0000000000481516");
        assertThat(mapped.orders()).containsExactly(MAPPED);
    }

    @Test
    void whenABatchIsSent_itShouldMapEveryOrder() {
        DeliveryOrder second = ORDER.toBuilder().id(null).clearParcels().build();

        MappedMessage mapped = map(xml(DeliveryOrders.builder().order(ORDER).order(second).build()));

        assertThat(mapped.orders()).containsExactly(MAPPED, second);
    }

    @Test
    void whenTheTenantIsLeftOutOrAnotherOne_itShouldBeTheCredentialsOrRefused() {
        String withoutTenant = xml(ORDER).replace("<lm:tenant>acme</lm:tenant>", "");
        String evil = xml(ORDER).replace("<lm:tenant>acme</lm:tenant>", "<lm:tenant>evil</lm:tenant>");

        assertThat(mapOne(withoutTenant.getBytes(java.nio.charset.StandardCharsets.UTF_8)).getTenant())
                .isEqualTo(TENANT);
        MappingException failure = mappingFails(evil);
        assertThat(failure.getField()).isEqualTo("tenant");
        assertThat(failure.getReason()).isEqualTo("does not match the credentials' tenant acme");
    }

    @Test
    void whenAnExternalEntityIsDeclared_itShouldBeRefusedWithoutReadingTheFile() {
        String xxe = "<?xml version=\"1.0\"?>\n"
                + "<!DOCTYPE lm:deliveryOrder [<!ENTITY xxe SYSTEM \"file:///etc/passwd\">]>\n"
                + "<lm:deliveryOrder " + NS + "><lm:tenant>&xxe;</lm:tenant></lm:deliveryOrder>";

        MappingException failure = mappingFails(xxe);

        assertThat(failure.getField()).isEqualTo("DOCTYPE");
        assertThat(failure.getReason()).isEqualTo("not allowed: canonical XML must not carry a DTD or entity declarations");
        assertThat(failure).hasMessageNotContaining("root:");
    }

    @ParameterizedTest
    @ValueSource(strings = {
        "<!DOCTYPE lm:deliveryOrder SYSTEM \"file:///etc/passwd\">",
        "<!DOCTYPE lm:deliveryOrder [<!ENTITY % p SYSTEM \"file:///etc/passwd\"> %p;]>",
        "<!DOCTYPE lm:deliveryOrder [<!ENTITY a \"aaaaaaaaaa\"><!ENTITY b \"&a;&a;&a;&a;&a;&a;&a;&a;&a;&a;\">]>"
    })
    void whenAnyDoctypeIsPresent_itShouldBeRefused(String doctype) {
        String xml = doctype + "<lm:deliveryOrder " + NS + "><lm:tenant>acme</lm:tenant></lm:deliveryOrder>";

        assertThat(mappingFails(xml).getField()).isEqualTo("DOCTYPE");
    }

    @Test
    void whenAnElementIsMisspelt_itShouldNameItsPath() {
        String typo = xml(ORDER).replace("<lm:address>", "<lm:adress>").replace("</lm:address>", "</lm:adress>");

        MappingException failure = mappingFails(typo);

        assertThat(failure.getField()).isEqualTo("/deliveryOrder/shipTo/adress");
        assertThat(failure.getReason()).contains("line ", "unexpected element", "adress");
    }

    @Test
    void whenAValueCannotBeParsed_itShouldNameItsElement() {
        String bad = xml(ORDER).replace("<lm:start>2025-03-14T09:00:00Z</lm:start>", "<lm:start>soon</lm:start>");

        MappingException failure = mappingFails(bad);

        assertThat(failure.getField()).isEqualTo("/deliveryOrder/timeWindows/timeWindow/start");
        assertThat(failure.getReason()).contains("soon");
    }

    @Test
    void whenAValueBreaksAConstraint_itShouldNameItsPathInTheBatch() {
        String batch = xml(DeliveryOrders.builder().order(ORDER).order(ORDER).build())
                .replaceFirst("<lm:countryCode>DE</lm:countryCode>", "<lm:countryCode>de</lm:countryCode>")
                .replaceFirst("<lm:countryCode>DE</lm:countryCode>", "<lm:countryCode>XXL</lm:countryCode>");

        MappingException failure = mappingFails(batch);

        assertThat(failure.getField()).isEqualTo("deliveryOrder[0].shipTo.address.countryCode");
    }

    @Test
    void whenTheXmlIsNotWellFormed_itShouldSayWhere() {
        MappingException failure = mappingFails("<lm:deliveryOrder " + NS + "><lm:tenant>acme</lm:deliveryOrder>");

        assertThat(failure.getReason()).startsWith("not well-formed XML: line 1");
    }

    @Test
    void whenTheDocumentIsNotAnOrder_itShouldNameItsRoot() {
        MappingException failure = mappingFails(xml(ModelFixtures.plan()));

        assertThat(failure.getField()).isEqualTo("/plan");
        assertThat(failure.getReason()).isEqualTo("expected <deliveryOrder> or <deliveryOrders>, not <plan>");
    }

    @Test
    void whenTheNamespaceIsMissing_itShouldBeRefused() {
        MappingException failure = mappingFails("<deliveryOrder><tenant>acme</tenant></deliveryOrder>");

        assertThat(failure.getField()).isEqualTo("/deliveryOrder");
        assertThat(failure.getReason()).contains("unexpected element");
    }

    @Test
    void whenNoOrderNamesItsSource_itShouldNameTheSource() {
        String xml = xml(ORDER.toBuilder().source(null).buildUnvalidated());

        assertThat(mappingFails(xml).getField()).isEqualTo("source");
    }

    @Test
    void whenThePayloadIsEmptyOrNotXml_itShouldBeRefused() {
        assertThat(mappingFails("").getReason()).startsWith("not well-formed XML");
        assertThat(mappingFails("{\"tenant\": \"acme\"}").getReason()).startsWith("not well-formed XML");
    }
}
