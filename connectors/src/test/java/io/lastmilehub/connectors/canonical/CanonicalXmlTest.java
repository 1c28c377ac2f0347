package io.lastmilehub.connectors.canonical;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.xml.BoundedXmlReader;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.testing.ModelFixtures;
import org.junit.jupiter.api.Test;

import javax.xml.stream.XMLInputFactory;
import java.nio.charset.StandardCharsets;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class CanonicalXmlTest {

    @Test
    void whenWritten_itShouldBeUtf8InTheCanonicalNamespace() {
        String xml = CanonicalXml.toXml(ModelFixtures.deliveryOrder());

        assertThat(xml).startsWith("<?xml version=\"1.0\" encoding=\"UTF-8\"")
                .contains("<lm:deliveryOrder xmlns:lm=\"urn:lastmile-hub:canonical:v1\" schemaVersion=\"1.0\">")
                .contains("Friedrichstraße", "&amp; use the \"back door\" &lt;gate code 1234&gt;");
    }

    @Test
    void whenReadBack_everyDocumentTypeShouldBeEqual() {
        Plan plan = ModelFixtures.plan();
        DeliveryStatusEvent event = ModelFixtures.deliveryStatusEvent();

        assertThat(CanonicalXml.read(CanonicalXml.toXmlBytes(plan))).isEqualTo(plan);
        assertThat(CanonicalXml.read(CanonicalXml.toXmlBytes(event), DeliveryStatusEvent.class)).isEqualTo(event);
        assertThat(CanonicalXml.rootElementName(plan)).isEqualTo("plan");
    }

    @Test
    void whenTheDocumentIsOfAnotherType_readingItAsOneShouldNameTheRoot() {
        byte[] plan = CanonicalXml.toXmlBytes(ModelFixtures.plan());

        assertThatThrownBy(() -> CanonicalXml.read(plan, DeliveryOrder.class))
                .isInstanceOf(MappingException.class)
                .hasMessage("/plan: expected DeliveryOrder but the document is plan");
    }

    @Test
    void whenTheEncodingIsDeclared_itShouldBeHonoured() {
        String xml = "<?xml version=\"1.0\" encoding=\"ISO-8859-1\"?>" + CanonicalXml.toXml(
                ModelFixtures.deliveryOrder()).substring(CanonicalXml.toXml(ModelFixtures.deliveryOrder())
                .indexOf("?>") + 2);

        DeliveryOrder order = CanonicalXml.read(xml.getBytes(StandardCharsets.ISO_8859_1), DeliveryOrder.class);

        assertThat(order.getShipTo().getAddress().getLine1()).isEqualTo("Friedrichstraße 43");
    }

    @Test
    void theInputFactory_shouldSupportNeitherDtdsNorExternalEntities() {
        XMLInputFactory factory = BoundedXmlReader.secureInputFactory();

        assertThat(factory.getProperty(XMLInputFactory.SUPPORT_DTD)).isEqualTo(false);
        assertThat(factory.getProperty(XMLInputFactory.IS_SUPPORTING_EXTERNAL_ENTITIES)).isEqualTo(false);
    }
}
