package io.lastmilehub.connectors.parcelcsv;

import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundFormat;
import io.lastmilehub.connectors.spi.InboundFormats;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.InvalidConnectorSettingException;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.StatusReport;
import io.lastmilehub.connectors.spi.TenantContext;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ReasonCode;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.tuple;

/** Parcel carriers' status files ({@code samples/parcel-status-csv}, see its SOURCES.md) and one-line files. */
class ParcelStatusCsvMapperTest extends InboundMapperTestBase {

    private static final String DPD = "parcel-status-csv/dpd-scaninfo-documented.csv";
    private static final String TWO_COLUMNS = "parcel-status-csv/depot-status-two-columns.csv";
    private static final String HEADER = "PARCELNO;SCAN_CODE;DEPOT_CODE;SCAN_DATE_TIME;ADD_SERVICE_1;LOCATION\n";

    @Override
    protected InboundMapper mapper() {
        return mapper(Map.of("zone", "Europe/Brussels"), TenantContext.none());
    }

    private static InboundMapper mapper(Map<String, ?> settings, TenantContext tenant) {
        InboundFormat format = InboundFormats.load().find("parcel-status-csv").orElseThrow();
        return format.create(ConnectorSettings.of(format.settings(), settings), tenant);
    }

    private static String scan(String code, String additional) {
        return HEADER + "01234567890123;" + code + ";0163;20250310101500;" + additional + ";Diegem\n";
    }

    @Test
    void whenDpdsDocumentedFileComes_theParcelShouldReportItsLatestScanInTheFormatsZone() {
        MappedMessage mapped = map(sample(DPD));

        assertThat(mapped.sourceSystem()).isEqualTo("parcel-status-csv");
        assertThat(mapped.sourceMessageId()).startsWith("sha256:");
        assertThat(mapped.statusReports()).singleElement().satisfies(report -> {
            assertThat(report.references().getTrackingNumber()).isEqualTo("05300000000000");
            assertThat(report.status()).isEqualTo(DeliveryStatus.DELIVERED);
            // 19:29:06 in Brussels in August: +02:00
            assertThat(report.occurredAt()).isEqualTo(Instant.parse("2024-08-15T17:29:06Z"));
            assertThat(report.detail()).isEqualTo("scan 13 at depot 0521 somewhere");
        });
    }

    @Test
    void whenNoZoneIsKnown_aTimeWithoutOffsetShouldBeRefusedAndTheTenantsDepotZoneUsedWhenItHasOne() {
        byte[] file = sample(DPD);

        assertThat(catchThrowableOfType(() -> mapper(Map.of(), TenantContext.none())
                .map(message(file)), MappingException.class).getField()).isEqualTo("line 2, SCAN_DATE_TIME");
        TenantContext depotInAmsterdam = new TenantContext("acme", system -> Optional.empty(),
                ZoneId.of("Europe/Amsterdam"), null);
        assertThat(mapper(Map.of(), depotInAmsterdam).map(message(file)).statusReports().get(0).occurredAt())
                .isEqualTo(Instant.parse("2024-08-15T17:29:06Z"));
    }

    @ParameterizedTest
    @CsvSource({"01, DISPATCHED", "02, DISPATCHED", "05, DISPATCHED", "08, DISPATCHED", "09, DISPATCHED",
        "10, DISPATCHED", "12, DISPATCHED", "15, DISPATCHED", "03, OUT_FOR_DELIVERY", "13, DELIVERED",
        "04, FAILED_ATTEMPT", "14, FAILED_ATTEMPT", "06, EXCEPTION"})
    void whenAScanCodeIsDocumented_itShouldReportItsStatus(String code, DeliveryStatus expected) {
        assertThat(map(scan(code, "")).statusReports()).singleElement()
                .satisfies(report -> assertThat(report.status()).isEqualTo(expected));
    }

    @Test
    void whenAScanCodeIsInNoTable_itShouldBeRefusedNamingItsLineAndColumn() {
        MappingException refused = mappingFails(scan("99", ""));

        assertThat(refused.getField()).isEqualTo("line 2, SCAN_CODE");
        assertThat(refused.getReason()).startsWith("'99' is not a parcel-status-csv status code the hub knows");
    }

    @Test
    void whenTheTenantMapsACodeWithItsAdditionalCode_thatMeaningShouldWin() {
        InboundMapper mapper = mapper(Map.of("zone", "Europe/Brussels", "status-codes",
                Map.of("14:011", "FAILED_ATTEMPT/RECIPIENT_ABSENT", "18", "NONE")), TenantContext.none());

        StatusReport absent = mapper.map(message(scan("14", "011"))).statusReports().get(0);

        assertThat(absent.reason()).isEqualTo(ReasonCode.RECIPIENT_ABSENT);
        assertThat(mapper.map(message(scan("14", "012"))).statusReports().get(0).reason()).isNull();
        assertThat(mapper.map(message(scan("18", ""))).statusReports()).isEmpty();
    }

    @Test
    void whenACarrierWritesItsOwnColumnsAndCodes_theTenantsLayoutShouldReadThem() {
        InboundMapper mapper = mapper(Map.of(
                "columns", Map.of("parcel-number", "Paketnummer", "status-code", "Status", "date", "Datum",
                        "time", "Uhrzeit", "depot", "Depot", "country", "Land", "additional-code", "Grund"),
                "status-codes", Map.of("PREADVICE", "NONE", "IN_TRANSIT", "DISPATCHED",
                        "OUT_FOR_DELIVERY", "OUT_FOR_DELIVERY", "NOT_DELIVERED", "FAILED_ATTEMPT",
                        "NOT_DELIVERED:NOT_AT_HOME", "FAILED_ATTEMPT/RECIPIENT_ABSENT", "DELIVERED", "DELIVERED")),
                TenantContext.none());

        assertThat(mapper.map(message(sample(TWO_COLUMNS))).statusReports())
                .extracting(r -> r.references().getTrackingNumber(), StatusReport::status, StatusReport::reason,
                        StatusReport::occurredAt)
                .containsExactly(
                        // 13:47 in Germany in March: +01:00
                        tuple("ZZ7740011223", DeliveryStatus.FAILED_ATTEMPT, ReasonCode.RECIPIENT_ABSENT,
                                Instant.parse("2025-03-14T12:47:00Z")),
                        tuple("ZZ7740011230", DeliveryStatus.DELIVERED, null, Instant.parse("2025-03-14T10:05:00Z")));
    }

    @Test
    void whenTheHeaderLacksAColumnTheLayoutNeeds_itShouldBeRefusedNamingIt() {
        MappingException refused = mappingFails("PARCEL;SCAN_CODE;SCAN_DATE_TIME\n01234567890123;13;20250310101500\n");

        assertThat(refused.getField()).isEqualTo("header");
        assertThat(refused.getReason()).startsWith("no column 'PARCELNO' for parcel-number");
    }

    @Test
    void whenATimestampIsNoDateAndTime_itShouldBeRefusedNamingIt() {
        String file = HEADER + "01234567890123;13;0163;yesterday;;Diegem\n";

        assertThat(mappingFails(file).getField()).isEqualTo("line 2, SCAN_DATE_TIME");
    }

    @Test
    void whenTheTenantNamesAColumnForNoField_theSettingShouldBeRefused() {
        assertThatThrownBy(() -> mapper(Map.of("columns", Map.of("parcel", "Paket")), TenantContext.none()))
                .isInstanceOf(InvalidConnectorSettingException.class).hasMessageContaining("no such field");
    }

    private static InboundMessage message(byte[] body) {
        return new InboundMessage(TENANT, "parcel-status-csv", body, Map.of());
    }

    private static InboundMessage message(String body) {
        return message(body.getBytes(StandardCharsets.UTF_8));
    }
}
