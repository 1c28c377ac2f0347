package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.support.edi.LocalZones;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.TimeWindow;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Map;
import java.util.Optional;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 13: dates and times without a zone in a 204 are local times (partner zone, else the place's, else the
 * depot's), and a tender carries both ends of the trip and the references the shipper quotes back.
 */
class LoadTenderLocalTimesTest extends InboundMapperTestBase {

    private static final double KG_PER_POUND = 0.45359237;
    private static final String TENDER = new String(sample("x12/204-MGCTLYST-SAMPLE.EDI"), StandardCharsets.UTF_8);

    private InboundMapper mapper = new X12InboundMapper();

    @Override
    protected InboundMapper mapper() {
        return mapper;
    }

    private DeliveryOrder tender(String edited) {
        return mapOne(edited.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void whenThePartnerFileNamesAZone_localTimesAreReadInIt() {
        mapper = new X12InboundMapper(new LocalZones(system -> Optional.ofNullable(
                Map.of("X12:ZZ:MGCTLYST", ZoneId.of("Europe/Berlin")).get(system)), null));

        TimeWindow window = tender(TENDER).getTimeWindows().get(0);

        assertThat(window.getStart()).isEqualTo(Instant.parse("2016-07-26T22:01:00Z"));
        assertThat(window.getEnd()).isEqualTo(Instant.parse("2016-07-29T21:59:00Z"));
        assertThat(window.getZoneId()).isEqualTo("Europe/Berlin");
    }

    @Test
    void whenNoPartnerZoneIsConfigured_localTimesAreReadInTheZoneOfTheConsignee() {
        TimeWindow window = tender(TENDER).getTimeWindows().get(0);

        assertThat(window.getStart()).isEqualTo(Instant.parse("2016-07-27T05:01:00Z"));
        assertThat(window.getZoneId()).isEqualTo("America/Chicago");
    }

    @Test
    void whenThePlaceTellsNoZone_localTimesAreReadInTheDepotsZone() {
        mapper = new X12InboundMapper(new LocalZones(system -> Optional.empty(), ZoneId.of("America/Toronto")));

        TimeWindow window = tender(TENDER.replace("N4*WEST ALLIS*WI*53214*US", "N4*WEST ALLIS**53214*MX"))
                .getTimeWindows().get(0);

        assertThat(window.getStart()).isEqualTo(Instant.parse("2016-07-27T04:01:00Z"));
        assertThat(window.getZoneId()).isEqualTo("America/Toronto");
    }

    @Test
    void whenTheTimeCodeNamesAZone_itWinsOverThePartnersZone() {
        mapper = new X12InboundMapper(new LocalZones(system -> Optional.of(ZoneId.of("Europe/Berlin")), null));

        TimeWindow window = tender(TENDER.replace("G62*53*20160727*G*0001", "G62*53*20160727*G*0001*PT"))
                .getTimeWindows().get(0);

        assertThat(window.getStart()).isEqualTo(Instant.parse("2016-07-27T07:01:00Z"));
    }

    @Test
    void whenTheDeliveryDateHasNoTime_theWindowIsTheWholeDayInTheLocalZone() {
        String dateOnly = TENDER.replace("G62*53*20160727*G*0001\nG62*54*20160729*L*2359\n", "G62*68*20160728\n");

        TimeWindow window = tender(dateOnly).getTimeWindows().get(0);

        assertThat(window.getStart()).isEqualTo(Instant.parse("2016-07-28T05:00:00Z"));
        assertThat(window.getEnd()).isEqualTo(Instant.parse("2016-07-29T04:59:00Z"));
    }

    @Test
    void whenBothEndsAreTheSameDateWithoutTimes_theWindowIsThatWholeDay() {
        String dateOnly = TENDER.replace("G62*53*20160727*G*0001", "G62*53*20160728")
                .replace("G62*54*20160729*L*2359", "G62*54*20160728*L*0000");

        TimeWindow window = tender(dateOnly).getTimeWindows().get(0);

        assertThat(window.getStart()).isEqualTo(Instant.parse("2016-07-28T05:00:00Z"));
        assertThat(window.getEnd()).isEqualTo(Instant.parse("2016-07-29T04:59:00Z"));
    }

    @Test
    void whenATenderHasALoadingStop_itsShipperAndWindowAreThePickUp() {
        DeliveryOrder order = tender(TENDER);

        assertThat(order.getPickupFrom().getCompany()).isEqualTo("CATALYST PAPER (USA) INC");
        assertThat(order.getPickupFrom().getAddress()).extracting(Address::getLine1, Address::getCity,
                Address::getRegion, Address::getPostalCode).containsExactly("1 DUMP ROAD", "RUMFORD", "ME", "04276");
        // G62*37 ship not before 26 July 10:09, G62*38 ship no later than 29 July 23:59, local times in Maine
        assertThat(order.getPickupTimeWindows()).extracting(TimeWindow::getStart, TimeWindow::getEnd,
                TimeWindow::getZoneId).containsExactly(tuple(Instant.parse("2016-07-26T14:09:00Z"),
                Instant.parse("2016-07-30T03:59:00Z"), "America/New_York"));
    }

    @Test
    void whenThePickUpHasOnlyAStartDate_theWindowRunsToTheEndOfThatDay() {
        // Found by X12FuzzTest: a "ship not before" (37) without a "ship no later than" (38) threw
        // NoSuchElementException instead of mapping.
        DeliveryOrder order = tender(TENDER.replace("G62*38*20160729*K*2359", "NTE**NO LATEST PICK-UP"));

        TimeWindow pickUp = order.getPickupTimeWindows().get(0);
        assertThat(pickUp.getEnd()).isAfter(pickUp.getStart());
    }

    @Test
    void whenATenderCarriesReferences_theShipperCanQuoteEachBack() {
        DeliveryOrder order = tender(TENDER);

        assertThat(order.getReferences().getErpDelivery()).isEqualTo("75027674"); // B2-04
        assertThat(order.getReferences().getCustomerPo()).isEqualTo("3297832"); // L11 PO
        assertThat(order.getReferences().getErpShipment()).isEqualTo("75027674"); // L11 BM
        assertThat(order.getReferences().getErpSalesOrder()).isEqualTo("88756818"); // L11 SI
    }

    @Test
    void whenThePoIsInOid_itIsKeptAndEachOrderDetailIsAParcel() {
        String withOid = TENDER.replace("L11*3297832*PO*Sold To PO Number\n", "")
                .replace("L5**40,CONGLTX,R,WHT,64,50,1571***ROL*88756818*SI\nAT8*G*L*5472.0**5472\nL3",
                        "OID*88756818*PO-4711**CTN*12*L*2000\nOID*88756819*PO-4711**CTN*3*K*150\nL3");

        DeliveryOrder order = tender(withOid);

        assertThat(order.getReferences().getCustomerPo()).isEqualTo("PO-4711");
        assertThat(order.getParcels()).extracting(Parcel::getId, Parcel::getQuantity)
                .containsExactly(tuple("88756818", 12), tuple("88756819", 3));
        assertThat(order.getParcels().get(0).getWeightKg()).isCloseTo(2000 * KG_PER_POUND, within(0.001));
        assertThat(order.getParcels().get(1).getWeightKg()).isCloseTo(150, within(0.001));
    }
}
