package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Dimensions;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** DELVRY07 outbound deliveries, from the hand-made fixtures in both forms. */
class DeliveryIdocTest extends InboundMapperTestBase {

    static final String XML = "idoc/delvry07-shpord.xml";
    static final String FLAT = "idoc/delvry07-shpord.idoc";

    @Override
    protected InboundMapper mapper() {
        return new IdocInboundMapper();
    }

    static String text(String sample) {
        return new String(sample(sample), StandardCharsets.UTF_8);
    }

    @ParameterizedTest
    @ValueSource(strings = {XML, FLAT})
    void whenTheDeliveryIsMapped_itShouldCarryItsValues(String sample) {
        MappedMessage mapped = map(sample(sample));

        assertThat(mapped.sourceSystem()).isEqualTo("SAP:LS:S4HCLNT100");
        assertThat(mapped.sourceMessageId()).isEqualTo("481516");
        assertThat(mapped.orders()).hasSize(1);
        DeliveryOrder order = mapped.orders().get(0);
        assertThat(order.getReferences()).isEqualTo(ExternalReferences.builder().erpDelivery("0080001234")
                .erpSalesOrder("0000012345").build());
        assertThat(order.getShipTo().getName()).isEqualTo("Bäckerei Schulz Filiale Altona");
        assertThat(order.getShipTo().getAddress()).isEqualTo(Address.builder().line1("Ottenser Hauptstraße 10")
                .postalCode("22765").city("Hamburg").region("02").countryCode("DE").build());
        assertThat(order.getShipTo().getContact()).isEqualTo(Contact.builder().name("Bäckerei Schulz Filiale Altona")
                .phone("+49 40 3907712").email("altona@schulz-backwaren.example").build());
    }

    @ParameterizedTest
    @ValueSource(strings = {XML, FLAT})
    void whenTheDeliveryIsPacked_itsHandlingUnitsShouldBeTheParcels(String sample) {
        DeliveryOrder order = mapOne(sample(sample));

        assertThat(order.getParcels()).extracting(Parcel::getId, Parcel::getBarcode, Parcel::getDescription,
                        Parcel::getQuantity, Parcel::getWeightKg)
                .containsExactly(tuple("340123450000000017", "340123450000000017", "Roggenmehl", 1, 14.0),
                        tuple("340123450000000024", "340123450000000024", "Roggenmehl und Frischhefe", 1, 13.5));
        assertThat(order.getParcels().get(0).getDimensions())
                .isEqualTo(Dimensions.builder().lengthCm(60).widthCm(40).heightCm(25).build());
        assertThat(order.totalWeightKg()).as("E1EDL20-BTGEW").isEqualTo(27.5);
        assertThat(order.totalVolumeM3()).as("E1EDL20-VOLUM").isCloseTo(0.12, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {XML, FLAT})
    void whenTheDeadlineIsInCet_theWindowShouldBeInUtc(String sample) {
        DeliveryOrder order = mapOne(sample(sample));

        assertThat(order.getTimeWindows()).containsExactly(TimeWindow.builder()
                .start(Instant.parse("2024-03-12T07:00:00Z")).end(Instant.parse("2024-03-12T11:00:00Z"))
                .zoneId("Europe/Berlin").build());
    }

    @Test
    void whenBothFormsCarryTheSameDelivery_theyShouldMapToTheSameOrder() {
        assertThat(mapOne(sample(FLAT))).isEqualTo(mapOne(sample(XML)));
    }

    @Test
    void whenTheDeliveryIsNotPacked_itsItemsShouldBeTheParcels() {
        String unpacked = text(XML).replaceAll("(?s)<E1EDL37 SEGMENT=\"1\">.*?</E1EDL37>", "");

        DeliveryOrder order = mapOne(unpacked.getBytes(StandardCharsets.UTF_8));

        assertThat(order.getParcels()).extracting(Parcel::getId, Parcel::getBarcode, Parcel::getDescription,
                        Parcel::getQuantity, Parcel::getWeightKg)
                .containsExactly(tuple("000010", null, "Roggenmehl Type 1150, Sack 10 kg", 2, 20.4),
                        tuple("000020", null, "Frischhefe 1 kg", 4, 4.1));
        assertThat(order.totalVolumeM3()).isCloseTo(0.048, within(1e-9));
    }

    @Test
    void whenTheDeliveryHasNeitherUnitsNorItems_theHeaderShouldMakeOneParcel() {
        String bare = text(XML).replaceAll("(?s)<E1EDL37 SEGMENT=\"1\">.*?</E1EDL37>", "")
                .replaceAll("(?s)<E1EDL24 SEGMENT=\"1\">.*?</E1EDL24>", "");

        DeliveryOrder order = mapOne(bare.getBytes(StandardCharsets.UTF_8));

        assertThat(order.getParcels()).extracting(Parcel::getId, Parcel::getQuantity, Parcel::getWeightKg)
                .containsExactly(tuple("0080001234", 2, 27.5));
        assertThat(order.getReferences().getErpSalesOrder()).isNull();
    }

    @Test
    void whenTheDeadlineNamesNoZone_itShouldTakeTheShipTosZone() {
        String noZone = text(XML).replace("<TZONE_BEG>CET</TZONE_BEG>", "").replace("<TZONE_END>CET</TZONE_END>", "")
                .replace("<TZCODE>CET</TZCODE>", "<TZCODE>UTC+3</TZCODE>");

        TimeWindow window = mapOne(noZone.getBytes(StandardCharsets.UTF_8)).getTimeWindows().get(0);

        assertThat(window.getStart()).isEqualTo(Instant.parse("2024-03-12T05:00:00Z"));
        assertThat(window.getZoneId()).isEqualTo("Etc/GMT-3");
    }

    @Test
    void whenTheDeadlineHasNoTimes_theWindowShouldCoverTheWholeDay() {
        String wholeDay = text(XML).replace("<NTANZ>080000</NTANZ>", "<NTANZ>000000</NTANZ>")
                .replace("<NTENZ>120000</NTENZ>", "");

        TimeWindow window = mapOne(wholeDay.getBytes(StandardCharsets.UTF_8)).getTimeWindows().get(0);

        assertThat(window.getStart()).isEqualTo(Instant.parse("2024-03-11T23:00:00Z"));
        assertThat(window.getEnd()).isEqualTo(Instant.parse("2024-03-12T22:59:59Z"));
    }

    @Test
    void whenTheDeadlineIsNotScheduled_thereShouldBeNoWindow() {
        String unscheduled = text(XML).replace("<NTANF>20240312</NTANF>\n\t\t\t\t<NTANZ>080000</NTANZ>\n"
                + "\t\t\t\t<NTEND>20240312</NTEND>", "<NTANF>00000000</NTANF>\n\t\t\t\t<NTEND>00000000</NTEND>");

        assertThat(mapOne(unscheduled.getBytes(StandardCharsets.UTF_8)).getTimeWindows()).isEmpty();
    }

    @Test
    void whenTheFlatFileHasWindowsLineEnds_itShouldReadTheSame() {
        String crlf = text(FLAT).replace("\n", "\r\n");

        assertThat(mapOne(crlf.getBytes(StandardCharsets.UTF_8))).isEqualTo(mapOne(sample(XML)));
    }
}
