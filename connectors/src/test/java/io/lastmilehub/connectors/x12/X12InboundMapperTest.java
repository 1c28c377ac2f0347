package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.InboundMappers;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.TimeWindow;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

import java.nio.charset.StandardCharsets;
import java.time.Instant;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

class X12InboundMapperTest extends InboundMapperTestBase {

    private static final double KG_PER_POUND = 0.45359237;

    @Override
    protected InboundMapper mapper() {
        return new X12InboundMapper();
    }

    @Test
    void whenTheMapperIsRegistered_formatX12FindsIt() {
        assertThat(InboundMappers.load().find("x12")).get().isInstanceOf(X12InboundMapper.class);
    }

    @Test
    void whenA204LoadTenderArrives_theUnloadingStopBecomesAnOrder() {
        MappedMessage mapped = map(sample("x12/204-MGCTLYST-SAMPLE.EDI"));

        assertThat(mapped.sourceSystem()).isEqualTo("X12:ZZ:MGCTLYST");
        assertThat(mapped.sourceMessageId()).isEqualTo("000018718");
        assertThat(mapped.orders()).hasSize(1);
        DeliveryOrder order = mapped.orders().get(0);
        assertThat(order.getReferences().getErpDelivery()).isEqualTo("75027674");
        assertThat(order.getReferences().getCustomerPo()).isEqualTo("3297832");
        assertThat(order.getShipTo().getCompany()).isEqualTo("QUAD-GRAPHICS INC");
        assertThat(order.getShipTo().getAddress()).extracting(Address::getLine1, Address::getCity,
                Address::getRegion, Address::getPostalCode, Address::getCountryCode)
                .containsExactly("555 S 108th St", "WEST ALLIS", "WI", "53214", "US");
        assertThat(order.getTimeWindows()).extracting(TimeWindow::getStart, TimeWindow::getEnd).containsExactly(
                tuple(Instant.parse("2016-07-27T05:01:00Z"), // local times in West Allis, WI: US Central
                        Instant.parse("2016-07-30T04:59:00Z")));
        Parcel parcel = order.getParcels().get(0);
        assertThat(parcel.getId()).isEqualTo("S5-2");
        assertThat(parcel.getWeightKg()).isCloseTo(5472 * KG_PER_POUND, within(0.001));
        assertThat(order.getInstructions()).startsWith("8 HRS IN ADVANCE");
        assertThat(mapped.parcelUpdates()).isEmpty();
    }

    @Test
    void whenA940WarehouseOrderArrives_itsLinesBecomeParcels() {
        DeliveryOrder order = mapOne(sample("x12/940-simplot.txt"));

        assertThat(order.getSource().getSystem()).isEqualTo("X12:ZZ:UP");
        assertThat(order.getSource().getMessageId()).isEqualTo("398161180");
        assertThat(order.getReferences().getErpSalesOrder()).isEqualTo("01235639");
        assertThat(order.getReferences().getCustomerPo()).isEqualTo("3353558");
        assertThat(order.getShipTo().getCompany()).isEqualTo("McLane Foodservice Inc");
        assertThat(order.getShipTo().getAddress()).extracting(Address::getLine1, Address::getCity,
                Address::getRegion, Address::getPostalCode, Address::getCountryCode)
                .containsExactly("Northeaster Industrial Park Bldg 22", "Guilderland Center", "NY", "12085", "US");
        assertThat(order.getTimeWindows().get(0).getStart()).isEqualTo(Instant.parse("2011-01-14T05:00:00Z"));
        assertThat(order.getTimeWindows().get(0).getEnd()).isEqualTo(Instant.parse("2011-01-15T04:59:00Z"));
        assertThat(order.getParcels()).extracting(Parcel::getId, Parcel::getQuantity, Parcel::getDescription)
                .containsExactly(tuple("LX-1", 972, "KFC Fries Seas Wedge 14Cut 6/6#"),
                        tuple("LX-2", 189,
                                "Taco Bell 00885251282593 Fries Seas BatrBites"));
        assertThat(order.totalWeightKg()).isCloseTo((36936 + 7182) * KG_PER_POUND, within(0.001));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "856-Example1.txt,       X12:01:201495124,  123456,       123456,     , 1234-123456, 3, 0",
        "856-Example3.txt,       X12:ZZ:123456789,  146940,       5500005194, 0123456789, 000 260 056 524, 3,"
            + " 2296.910",
        "856-FromGregarican.txt, X12:12:2125931122, 521649209219, SO/VINCE1,  521649209219, 007121610006156802, 1,"
            + " 0.454",
        "856-edi1Source.txt,     X12:12:4405197800, 829716,       99999817,   5787970539, 87787D, 2, 27.356"})
    void whenAn856ShipNoticeArrives_itsPacksOrItemsBecomeAParcelUpdate(String sample, String system,
            String shipment, String po, String tracking, String firstParcel, int parcels, double grossKg) {
        MappedMessage mapped = map(sample("x12/" + sample));

        assertThat(mapped.sourceSystem()).isEqualTo(system);
        assertThat(mapped.orders()).isEmpty();
        assertThat(mapped.parcelUpdates()).hasSize(1);
        ParcelUpdate update = mapped.parcelUpdates().get(0);
        assertThat(update.references().getErpDelivery()).isEqualTo(shipment);
        assertThat(update.references().getCustomerPo()).isEqualTo(po);
        assertThat(update.references().getTrackingNumber()).isEqualTo(tracking);
        assertThat(update.parcels()).hasSize(parcels);
        assertThat(update.parcels().get(0).getId()).isEqualTo(firstParcel);
        assertThat(update.parcels()).allSatisfy(p -> assertThat(p.getQuantity()).isPositive());
        assertThat(update.grossWeightKg()).isCloseTo(grossKg, within(0.001));
    }

    @Test
    void whenTheGregaricanPackHasAnSsccWithItsApplicationIdentifier_theSsccHas18Digits() {
        ParcelUpdate update = map(sample("x12/856-FromGregarican.txt")).parcelUpdates().get(0);

        assertThat(update.parcels().get(0).getBarcode()).isEqualTo("007121610006156802").hasSize(18);
    }

    @Test
    void whenA945ShippingAdviceArrives_itsLinesBecomeAParcelUpdate() {
        MappedMessage mapped = map(sample("x12/945-inter-americanproducts.txt"));

        assertThat(mapped.sourceSystem()).isEqualTo("X12:08:9338945000");
        ParcelUpdate update = mapped.parcelUpdates().get(0);
        assertThat(update.references().getErpDelivery()).isEqualTo("2144");
        assertThat(update.parcels()).extracting(Parcel::getId, Parcel::getQuantity, Parcel::getDescription)
                .containsExactly(tuple("K018293-00010", 120, "TEST ITEM1"),
                        tuple("K018273-00033", 400, "TEST ITEM2"),
                        tuple("K082738-0041", 400, "TEST ITEM3"));
        assertThat(update.parcels().get(0).getWeightKg()).isCloseTo(6600 * KG_PER_POUND, within(0.001));
        assertThat(update.grossWeightKg()).isCloseTo(46600 * KG_PER_POUND, within(0.001));
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({
        "004010_315.edi,                   ST*315*00001,      315",
        "210-CN_FreightInvoiceSample1.txt, ST*210*340001,     210",
        "210-DBSchenker_Sample.txt,        ST*210*000013496,  210",
        "210-MGCTLYST-SAMPLE.EDI,          ST*210*18380001,   210",
        "214-MGCTLYST-SAMPLE.EDI,          ST*214*822650001,  214",
        "990-MGCTLYST-SAMPLE.EDI,          ST*990*000000448,  990",
        "ts214_ellipses_segterm.edi,       ST*214*757760001,  214",
        "x12.214.edi,                      ST*214*822650001,  214"})
    void whenATransactionSetWeDoNotTakeArrives_itIsRejectedNamingIt(String sample, String field, String type) {
        MappingException failure = mappingFails(sample("x12/" + sample));

        assertThat(failure.getField()).isEqualTo(field);
        assertThat(failure.getReason())
                .isEqualTo(type + " is not accepted inbound; we take 204, 856, 940, 945, 997, 999, TA1");
    }

    @Test
    void whenTheConsigneeHasNoStreet_the204IsRejectedNamingN3() {
        String sample = new String(sample("x12/204-MGCTLYST-SAMPLE.EDI"), StandardCharsets.UTF_8)
                .replace("N3*555 S 108th St\n", "");

        MappingException failure = mappingFails(sample);

        assertThat(failure.getField()).isEqualTo("ST*204*178780001/S5[2]/N1*CN/N3");
        assertThat(failure.getReason()).isEqualTo("no street address");
    }

    @Test
    void whenThePayloadIsNotX12_itIsRejectedNamingTheInterchange() {
        MappingException failure = mappingFails("{\"order\": 1}");

        assertThat(failure.getField()).isEqualTo("interchange");
        assertThat(failure.getReason()).contains("neither ISA");
    }

    @Test
    void whenTheInterchangeIsCutOffInsideASegment_itIsRejectedNamingWhereStAediStopped() {
        String sample = new String(sample("x12/204-MGCTLYST-SAMPLE.EDI"), StandardCharsets.UTF_8);

        MappingException failure = mappingFails(sample.substring(0, 40));

        assertThat(failure.getMessage()).contains("cannot be read");
    }
}
