package io.lastmilehub.connectors.easypost;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundFormat;
import io.lastmilehub.connectors.spi.InboundFormats;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.StatusReport;
import io.lastmilehub.connectors.spi.TenantContext;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HexFormat;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** EasyPost's tracker webhook ({@code samples/easypost}, see its SOURCES.md) and edited copies of it. */
class EasyPostTrackerMapperTest extends InboundMapperTestBase {

    private static final String SAMPLE = "easypost/tracker-updated-event.json";

    @Override
    protected InboundMapper mapper() {
        return mapper(Map.of());
    }

    private static InboundMapper mapper(Map<String, ?> settings) {
        InboundFormat format = InboundFormats.load().find("easypost").orElseThrow();
        return format.create(ConnectorSettings.of(format.settings(), settings), TenantContext.none());
    }

    private static ObjectNode event(String status, String statusDetail) {
        ObjectNode event = sampleJson(SAMPLE);
        ((ObjectNode) event.get("result")).put("status", status).put("status_detail", statusDetail);
        return event;
    }

    @Test
    void whenTheTrackerIsUpdated_itShouldReportItsStatusForItsTrackingCodeAtTheLatestScan() {
        MappedMessage mapped = map(sample(SAMPLE));

        assertThat(mapped.sourceSystem()).isEqualTo("easypost");
        assertThat(mapped.sourceMessageId()).isEqualTo("evt_3d5d26a8a1e611ecb1f8ab8a0f4b9d1a");
        StatusReport report = mapped.statusReports().get(0);
        assertThat(mapped.statusReports()).hasSize(1);
        assertThat(report.status()).isEqualTo(DeliveryStatus.DISPATCHED);
        assertThat(report.references().getTrackingNumber()).isEqualTo("EZ2000000002");
        // 02:40:12 at -06:00 in North Houston
        assertThat(report.occurredAt()).isEqualTo(Instant.parse("2022-03-12T08:40:12Z"));
        assertThat(report.detail()).isEqualTo("EasyPost in_transit/arrived_at_facility");
    }

    @ParameterizedTest
    @CsvSource({"in_transit, DISPATCHED", "out_for_delivery, OUT_FOR_DELIVERY", "delivered, DELIVERED",
        "return_to_sender, RETURNED", "failure, EXCEPTION", "cancelled, EXCEPTION", "error, EXCEPTION"})
    void whenAStatusMovesTheDelivery_itShouldReportIt(String status, DeliveryStatus expected) {
        assertThat(map(event(status, "status_update")).statusReports()).singleElement()
                .satisfies(report -> assertThat(report.status()).isEqualTo(expected));
    }

    @ParameterizedTest
    @ValueSource(strings = {"unknown", "pre_transit", "available_for_pickup"})
    void whenAStatusSaysNothingNew_itShouldReportNothing(String status) {
        assertThat(map(event(status, "status_update")).statusReports()).isEmpty();
    }

    @Test
    void whenAFailureNamesAReason_itShouldBeTheReportsReason() {
        assertThat(map(event("failure", "refused")).statusReports().get(0).reason()).isEqualTo(ReasonCode.REFUSED);
        assertThat(map(event("failure", "weather_delay")).statusReports().get(0).reason())
                .isEqualTo(ReasonCode.WEATHER);
        assertThat(map(event("in_transit", "delayed")).statusReports().get(0).reason()).isNull();
    }

    @Test
    void whenTheStatusIsNotAnEasyPostStatus_itShouldBeRefusedNamingIt() {
        assertThat(mappingFails(event("lost_in_space", null))).extracting("field").isEqualTo("result.status");
    }

    @Test
    void whenTheTenantMapsAnotherStatus_itShouldBeTaken() {
        InboundMapper mapper = mapper(Map.of("status-codes", Map.of("lost_in_space", "EXCEPTION/OTHER")));

        StatusReport report = mapper.map(message(event("lost_in_space", null))).statusReports().get(0);

        assertThat(report.status()).isEqualTo(DeliveryStatus.EXCEPTION);
        assertThat(report.reason()).isEqualTo(ReasonCode.OTHER);
    }

    @Test
    void whenAScanTimeHasNoOffset_itShouldBeLocalToTheScanLocationsCountry() {
        ObjectNode event = sampleJson(SAMPLE);
        ObjectNode scan = (ObjectNode) event.at("/result/tracking_details/2");
        scan.put("datetime", "2022-03-12T14:00:00");
        ((ObjectNode) scan.get("tracking_location")).put("country", "DE").putNull("state");

        assertThat(map(event).statusReports().get(0).occurredAt()).isEqualTo(Instant.parse("2022-03-12T13:00:00Z"));
    }

    @Test
    void whenAScanTimeHasNoOffsetAndNoPlaceGivesAZone_itShouldBeRefusedNamingIt() {
        ObjectNode event = sampleJson(SAMPLE);
        ((ObjectNode) event.at("/result/tracking_details/0")).put("datetime", "2022-03-11T03:34:58");

        assertThat(mappingFails(event)).extracting("field").isEqualTo("result.tracking_details[0].datetime");
    }

    @Test
    void whenTheFormatHasAZone_aScanTimeWithoutOffsetOrPlaceShouldBeInIt() {
        ObjectNode event = sampleJson(SAMPLE);
        ((ObjectNode) event.at("/result/tracking_details/2")).put("datetime", "2022-03-12T03:40:12");
        InboundMapper mapper = mapper(Map.of("zone", "America/Chicago"));
        ((ObjectNode) event.at("/result/tracking_details/2/tracking_location")).putNull("country");

        assertThat(mapper.map(message(event)).statusReports().get(0).occurredAt())
                .isEqualTo(Instant.parse("2022-03-12T09:40:12Z"));
    }

    @Test
    void whenABareTrackerOrAListOfTrackersComes_eachShouldReportItsStatus() {
        ObjectNode tracker = (ObjectNode) sampleJson(SAMPLE).get("result");
        ObjectNode delivered = tracker.deepCopy().put("tracking_code", "EZ4000000004").put("status", "delivered");
        ArrayNode trackers = JsonNodeFactory.instance.arrayNode().add(tracker).add(delivered);

        assertThat(map(tracker).sourceMessageId())
                .isEqualTo("trk_eb692ebb773d40619dfc0417d2bb26c2@2022-03-12T08:40:12Z");
        MappedMessage list = map(JsonNodeFactory.instance.objectNode().set("trackers", trackers));
        assertThat(list.statusReports()).extracting(r -> r.references().getTrackingNumber(), StatusReport::status)
                .containsExactly(tuple("EZ2000000002", DeliveryStatus.DISPATCHED),
                        tuple("EZ4000000004", DeliveryStatus.DELIVERED));
        assertThat(list.sourceMessageId()).startsWith("sha256:");
    }

    @Test
    void whenTheEventIsNotATrackerEvent_itShouldReportNothing() {
        assertThat(map(sampleJson(SAMPLE).put("description", "batch.updated")).statusReports()).isEmpty();
    }

    @Test
    void whenTheObjectIsNeitherEventNorTracker_itShouldBeRefusedSayingWhatItIs() {
        assertThat(mappingFails(sampleJson(SAMPLE).put("object", "Shipment")).getReason())
                .startsWith("'Shipment' is not an EasyPost Event or Tracker");
    }

    @Test
    void whenTheTenantHasAWebhookSecret_anEventSignedAsEasyPostSignsShouldBeTaken() throws Exception {
        byte[] body = sample(SAMPLE);
        // EasyPost's client libraries key the HMAC with the secret in NFKD form: the ligature is "fi"
        String header = "hmac-sha256-hex=" + hexHmac("fi-secret", body);

        MappedMessage mapped = mapper(Map.of("webhook-secret", "\uFB01-secret")).map(
                new InboundMessage(TENANT, "easypost", body, Map.of("x-hmac-signature", header)));

        assertThat(mapped.statusReports()).hasSize(1);
    }

    @Test
    void whenASecretIsSet_anUnsignedOrWronglySignedEventShouldBeRefusedNamingTheHeader() throws Exception {
        InboundMapper signed = mapper(Map.of("webhook-secret", "s3cret"));
        byte[] body = sample(SAMPLE);
        String otherSecrets = "hmac-sha256-hex=" + hexHmac("other", body);

        MappingException unsigned = catchThrowableOfType(MappingException.class,
                () -> signed.map(new InboundMessage(TENANT, "easypost", body, Map.of())));
        MappingException wrong = catchThrowableOfType(MappingException.class, () -> signed.map(
                new InboundMessage(TENANT, "easypost", body, Map.of("X-Hmac-Signature", otherSecrets))));

        assertThat(unsigned.getField()).isEqualTo("X-Hmac-Signature");
        assertThat(unsigned.getReason()).startsWith("missing");
        assertThat(wrong.getField()).isEqualTo("X-Hmac-Signature");
        assertThat(wrong.getReason()).doesNotContain(otherSecrets.substring(16));
    }

    @Test
    void whenTheTenantHasAWebhookSecret_anUnsignedTrackerAnswerOfItsOwnPollerShouldBeTaken() {
        ObjectNode tracker = (ObjectNode) sampleJson(SAMPLE).get("result");

        assertThat(mapper(Map.of("webhook-secret", "s3cret")).map(message(tracker)).statusReports()).hasSize(1);
    }

    /** The HMAC-SHA256 of a body in lower-case hex, computed here as EasyPost's documentation describes it. */
    private static String hexHmac(String key, byte[] body) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(key.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        return HexFormat.of().formatHex(mac.doFinal(body));
    }

    private static InboundMessage message(ObjectNode body) {
        return new InboundMessage(TENANT, "easypost", body.toString().getBytes(
                StandardCharsets.UTF_8), Map.of());
    }
}
