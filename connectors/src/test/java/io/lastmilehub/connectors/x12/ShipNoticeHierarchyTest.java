package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMapperTestBase;
import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.model.Parcel;
import org.junit.jupiter.api.Test;

import java.nio.charset.StandardCharsets;
import java.util.List;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;
import static org.assertj.core.api.Assertions.within;

/**
 * Issue 13: an 856 covering several orders (X12 004010 856, HL loop: shipment, order, item), its items each on its
 * own order, HL-02 inferred when left out, TD1 gross weight kept, and an SN1 quantity in pounds read as a weight;
 * a 945 whose two lines ship the same item.
 */
class ShipNoticeHierarchyTest extends InboundMapperTestBase {

    private static final double KG_PER_POUND = 0.45359237;
    private static final String ENVELOPE = """
            ISA*00*          *00*          *ZZ*MGCTLYST       *02*SCAC           *240114*1200*U*00401*000000101*0*T*:
            GS*SH*MGCTLYST*NPME*20240114*1200*101*X*004010
            %s
            GE*1*101
            IEA*1*000000101
            """;
    private static final String TWO_ORDERS = """
            ST*856*0001
            BSN*00*SHIP1*20240114*1200
            HL*1**S
            TD1*CTN25*3****G*46*LB
            REF*CN*TRACK1
            HL*2*1*O
            PRF*PO-A
            HL*3*2*I
            LIN**VN*ITEM-A1
            SN1**2*EA
            HL*4*1*O
            PRF*PO-B
            HL*5*4*I
            LIN**VN*ITEM-B1
            SN1**23*LB
            CTT*5
            SE*17*0001""";

    @Override
    protected InboundMapper mapper() {
        return new X12InboundMapper();
    }

    private List<ParcelUpdate> notice(String transaction) {
        return map(ENVELOPE.formatted(transaction).getBytes(StandardCharsets.UTF_8)).parcelUpdates();
    }

    @Test
    void whenANoticeCoversTwoOrders_eachItemAttachesToItsOwnOrder() {
        List<ParcelUpdate> updates = notice(TWO_ORDERS);

        assertThat(updates).extracting(u -> u.references().getCustomerPo(),
                u -> u.parcels().stream().map(Parcel::getId).toList())
                .containsExactly(tuple("PO-A", List.of("ITEM-A1")), tuple("PO-B", List.of("ITEM-B1")));
        // the shipment id would match both updates to one order: it is the shipment, not each order's delivery
        assertThat(updates).allSatisfy(u -> {
            assertThat(u.references().getErpDelivery()).isNull();
            assertThat(u.references().getErpShipment()).isEqualTo("SHIP1");
        });
    }

    @Test
    void whenHl02IsLeftOut_theParentIsTheLevelBeforeIt() {
        String noParents = TWO_ORDERS.replace("HL*2*1*O", "HL*2**O").replace("HL*3*2*I", "HL*3**I")
                .replace("HL*4*1*O", "HL*4**O").replace("HL*5*4*I", "HL*5**I");

        List<ParcelUpdate> updates = notice(noParents);

        assertThat(updates).extracting(u -> u.references().getCustomerPo(),
                u -> u.parcels().stream().map(Parcel::getId).toList())
                .containsExactly(tuple("PO-A", List.of("ITEM-A1")), tuple("PO-B", List.of("ITEM-B1")));
    }

    @Test
    void whenANoticeCoversTwoOrders_theTd1GrossWeightIsKeptSharedByPieces() {
        List<ParcelUpdate> updates = notice(TWO_ORDERS);

        assertThat(updates.stream().mapToDouble(ParcelUpdate::grossWeightKg).sum())
                .isCloseTo(46 * KG_PER_POUND, within(0.001));
        assertThat(updates.get(0).grossWeightKg()).isCloseTo(46 * KG_PER_POUND * 2 / 3, within(0.001));
    }

    @Test
    void whenTheShippedQuantityIsInPounds_itIsAWeightNotPieces() {
        Parcel item = notice(TWO_ORDERS).get(1).parcels().get(0);

        assertThat(item.getQuantity()).isEqualTo(1);
        assertThat(item.getWeightKg()).isCloseTo(23 * KG_PER_POUND, within(0.001));
    }

    @Test
    void whenTwo945LinesShipTheSameItem_bothStayParcelsWithTheirQuantityAndWeight() {
        String advice = new String(sample("x12/945-inter-americanproducts.txt"), StandardCharsets.UTF_8)
                .replace("N9*2I*K018273-00033*TEST ITEM2", "N9*2I*K018293-00010*TEST ITEM2");

        ParcelUpdate update = map(advice.getBytes(StandardCharsets.UTF_8)).parcelUpdates().get(0);

        assertThat(update.parcels()).extracting(Parcel::getId, Parcel::getBarcode, Parcel::getQuantity)
                .startsWith(tuple("K018293-00010", "K018293-00010", 120),
                        tuple("K018293-00010/LX2", "K018293-00010", 400));
        assertThat(update.parcels().get(1).getWeightKg()).isCloseTo(20000 * KG_PER_POUND, within(0.001));
    }

    @Test
    void whenA945LineNamesItsPalletInN9Lv_theSsccIsThePallet() {
        String advice = new String(sample("x12/945-inter-americanproducts.txt"), StandardCharsets.UTF_8)
                .replace("N9*2I*K082738-0041*TEST ITEM3", "N9*LV*00354123450000000014~N9*2I*K082738-0041*TEST ITEM3");

        ParcelUpdate update = map(advice.getBytes(StandardCharsets.UTF_8)).parcelUpdates().get(0);

        assertThat(update.parcels().get(2).getId()).isEqualTo("354123450000000014");
        assertThat(update.parcels().get(2).getBarcode()).isEqualTo("354123450000000014");
    }
}
