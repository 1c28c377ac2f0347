package io.lastmilehub.connectors.wms;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.connectors.spi.WarehouseEvent;
import io.lastmilehub.model.Parcel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class WmsCsvMapperTest extends InboundMapperTestBase {

    /** How the ACME WMS of the sample names its columns. */
    static final CsvLayout ACME = new CsvLayout("acme-wms", ';', true, Map.ofEntries(
            Map.entry("erpDelivery", "Delivery No"), Map.entry("customerPo", "Order No"), Map.entry("event", "Event"),
            Map.entry("occurredAt", "Timestamp"), Map.entry("parcelId", "Package ID"), Map.entry("sscc", "SSCC"),
            Map.entry("trackingNumber", "Tracking No"), Map.entry("weight", "Weight (kg)"),
            Map.entry("length", "Length (mm)"), Map.entry("width", "Width (mm)"), Map.entry("height", "Height (mm)"),
            Map.entry("description", "Contents")), ZoneId.of("Europe/Berlin"), "kg", "mm");

    private InboundMapper mapper = new WmsCsvMapper(ACME);

    @Override
    protected InboundMapper mapper() {
        return mapper;
    }

    @Test
    void whenAWmsExportsInItsOwnLayout_rowsOfOneOrderAndEventBecomeOneUpdate() {
        MappedMessage mapped = map(sample("wms/acme-wms-confirmations.csv"));

        assertThat(mapped.sourceSystem()).isEqualTo("acme-wms");
        assertThat(mapped.sourceMessageId()).startsWith("sha256:").hasSize(71);
        assertThat(mapped.parcelUpdates()).extracting(u -> u.references().getErpDelivery(), ParcelUpdate::event,
                u -> u.parcels().size()).containsExactly(tuple("80001234", WarehouseEvent.PACKED, 2),
                tuple("80001234", WarehouseEvent.SHIPPED, 2), tuple("80001235", WarehouseEvent.PICKED, 0));
        ParcelUpdate shipped = mapped.parcelUpdates().get(1);
        assertThat(shipped.references().getCustomerPo()).isEqualTo("4500017723");
        assertThat(shipped.references().getTrackingNumber()).isEqualTo("JJD000390007850561");
        assertThat(shipped.occurredAt()).isEqualTo(Instant.parse("2026-11-20T15:02:00Z"));
        Parcel first = shipped.parcels().get(0);
        assertThat(first).extracting(Parcel::getId, Parcel::getBarcode, Parcel::getQuantity, Parcel::getDescription)
                .containsExactly("PK-1", "340123450000000017", 1, "2 x electric kettle");
        assertThat(first.getWeightKg()).isCloseTo(4.2, within(1e-9));
        assertThat(first.getDimensions().getLengthCm()).isCloseTo(40, within(1e-9));
        assertThat(first.getDimensions().getHeightCm()).isCloseTo(20, within(1e-9));
    }

    @Test
    void whenTheStandardLayoutIsUsed_theHeaderNamesTheFields() {
        mapper = new WmsCsvMapper();

        ParcelUpdate update = map(sample("wms/standard-layout-shipped.csv")).parcelUpdates().get(0);

        assertThat(update.occurredAt()).isEqualTo(Instant.parse("2026-11-20T15:02:00Z"));
        assertThat(update.parcels()).extracting(Parcel::getId, Parcel::getBarcode, Parcel::getQuantity,
                Parcel::getDescription).containsExactly(
                tuple("1", "340123450000000031", 1, "garden chair, folded"),
                tuple("2", "340123450000000048", 2, "cushions"));
    }

    @Test
    void whenAColumnsValueIsWrong_theErrorNamesTheRowAndTheColumn() {
        String bad = new String(sample("wms/acme-wms-confirmations.csv"), StandardCharsets.UTF_8)
                .replace(";1,75;", ";1,75 kg;");

        MappingException failure = mappingFails(bad);

        assertThat(failure.getField()).isEqualTo("row 2, column \"Weight (kg)\"");
        assertThat(failure.getReason()).isEqualTo("'1,75 kg' is not a number");
    }

    @Test
    void whenARowHasNoOrderReference_theErrorNamesTheRow() {
        String bad = new String(sample("wms/acme-wms-confirmations.csv"), StandardCharsets.UTF_8)
                .replace("4500017724;80001235;", ";;");

        assertThat(mappingFails(bad).getField()).isEqualTo("row 5, order reference columns");
    }

    @Test
    void whenTheEventIsUnknown_theErrorSaysWhichAreKnown() {
        String bad = new String(sample("wms/acme-wms-confirmations.csv"), StandardCharsets.UTF_8)
                .replace(";PICKED;", ";ALLOCATED;");

        MappingException failure = mappingFails(bad);

        assertThat(failure.getField()).isEqualTo("row 5, column \"Event\"");
        assertThat(failure.getReason()).contains("'ALLOCATED'", "PICKED, PACKED or SHIPPED");
    }

    @Test
    void whenTheFileLacksTheEventColumn_theHeaderIsRefusedNamingIt() {
        mapper = new WmsCsvMapper();

        MappingException failure = mappingFails("erpDelivery,sscc\n80001234,340123450000000017\n");

        assertThat(failure.getField()).isEqualTo("header");
        assertThat(failure.getReason()).startsWith("no column \"event\"");
    }

    @Test
    void whenTheHeaderHasAnUnclosedQuote_itIsRefusedNamingTheHeader() {
        // Found by CsvFuzzTest: the parser reads the header at once and its CSVException left as UncheckedIOException.
        mapper = new WmsCsvMapper();

        MappingException failure = mappingFails("erpDelivery,\"event\n80001234,SHIPPED\n");

        assertThat(failure.getField()).isEqualTo("header");
        assertThat(failure.getReason()).startsWith("not CSV: ");
    }

    @Test
    void whenTheFileHasNoHeader_columnsAreNumbers() {
        mapper = new WmsCsvMapper(new CsvLayout("wms", '|', false, Map.of("erpDelivery", "1", "event", "2",
                "sscc", "3", "weight", "4"), ZoneId.of("UTC"), "lb", "cm"));

        ParcelUpdate update = map("80001234|SHIP|340123450000000017|10\n").parcelUpdates().get(0);

        assertThat(update.event()).isEqualTo(WarehouseEvent.SHIPPED);
        assertThat(update.parcels().get(0).getWeightKg()).isCloseTo(4.5359237, within(1e-9));
    }

    @Test
    void whenALayoutNamesAnUnknownField_itIsRefusedAtOnce() {
        assertThatThrownBy(() -> new CsvLayout("wms", ',', true, Map.of("orderNo", "Order"), ZoneId.of("UTC"),
                "kg", "cm")).hasMessageContaining("unknown column field 'orderNo'");
    }
}
