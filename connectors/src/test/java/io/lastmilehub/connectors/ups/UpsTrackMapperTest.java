package io.lastmilehub.connectors.ups;

import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundFormat;
import io.lastmilehub.connectors.spi.InboundFormats;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.StatusReport;
import io.lastmilehub.connectors.spi.TenantContext;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

/** UPS Track API answers ({@code samples/ups}, see its SOURCES.md) and edited copies of them. */
class UpsTrackMapperTest extends InboundMapperTestBase {

    private static final String DOCUMENTED = "ups/track-response-documented.json";
    private static final String TWO_PACKAGES = "ups/track-response-two-packages.json";
    private static final String ACTIVITY = "/trackResponse/shipment/0/package/0/activity/0";

    @Override
    protected InboundMapper mapper() {
        return mapper(Map.of());
    }

    private static InboundMapper mapper(Map<String, ?> settings) {
        InboundFormat format = InboundFormats.load().find("ups-track").orElseThrow();
        return format.create(ConnectorSettings.of(format.settings(), settings), TenantContext.none());
    }

    private static ObjectNode documented(String type, String code) {
        ObjectNode answer = sampleJson(DOCUMENTED);
        ((ObjectNode) answer.at(ACTIVITY + "/status")).put("type", type).put("code", code);
        return answer;
    }

    @Test
    void whenTheDocumentedAnswerComes_itShouldReportTheExceptionAtTheLocalTimeOfTheScan() {
        MappedMessage mapped = map(sample(DOCUMENTED));

        assertThat(mapped.sourceSystem()).isEqualTo("ups-track");
        assertThat(mapped.sourceMessageId()).startsWith("sha256:");
        StatusReport report = mapped.statusReports().get(0);
        assertThat(mapped.statusReports()).hasSize(1);
        assertThat(report.status()).isEqualTo(DeliveryStatus.EXCEPTION);
        assertThat(report.references().getTrackingNumber()).isEqualTo("1Z023E2X0214323462");
        // 07:13:56 on 10 February in Wayne, New Jersey: Eastern Standard Time
        assertThat(report.occurredAt()).isEqualTo(Instant.parse("2021-02-10T12:13:56Z"));
        assertThat(report.detail()).isEqualTo("UPS X/SR Your package was released by the customs agency.");
    }

    @Test
    void whenAShipmentHasSeveralPackages_eachShouldReportItsLatestActivity() {
        MappedMessage mapped = map(sample(TWO_PACKAGES));

        assertThat(mapped.statusReports())
                .extracting(r -> r.references().getTrackingNumber(), StatusReport::status, StatusReport::occurredAt)
                .containsExactly(
                        // 14:33:05 in Atlanta in June: Eastern Daylight Time
                        tuple("1ZA82D672031716786", DeliveryStatus.DELIVERED, Instant.parse("2024-06-11T18:33:05Z")),
                        // the GMT fields UPS gave
                        tuple("1ZA82D672031716795", DeliveryStatus.FAILED_ATTEMPT,
                                Instant.parse("2024-06-11T20:20:10Z")));
    }

    @ParameterizedTest
    @CsvSource({"P, PU, DISPATCHED", "I, DP, DISPATCHED", "I, OT, OUT_FOR_DELIVERY", "O, OF, OUT_FOR_DELIVERY",
        "D, KB, DELIVERED", "X, SR, EXCEPTION", "RS, RS, RETURNED", "MV, MV, EXCEPTION", "DO, DO, DISPATCHED",
        "DD, DD, DISPATCHED", "W, W, DISPATCHED"})
    void whenAStatusTypeMovesTheDelivery_itShouldReportIt(String type, String code, DeliveryStatus expected) {
        assertThat(map(documented(type, code)).statusReports()).singleElement()
                .satisfies(report -> assertThat(report.status()).isEqualTo(expected));
    }

    /** UPS's exception codes, each with the description UPS sends with it. */
    @ParameterizedTest
    @CsvSource(delimiter = '|', quoteCharacter = '"', value = {
        "48|The receiver was not available for delivery. We'll make a second attempt the next business day."
                + "|FAILED_ATTEMPT|RECIPIENT_ABSENT",
        "5R|Customer was not available when UPS attempted delivery. Will deliver to a nearby UPS Access Point for "
                + "customer pick up.|FAILED_ATTEMPT|RECIPIENT_ABSENT",
        "G3|We tried to deliver to the business, but it was closed. A second attempt will be made the next business "
                + "day.|FAILED_ATTEMPT|RECIPIENT_ABSENT",
        "KR|The receiver does not want the product and refused the delivery.|FAILED_ATTEMPT|REFUSED",
        "AG|The address is incomplete. This may delay delivery. We're attempting to update the address."
                + "|EXCEPTION|WRONG_ADDRESS",
        "AD|The company or receiver name is incorrect. This will delay delivery.|EXCEPTION|WRONG_ADDRESS",
        "C5|Uncontrollable events have delayed delivery. We are adjusting delivery plans as quickly as possible."
                + "|EXCEPTION|DELAYED",
        "ZC|The delivery date has been rescheduled as the receiver requested.|EXCEPTION|CUSTOMER_REQUEST",
        "UP|We've begun an investigation to locate the package.|EXCEPTION|"})
    void whenUpsSaysWhyADeliveryFailedOrIsHeldUp_itShouldReportTheHubsReason(String code, String description,
                                                                           DeliveryStatus status, ReasonCode reason) {
        ObjectNode answer = documented("X", code);
        ((ObjectNode) answer.at(ACTIVITY + "/status")).put("description", description);

        assertThat(map(answer).statusReports()).singleElement().satisfies(report -> {
            assertThat(report.status()).isEqualTo(status);
            assertThat(report.reason()).isEqualTo(reason);
            assertThat(report.detail()).isEqualTo("UPS X/" + code + " " + description);
        });
    }

    @ParameterizedTest
    @CsvSource({"M, MP", "NA, NA"})
    void whenAStatusTypeSaysNothingNew_itShouldReportNothing(String type, String code) {
        assertThat(map(documented(type, code)).statusReports()).isEmpty();
    }

    @Test
    void whenTheStatusTypeIsNotAUpsType_itShouldBeRefusedNamingIt() {
        assertThat(mappingFails(documented("ZZ", "SR"))).extracting("field")
                .isEqualTo("trackResponse.shipment[0].package[0].activity[0].status.type");
    }

    @Test
    void whenTheScanLocationGivesNoZone_theFormatsZoneOrARefusalShouldSayWhen() {
        ObjectNode answer = sampleJson(DOCUMENTED);
        ObjectNode address = (ObjectNode) answer.at(ACTIVITY + "/location/address");
        address.remove("country");
        address.remove("countryCode");

        assertThat(mappingFails(answer)).extracting("field")
                .isEqualTo("trackResponse.shipment[0].package[0].activity[0].date");
        assertThat(mapper(Map.of("zone", "Europe/Berlin")).map(message(answer)).statusReports().get(0).occurredAt())
                .isEqualTo(Instant.parse("2021-02-10T06:13:56Z"));
    }

    @Test
    void whenAPackageHasNoActivity_itShouldReportItsCurrentStatusWithoutATime() {
        ObjectNode answer = sampleJson(DOCUMENTED);
        ((ObjectNode) answer.at("/trackResponse/shipment/0/package/0")).remove("activity");

        StatusReport report = map(answer).statusReports().get(0);

        assertThat(report.status()).isEqualTo(DeliveryStatus.EXCEPTION);
        assertThat(report.occurredAt()).isNull();
    }

    @Test
    void whenUpsFindsNoTrackingInformation_itShouldReportNothing() {
        String notFound = "{\"trackResponse\":{\"shipment\":[{\"warnings\":[{\"code\":\"TW0001\","
                + "\"message\":\"Tracking Information Not Found\"}]}]}}";

        assertThat(map(notFound).statusReports()).isEmpty();
    }

    @Test
    void whenUpsAnsweredWithAnError_itShouldBeRefusedWithIt() {
        String error = "{\"response\":{\"errors\":[{\"code\":\"TV1002\",\"message\":\"Invalid inquiry number\"}]}}";

        assertThat(mappingFails(error).getReason()).isEqualTo(
                "UPS answered with an error, not tracking: TV1002 Invalid inquiry number");
    }

    private static InboundMessage message(ObjectNode body) {
        return new InboundMessage(TENANT, "ups-track", body.toString().getBytes(StandardCharsets.UTF_8), Map.of());
    }
}
