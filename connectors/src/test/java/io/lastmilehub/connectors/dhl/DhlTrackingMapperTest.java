package io.lastmilehub.connectors.dhl;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundFormat;
import io.lastmilehub.connectors.spi.InboundFormats;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.StatusReport;
import io.lastmilehub.connectors.spi.TenantContext;
import io.lastmilehub.model.DeliveryStatus;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** DHL Shipment Tracking - Unified answers ({@code samples/dhl}, see its SOURCES.md) and edited copies of them. */
class DhlTrackingMapperTest extends InboundMapperTestBase {

    private static final String DOCUMENTED = "dhl/shipments-documented.json";
    private static final String PARCEL_DE = "dhl/shipments-parcel-de-two.json";

    @Override
    protected InboundMapper mapper() {
        InboundFormat format = InboundFormats.load().find("dhl-tracking").orElseThrow();
        return format.create(ConnectorSettings.defaults(format.settings()), TenantContext.none());
    }

    private static ObjectNode documented(String statusCode) {
        ObjectNode answer = sampleJson(DOCUMENTED);
        ((ObjectNode) answer.at("/shipments/0/status")).put("statusCode", statusCode);
        return answer;
    }

    @Test
    void whenTheDocumentedAnswerComes_itsPreTransitStatusShouldReportNothing() {
        MappedMessage mapped = map(sample(DOCUMENTED));

        assertThat(mapped.sourceSystem()).isEqualTo("dhl-tracking");
        assertThat(mapped.sourceMessageId()).startsWith("sha256:");
        assertThat(mapped.statusReports()).isEmpty();
    }

    @ParameterizedTest
    @CsvSource({"transit, DISPATCHED", "delivered, DELIVERED", "failure, EXCEPTION"})
    void whenAStatusCodeMovesTheDelivery_itShouldReportItForTheShipmentId(String code, DeliveryStatus expected) {
        StatusReport report = map(documented(code)).statusReports().get(0);

        assertThat(report.status()).isEqualTo(expected);
        assertThat(report.references().getTrackingNumber()).isEqualTo("7777777770");
        assertThat(report.occurredAt()).isEqualTo(Instant.parse("2018-03-02T07:53:47Z"));
        assertThat(report.detail()).isEqualTo("DHL " + code + " JESSICA");
    }

    @ParameterizedTest
    @ValueSource(strings = {"pre-transit", "unknown"})
    void whenAStatusCodeSaysNothingNew_itShouldReportNothing(String code) {
        assertThat(map(documented(code)).statusReports()).isEmpty();
    }

    @Test
    void whenAnAnswerListsSeveralShipments_eachShouldReportItsStatusLocalTimesInTheirCountry() {
        assertThat(map(sample(PARCEL_DE)).statusReports())
                .extracting(r -> r.references().getTrackingNumber(), StatusReport::status, StatusReport::occurredAt)
                .containsExactly(
                        // 10:46 in Munich on 30 October: Central European Time, the day after the change
                        tuple("00340434161094042557", DeliveryStatus.DISPATCHED, Instant.parse("2023-10-30T09:46:00Z")),
                        tuple("00340434161094042564", DeliveryStatus.EXCEPTION, Instant.parse("2023-10-30T15:02:00Z")));
    }

    @Test
    void whenTheStatusCodeIsNotADhlCode_itShouldBeRefusedNamingIt() {
        assertThat(mappingFails(documented("in-orbit"))).extracting("field")
                .isEqualTo("shipments[0].status.statusCode");
    }

    @Test
    void whenDhlAnsweredWithAProblem_itShouldBeRefusedWithItsDetail() {
        String problem = "{\"title\":\"No result found\",\"detail\":\"No shipment with given tracking number found.\","
                + "\"status\":404,\"instance\":\"/shipment/8264715546\"}";

        assertThat(mappingFails(problem).getReason()).isEqualTo("DHL answered with a problem, not tracking: 404 No "
                + "result found: No shipment with given tracking number found.");
    }
}
