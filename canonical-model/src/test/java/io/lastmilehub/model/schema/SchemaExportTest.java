package io.lastmilehub.model.schema;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.networknt.schema.JsonSchema;
import com.networknt.schema.JsonSchemaFactory;
import com.networknt.schema.SchemaValidatorsConfig;
import com.networknt.schema.SpecVersion;
import com.networknt.schema.ValidationMessage;
import io.lastmilehub.model.DeliveryOrders;
import io.lastmilehub.model.TestSerialization;
import io.lastmilehub.model.testing.ModelFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.xml.sax.SAXException;

import javax.xml.XMLConstants;
import javax.xml.transform.stream.StreamSource;
import javax.xml.validation.Schema;
import javax.xml.validation.SchemaFactory;
import javax.xml.validation.Validator;
import java.io.IOException;
import java.io.InputStream;
import java.io.StringReader;
import java.net.URL;
import java.util.Set;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The schemas generated at build time ({@code process-test-classes}) exist on the class path under {@code /schema}
 * and accept what the model writes.
 */
class SchemaExportTest {

    static Stream<Arguments> documents() {
        return Stream.of(
                Arguments.of("delivery-order", ModelFixtures.deliveryOrder()),
                Arguments.of("delivery-orders", DeliveryOrders.builder().order(ModelFixtures.deliveryOrder()).build()),
                Arguments.of("plan", ModelFixtures.plan()),
                Arguments.of("cost-summary", ModelFixtures.costSummary()),
                Arguments.of("delivery-status-event", ModelFixtures.deliveryStatusEvent()),
                Arguments.of("proof-of-delivery", ModelFixtures.proofOfDelivery()),
                Arguments.of("tracking-position", ModelFixtures.trackingPosition()));
    }

    @Test
    void whenBuilt_itShouldHaveWrittenTheXsdAndOneJsonSchemaPerDocument() {
        assertThat(resource(SchemaExport.XSD_NAME)).isNotNull();
        assertThat(SchemaExport.DOCUMENTS.keySet())
                .allSatisfy(name -> assertThat(resource(name + ".schema.json")).as(name).isNotNull());
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void whenWrittenAsXml_itShouldValidateAgainstTheXsd(String name, Object document) throws Exception {
        validator().validate(new StreamSource(new StringReader(TestSerialization.toXml(document))));
    }

    @Test
    void whenTheXmlHasAnUnknownElement_theXsdShouldRejectIt() throws Exception {
        String xml = TestSerialization.toXml(ModelFixtures.deliveryOrder()).replace("<lm:depotId>", "<lm:depot>")
                .replace("</lm:depotId>", "</lm:depot>");

        assertThatThrownBy(() -> validator().validate(new StreamSource(new StringReader(xml))))
                .isInstanceOf(SAXException.class).hasMessageContaining(":depot}");
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void whenWrittenAsJson_itShouldValidateAgainstItsJsonSchema(String name, Object document) throws Exception {
        JsonNode json = TestSerialization.JSON.readTree(TestSerialization.toJson(document));

        assertThat(jsonSchema(name).validate(json)).isEmpty();
    }

    @Test
    void whenAJsonOrderLacksATenantOrHasATypo_theJsonSchemaShouldNameIt() throws Exception {
        ObjectNode json = (ObjectNode) TestSerialization.JSON.readTree(
                TestSerialization.toJson(ModelFixtures.deliveryOrder()));
        json.remove("tenant");
        json.set("depotID", json.remove("depotId"));

        Set<ValidationMessage> errors = jsonSchema("delivery-order").validate(json);

        assertThat(errors).extracting(ValidationMessage::getMessage)
                .anySatisfy(message -> assertThat(message).contains("tenant"))
                .anySatisfy(message -> assertThat(message).contains("depotID"));
    }

    private static Validator validator() throws SAXException {
        SchemaFactory factory = SchemaFactory.newInstance(XMLConstants.W3C_XML_SCHEMA_NS_URI);
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_DTD, "");
        factory.setProperty(XMLConstants.ACCESS_EXTERNAL_SCHEMA, "");
        Schema schema = factory.newSchema(resource(SchemaExport.XSD_NAME));
        return schema.newValidator();
    }

    private static JsonSchema jsonSchema(String name) throws IOException {
        SchemaValidatorsConfig config = SchemaValidatorsConfig.builder().formatAssertionsEnabled(true).build();
        try (InputStream in = resource(name + ".schema.json").openStream()) {
            return JsonSchemaFactory.getInstance(SpecVersion.VersionFlag.V202012).getSchema(in, config);
        }
    }

    private static URL resource(String name) {
        return SchemaExportTest.class.getResource("/schema/" + name);
    }
}
