package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/** SHPMNT05 shipments, from the hand-made fixtures in both forms: one order per delivery. */
class ShipmentIdocTest extends InboundMapperTestBase {

    static final String XML = "idoc/shpmnt05.xml";
    static final String FLAT = "idoc/shpmnt05.idoc";

    private IdocInboundMapper mapper = new IdocInboundMapper();

    @Override
    protected InboundMapper mapper() {
        return mapper;
    }

    @ParameterizedTest
    @ValueSource(strings = {XML, FLAT})
    void whenTheShipmentIsMapped_eachDeliveryShouldBeAnOrder(String sample) {
        MappedMessage mapped = map(sample(sample));

        assertThat(mapped.sourceSystem()).isEqualTo("SAP:LS:S4HCLNT100");
        assertThat(mapped.sourceMessageId()).isEqualTo("481600");
        assertThat(mapped.orders()).extracting(order -> order.getReferences().getErpDelivery(),
                        order -> order.getReferences().getErpSalesOrder(), order -> order.getShipTo().getName())
                .containsExactly(tuple("0080001240", "0000012350", "Café Elbblick"),
                        tuple("0080001241", "0000012351", "Strandhotel Blankenese"));
        assertThat(mapped.orders()).extracting(order -> order.getReferences().getErpShipment())
                .containsOnly("0000004711");
        DeliveryOrder hotel = mapped.orders().get(1);
        assertThat(hotel.getShipTo().getAddress()).isEqualTo(Address.builder().line1("Strandweg 5")
                .line2("c/o Küche, Lieferanteneingang").postalCode("22587").city("Hamburg").region("02")
                .countryCode("DE").build());
        assertThat(hotel.getShipTo().getContact().getEmail()).isEqualTo("kueche@strandhotel.example");
    }

    @ParameterizedTest
    @ValueSource(strings = {XML, FLAT})
    void whenTheShipmentIsMapped_theWeightsAndVolumesShouldBeInKilogramsAndCubicMetres(String sample) {
        MappedMessage mapped = map(sample(sample));

        assertThat(mapped.orders().get(0).totalWeightKg()).isEqualTo(12.0);
        assertThat(mapped.orders().get(1).getParcels())
                .extracting(Parcel::getId, Parcel::getQuantity, Parcel::getWeightKg)
                .containsExactly(tuple("000010", 2, 3.4), tuple("000020", 3, 3.1));
        assertThat(mapped.orders().get(1).totalWeightKg()).as("E1EDL20-BTGEW").isCloseTo(6.5, within(1e-9));
        assertThat(mapped.orders().get(1).totalVolumeM3()).as("25 LTR").isCloseTo(0.025, within(1e-9));
    }

    @ParameterizedTest
    @ValueSource(strings = {XML, FLAT})
    void whenTheDeadlineIsInSummer_theWindowShouldBeInCentralEuropeanSummerTime(String sample) {
        DeliveryOrder cafe = map(sample(sample)).orders().get(0);

        assertThat(cafe.getTimeWindows()).containsExactly(TimeWindow.builder()
                .start(Instant.parse("2024-07-02T07:00:00Z")).end(Instant.parse("2024-07-02T08:00:00Z"))
                .zoneId("Europe/Berlin").build());
    }

    @Test
    void whenADeadlineNamesNoZoneAnywhere_itShouldBeInTheZoneOfTheShipTosCountry() {
        DeliveryOrder hotel = map(sample(XML)).orders().get(1);

        // issue 13: 10:30 local time in Germany (CEST), not 10:30 UTC
        assertThat(hotel.getTimeWindows().get(0).getStart()).isEqualTo(Instant.parse("2024-07-02T08:30:00Z"));
        assertThat(hotel.getTimeWindows().get(0).getZoneId()).isEqualTo("Europe/Berlin");
    }

    @Test
    void whenNeitherSenderNorPlaceTellsAZone_aDeadlineShouldBeInTheDepotsZone() {
        mapper = new IdocInboundMapper(IdocSettings.defaults().withDefaultZone(ZoneId.of("America/Toronto")));
        String nowhere = new String(sample(XML), StandardCharsets.UTF_8).replace("<COUNTRY1>DE</COUNTRY1>",
                "<COUNTRY1>RU</COUNTRY1>");

        DeliveryOrder hotel = map(nowhere.getBytes(StandardCharsets.UTF_8)).orders().get(1);

        assertThat(hotel.getTimeWindows().get(0).getStart()).isEqualTo(Instant.parse("2024-07-02T14:30:00Z"));
        assertThat(hotel.getTimeWindows().get(0).getZoneId()).isEqualTo("America/Toronto");
    }

    @Test
    void whenTheSendersZoneIsConfigured_aDeadlineWithoutZoneShouldBeInIt() {
        mapper = new IdocInboundMapper(IdocSettings.defaults()
                .withSenderZone("S4HCLNT100", ZoneId.of("Europe/Berlin")));

        TimeWindow window = map(sample(XML)).orders().get(1).getTimeWindows().get(0);

        assertThat(window.getStart()).isEqualTo(Instant.parse("2024-07-02T08:30:00Z"));
        assertThat(window.getEnd()).isEqualTo(Instant.parse("2024-07-02T09:30:00Z"));
    }

    @Test
    void whenBothFormsCarryTheSameShipment_theyShouldMapToTheSameOrders() {
        assertThat(map(sample(FLAT)).orders()).isEqualTo(map(sample(XML)).orders());
    }

    @Test
    void whenTheShipmentCarriesNoDelivery_itShouldNameIt() {
        String empty = new String(sample(XML), StandardCharsets.UTF_8)
                .replaceAll("(?s)<E1EDL20 SEGMENT=\"1\">.*</E1EDL20>", "");

        MappingException failure = mappingFails(empty);

        assertThat(failure.getField()).isEqualTo("E1EDT20[TKNUM=0000004711]/E1EDL20");
        assertThat(failure.getReason()).isEqualTo("missing: shipment 0000004711 carries no delivery");
    }
}
