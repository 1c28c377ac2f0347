package io.lastmilehub.connectors.fedex;

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
import io.lastmilehub.model.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** FedEx Track API answers ({@code samples/fedex}, see its SOURCES.md) and edited copies of them. */
class FedExTrackMapperTest extends InboundMapperTestBase {

    private static final String DOCUMENTED = "fedex/track-response-documented.json";
    private static final String DELIVERED = "fedex/track-response-delivered-after-exception.json";
    private static final String RESULT = "/output/completeTrackResults/0/trackResults/0";

    @Override
    protected InboundMapper mapper() {
        InboundFormat format = InboundFormats.load().find("fedex-track").orElseThrow();
        return format.create(ConnectorSettings.defaults(format.settings()), TenantContext.none());
    }

    private static ObjectNode documented(String derivedCode) {
        ObjectNode answer = sampleJson(DOCUMENTED);
        ((ObjectNode) answer.at(RESULT + "/latestStatusDetail")).put("derivedCode", derivedCode);
        return answer;
    }

    @Test
    void whenTheDocumentedAnswerComes_theFoundResultShouldReportItsStatusAndTheOneNotFoundNothing() {
        MappedMessage mapped = map(sample(DOCUMENTED));

        assertThat(mapped.sourceSystem()).isEqualTo("fedex-track");
        assertThat(mapped.sourceMessageId()).isEqualTo("624deea6-b709-470c-8c39-4b5511281492");
        assertThat(mapped.statusReports()).singleElement().satisfies(report -> {
            assertThat(report.status()).isEqualTo(DeliveryStatus.DISPATCHED);
            assertThat(report.references().getTrackingNumber()).isEqualTo("128667043726");
            assertThat(report.occurredAt()).isEqualTo(Instant.parse("2018-02-02T19:01:00Z"));
            assertThat(report.detail()).isEqualTo("FedEx PU Picked up");
        });
    }

    @Test
    void whenTheParcelWasDeliveredAfterAnException_itShouldReportTheDeliveryAtItsTime() {
        StatusReport report = map(sample(DELIVERED)).statusReports().get(0);

        assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(report.references().getTrackingNumber()).isEqualTo("776094337676");
        assertThat(report.occurredAt()).isEqualTo(Instant.parse("2024-04-26T16:26:00Z"));
    }

    @ParameterizedTest
    @CsvSource({"PU, DISPATCHED", "IT, DISPATCHED", "AR, DISPATCHED", "DP, DISPATCHED", "FD, DISPATCHED",
        "OD, OUT_FOR_DELIVERY", "DL, DELIVERED", "DE, FAILED_ATTEMPT", "SE, EXCEPTION", "CA, EXCEPTION",
        "DY, EXCEPTION", "RL, EXCEPTION", "CD, EXCEPTION", "RS, RETURNED"})
    void whenADerivedCodeMovesTheDelivery_itShouldReportIt(String code, DeliveryStatus expected) {
        assertThat(map(documented(code)).statusReports()).singleElement()
                .satisfies(report -> assertThat(report.status()).isEqualTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"IN", "OC", "HL", "HP"})
    void whenADerivedCodeSaysNothingNew_itShouldReportNothing(String code) {
        assertThat(map(documented(code)).statusReports()).isEmpty();
    }

    @Test
    void whenADeliveryExceptionOrDelayNamesAReason_itShouldBeTheReportsReason() {
        assertThat(map(documented("DE")).statusReports().get(0).reason()).isEqualTo(ReasonCode.RECIPIENT_ABSENT);
        assertThat(map(documented("SE")).statusReports().get(0).reason()).isEqualTo(ReasonCode.WEATHER);
        assertThat(map(documented("RL")).statusReports().get(0).reason()).isEqualTo(ReasonCode.DELAYED);
    }

    @Test
    void whenTheDerivedCodeIsNotAFedExCode_itShouldBeRefusedNamingIt() {
        assertThat(mappingFails(documented("ZZ"))).extracting("field")
                .isEqualTo("output.completeTrackResults[0].trackResults[0].latestStatusDetail.derivedCode");
    }

    @Test
    void whenAScanTimeHasNoOffset_itShouldBeLocalToTheScanLocation() {
        ObjectNode answer = sampleJson(DOCUMENTED);
        ((ObjectNode) answer.at(RESULT + "/scanEvents/0")).put("date", "2018-02-02T12:01:00");

        // Seattle, Washington in February: Pacific Standard Time
        assertThat(map(answer).statusReports().get(0).occurredAt()).isEqualTo(Instant.parse("2018-02-02T20:01:00Z"));
    }

    @Test
    void whenFedExAnsweredOnlyWithErrors_itShouldBeRefusedWithTheFirst() {
        String error = "{\"transactionId\":\"t-1\",\"errors\":[{\"code\":\"TRACKING.TRACKINGNUMBER.EMPTY\","
                + "\"message\":\"Please provide tracking number.\"}]}";

        assertThat(mappingFails(error).getReason()).isEqualTo(
                "FedEx answered with an error, not tracking: TRACKING.TRACKINGNUMBER.EMPTY Please provide tracking "
                        + "number.");
    }
}
