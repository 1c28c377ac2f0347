package io.lastmilehub.model;

import io.lastmilehub.model.testing.ModelFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import java.time.Instant;
import java.util.stream.Stream;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every document travels XML -> object -> JSON -> object and arrives equal to what was sent.
 */
class RoundTripTest {

    static Stream<Arguments> documents() {
        DeliveryOrder minimal = DeliveryOrder.builder()
                .tenant("acme")
                .source(SourceRef.builder().system("wms").messageId("m-1").build())
                .shipTo(Party.builder().location(GeoPoint.builder().latitude(48.1).longitude(11.5).build()).build())
                .build();
        return Stream.of(
                Arguments.of("full delivery order", ModelFixtures.deliveryOrder()),
                Arguments.of("minimal delivery order", minimal),
                Arguments.of("batch of orders", DeliveryOrders.builder().order(ModelFixtures.deliveryOrder())
                        .order(minimal).build()),
                Arguments.of("plan", ModelFixtures.plan()),
                Arguments.of("cost summary", ModelFixtures.costSummary()),
                Arguments.of("status event", ModelFixtures.deliveryStatusEvent()),
                Arguments.of("proof of delivery", ModelFixtures.proofOfDelivery()),
                Arguments.of("tracking position", ModelFixtures.trackingPosition()));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("documents")
    void whenSentThroughXmlAndJson_itShouldArriveEqual(String name, Object document) throws Exception {
        Object fromXml = TestSerialization.fromXml(TestSerialization.toXml(document), document.getClass());
        Object fromJson = TestSerialization.fromJson(TestSerialization.toJson(fromXml), document.getClass());

        assertThat(fromXml).as("after XML").isEqualTo(document);
        assertThat(fromJson).as("after XML and JSON").isEqualTo(document);
        assertThat(ModelValidator.violationsOf(fromJson)).isEmpty();
    }

    @Test
    void whenWritten_itShouldCarryTheNamespaceAndTheSchemaVersion() throws Exception {
        String xml = TestSerialization.toXml(ModelFixtures.deliveryOrder());
        String json = TestSerialization.toJson(ModelFixtures.deliveryOrder());

        assertThat(xml).contains("xmlns:lm=\"" + SchemaVersion.NAMESPACE + "\"")
                .contains("schemaVersion=\"" + SchemaVersion.CURRENT + "\"");
        assertThat(TestSerialization.JSON.readTree(json).path("schemaVersion").asText())
                .isEqualTo(SchemaVersion.CURRENT);
    }

    @Test
    void whenWrittenAsJson_itShouldUseIsoInstantsAndLeaveEmptyValuesOut() throws Exception {
        String json = TestSerialization.toJson(DeliveryOrder.builder()
                .tenant("acme")
                .source(SourceRef.builder().system("wms").messageId("m-1").build())
                .shipTo(ModelFixtures.shipTo())
                .timeWindow(TimeWindow.builder().start(Instant.parse("2025-03-14T09:00:00Z"))
                        .end(Instant.parse("2025-03-14T12:00:00Z")).build())
                .build());

        assertThat(json).contains("\"start\":\"2025-03-14T09:00:00Z\"")
                .doesNotContain("\"parcels\"", "\"requiredSkills\"", "null");
    }

    @Test
    void whenADocumentLeavesDefaultsOut_itShouldReadThem() throws Exception {
        DeliveryOrder order = TestSerialization.fromJson("""
                {"tenant": "acme", "source": {"system": "wms", "messageId": "m-1"},
                 "shipTo": {"location": {"latitude": 48.1, "longitude": 11.5}}}""", DeliveryOrder.class);

        assertThat(order.getSchemaVersion()).isEqualTo(SchemaVersion.CURRENT);
        assertThat(order.getType()).isEqualTo(OrderType.DELIVERY);
        assertThat(order.getPriority()).isEqualTo(Priority.NORMAL);
        assertThat(order.getParcels()).isEmpty();
    }
}
