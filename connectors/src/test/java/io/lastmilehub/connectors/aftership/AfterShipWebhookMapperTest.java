package io.lastmilehub.connectors.aftership;

import com.fasterxml.jackson.databind.JsonNode;
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
import io.lastmilehub.connectors.support.carrierstatus.ScanTimes;
import io.lastmilehub.connectors.support.shop.ShopWebhookSignature;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;

/** AfterShip's documented webhook example ({@code samples/aftership}, see its SOURCES.md) and edited copies of it. */
class AfterShipWebhookMapperTest extends InboundMapperTestBase {

    private static final String SAMPLE = "aftership/tracking-update-in-transit.json";
    private static final String SECRET = "as-webhook-secret-0123";

    @Override
    protected InboundMapper mapper() {
        return new AfterShipWebhookMapper(null, new ScanTimes(null));
    }

    /** The sample, as the update of shop order #1001 with that tag and sub-status. */
    private static ObjectNode update(String tag, String subtag) {
        ObjectNode body = sampleJson(SAMPLE);
        ((ObjectNode) body.get("msg")).put("order_number", "#1001").put("tag", tag).put("subtag", subtag);
        return body;
    }

    @Test
    void whenTheDocumentedExampleComes_itShouldBeTakenOnceByItsEventIdAndReportByTheTrackingNumberAlone() {
        MappedMessage mapped = map(sample(SAMPLE));

        assertThat(mapped.sourceSystem()).isEqualTo("aftership");
        assertThat(mapped.sourceMessageId()).isEqualTo("bca2a741-8613-4694-bfb4-2ceb0016ee4f");
        assertThat(mapped.statusReports()).singleElement().satisfies(report -> {
            assertThat(report.status()).isEqualTo(DeliveryStatus.DISPATCHED);
            assertThat(report.references().getShopOrder()).as("the tracking names no order").isNull();
            assertThat(report.references().getTrackingNumber()).isEqualTo("9405516902697649303570");
        });
        assertThat(mapped.orders()).isEmpty();
    }

    @Test
    void whenAnUpdateNamesNeitherOrderNorTrackingNumber_itShouldReportNothing() {
        ObjectNode body = sampleJson(SAMPLE);
        ((ObjectNode) body.get("msg")).remove("tracking_number");

        assertThat(map(body).statusReports()).isEmpty();
    }

    @Test
    void whenAnUpdateNamesAnOrder_itShouldReportItsStatusForThatShopOrderWithTheTrackingNumber() {
        StatusReport report = map(update("Delivered", "Delivered_001")).statusReports().get(0);

        assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
        assertThat(report.references().getShopOrder()).isEqualTo("#1001");
        assertThat(report.references().getTrackingNumber()).isEqualTo("9405516902697649303570");
        assertThat(report.detail()).isEqualTo("AfterShip Delivered_001");
    }

    @Test
    void whenTheLatestCheckpointHasALocalTime_itShouldBeTheTimeAtTheCheckpointsPlace() {
        StatusReport report = map(sample(SAMPLE)).statusReports().get(0);

        // 03:45 on 17 May in Holly Ridge, NC: Eastern Daylight Time; AfterShip sent the update (ts) at 09:05:32Z
        assertThat(report.occurredAt()).isEqualTo(Instant.parse("2021-05-17T07:45:00Z"));
    }

    @Test
    void whenTheLatestCheckpointHasAnOffset_itShouldBeThatInstant() {
        ObjectNode body = sampleJson(SAMPLE);
        latestCheckpoint(body).put("checkpoint_time", "2021-05-17T11:45:00+08:00");

        assertThat(map(body).statusReports().get(0).occurredAt()).isEqualTo(Instant.parse("2021-05-17T03:45:00Z"));
    }

    @Test
    void whenTheCheckpointsPlaceGivesNoZone_itShouldBeTheTenantsDepotZone() {
        ObjectNode body = sampleJson(SAMPLE);
        latestCheckpoint(body).putNull("state");
        InboundMapper inBerlin = new AfterShipWebhookMapper(null, new ScanTimes(ZoneId.of("Europe/Berlin")));

        StatusReport report = inBerlin.map(new InboundMessage(TENANT, "aftership",
                body.toString().getBytes(StandardCharsets.UTF_8), Map.of())).statusReports().get(0);

        assertThat(report.occurredAt()).isEqualTo(Instant.parse("2021-05-17T01:45:00Z"));
    }

    @ParameterizedTest
    @CsvSource({"country_iso3, , 2021-05-17T03:45:00", "checkpoint_time, 2021-05-17, 2021-05-17"})
    void whenTheLatestCheckpointSaysNoInstant_itShouldBeWhenAfterShipSentTheUpdate(String field, String value,
                                                                                   String checkpointTime) {
        ObjectNode body = sampleJson(SAMPLE);
        latestCheckpoint(body).put("checkpoint_time", checkpointTime).put(field, value);

        assertThat(map(body).statusReports().get(0).occurredAt()).isEqualTo(Instant.parse("2021-05-17T09:05:32Z"));
    }

    @Test
    void whenACheckpointTimeIsNotATime_itShouldBeRefusedNamingIt() {
        ObjectNode body = sampleJson(SAMPLE);
        latestCheckpoint(body).put("checkpoint_time", "17/05/2021T03:45");

        assertThat(mappingFails(body.toString()).getField()).isEqualTo("msg.checkpoints[6].checkpoint_time");
    }

    @Test
    void whenNoCheckpointHasATimeAndTheSendTimeIsBeyondAnyDate_itShouldBeRefusedNamingIt() {
        ObjectNode body = sampleJson(SAMPLE);
        latestCheckpoint(body).put("checkpoint_time", "2021-05-17");
        body.put("ts", 1e30);

        assertThat(mappingFails(body.toString()).getField()).isEqualTo("ts");
    }

    private static ObjectNode latestCheckpoint(ObjectNode body) {
        JsonNode checkpoints = body.path("msg").path("checkpoints");
        return (ObjectNode) checkpoints.get(checkpoints.size() - 1);
    }

    @ParameterizedTest
    @CsvSource({"InTransit, InTransit_003, DISPATCHED", "OutForDelivery, OutForDelivery_001, OUT_FOR_DELIVERY",
        "AttemptFail, AttemptFail_001, FAILED_ATTEMPT", "Delivered, Delivered_002, DELIVERED",
        "Exception, Exception_001, EXCEPTION", "Expired, Expired_001, EXCEPTION"})
    void whenATagMovesTheDelivery_itShouldReportItsStatus(String tag, String subtag, DeliveryStatus status) {
        assertThat(map(update(tag, subtag)).statusReports()).singleElement()
                .satisfies(report -> assertThat(report.status()).isEqualTo(status));
    }

    @ParameterizedTest
    @CsvSource({"Pending, Pending_001", "InfoReceived, InfoReceived_001", "AvailableForPickup, AvailableForPickup_001"})
    void whenATagSaysNothingNew_itShouldReportNothing(String tag, String subtag) {
        assertThat(map(update(tag, subtag)).statusReports()).isEmpty();
    }

    @Test
    void whenASubStatusNamesAReason_itShouldBeTheReportsReason() {
        assertThat(map(update("Exception", "Exception_003")).statusReports().get(0).reason())
                .isEqualTo(ReasonCode.REFUSED);
        assertThat(map(update("Exception", "Exception_001")).statusReports().get(0).reason()).isNull();
    }

    @Test
    void whenTheTagIsNotAnAfterShipStatus_itShouldBeRefusedNamingIt() {
        assertThat(mappingFails(update("Lost", "Lost_001"))).extracting("field").isEqualTo("msg.tag");
    }

    @Test
    void whenTheEventIsNotATrackingUpdate_itShouldReportNothing() {
        ObjectNode body = update("Delivered", "Delivered_001").put("event", "edd_revise");

        assertThat(map(body).statusReports()).isEmpty();
    }

    @Test
    void whenTheEventIdIsMissing_itShouldBeRefusedNamingIt() {
        ObjectNode body = sampleJson(SAMPLE);
        body.remove("event_id");

        assertThat(mappingFails(body)).extracting("field").isEqualTo("event_id");
    }

    @Test
    void whenTheTenantHasAWebhookSecret_onlyMessagesSignedWithItShouldBeTaken() {
        InboundFormat format = InboundFormats.load().find("aftership").orElseThrow();
        InboundMapper signed = format.create(ConnectorSettings.of(format.settings(),
                Map.of("webhook-secret", SECRET)), TenantContext.none());
        byte[] body = sample(SAMPLE);
        String signature = new ShopWebhookSignature(AfterShipSignature.HEADER, AfterShipSignature.HEADER, SECRET)
                .sign(body);

        assertThat(signed.map(message(body, Map.of("Aftership-Hmac-Sha256", signature))).sourceMessageId())
                .isEqualTo("bca2a741-8613-4694-bfb4-2ceb0016ee4f");
        assertThat(failure(signed, message(body, Map.of()))).isEqualTo(
                "aftership-hmac-sha256: missing: this tenant's AfterShip webhooks must be signed");
        assertThat(failure(signed, message("{}".getBytes(StandardCharsets.UTF_8),
                Map.of("aftership-hmac-sha256", signature))))
                .isEqualTo("aftership-hmac-sha256: does not match the body signed with this tenant's secret");
    }

    private static InboundMessage message(byte[] body, Map<String, String> headers) {
        return new InboundMessage(TENANT, "aftership", body, headers);
    }

    private static String failure(InboundMapper mapper, InboundMessage message) {
        try {
            mapper.map(message);
            return "accepted";
        } catch (RuntimeException e) {
            return e.getMessage();
        }
    }
}
