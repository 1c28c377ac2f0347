package io.lastmilehub.connectors.sap.outbound;

import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.ProofOfDelivery;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.testing.ModelFixtures;
import org.junit.jupiter.api.Test;

import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.CLOCK;
import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.LAST_ORDER;
import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.SETTINGS;
import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.only;
import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.reread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

/** DELVRY07 / STPPOD proof of delivery for SAP, written as IDoc-XML and read again with the hub's own reader. */
class ProofOfDeliveryIdocBuilderTest {

    private final AtomicLong docnums = OutboundFixtures.sequence(42);
    private final ProofOfDeliveryIdocBuilder builder = new ProofOfDeliveryIdocBuilder(SETTINGS,
            docnums::incrementAndGet, CLOCK);
    private final DeliveryOrder order = OutboundFixtures.shipmentOrders().get(1);

    /** The fixture POD, for the last delivery of the sample shipment, delivered 2025-03-14 16:15 UTC. */
    private static ProofOfDelivery pod() {
        return ModelFixtures.proofOfDelivery().toBuilder().orderId(LAST_ORDER).build();
    }

    @Test
    void whenTheDeliveryWasTakenInFull_itShouldCarryTheDeliveryAndThePodTimeInTheSapZone() {
        Idoc idoc = reread(builder.build(pod(), order));

        assertThat(only(idoc, "E1EDL20").fields()).containsExactly(entry("VBELN", "0080001241"),
                entry("PODAT", "20250314"), entry("POTIM", "171500"));
        assertThat(only(idoc, "E1EDL20").children()).isEmpty();
    }

    @Test
    void whenThePodIsBuilt_itsControlRecordShouldGoFromTheHubToSap() {
        Idoc idoc = reread(builder.build(pod(), order));

        assertThat(idoc.control().fields()).containsExactly(entry("TABNAM", "EDI_DC40"), entry("MANDT", "100"),
                entry("DOCNUM", "0000000000000042"), entry("DIRECT", "2"), entry("IDOCTYP", "DELVRY07"),
                entry("MESTYP", "STPPOD"), entry("SNDPOR", "LMHUBHTTP"), entry("SNDPRT", "LS"),
                entry("SNDPRN", "LASTMILEHB"), entry("RCVPOR", "SAPS4H"), entry("RCVPRT", "LS"),
                entry("RCVPRN", "S4HCLNT100"), entry("CREDAT", "20250314"), entry("CRETIM", "163005"));
    }

    @Test
    void whenTheSapSystemRunsInNewYork_thePodDateShouldBeTheDayBefore() {
        ProofOfDeliveryIdocBuilder newYork = new ProofOfDeliveryIdocBuilder(
                SETTINGS.withSapZone(ZoneId.of("America/New_York")), docnums::incrementAndGet, CLOCK);
        ProofOfDelivery late = pod().toBuilder().deliveredAt(Instant.parse("2025-03-15T02:30:00Z")).build();

        Idoc idoc = reread(newYork.build(late, order));

        assertThat(only(idoc, "E1EDL20").fields()).contains(entry("PODAT", "20250314"), entry("POTIM", "223000"));
        assertThat(idoc.control().fields()).contains(entry("CREDAT", "20250314"), entry("CRETIM", "113005"));
    }

    @Test
    void whenItemsWereShort_eachShouldCarryItsDifferencesWithSapReasons() {
        Idoc idoc = reread(builder.build(pod(), order, List.of(
                new PodDeviation("000020", 1, ReasonCode.DAMAGED),
                new PodDeviation("000020", 1, ReasonCode.RECIPIENT_ABSENT),
                new PodDeviation("000010", 2, ReasonCode.DAMAGED))));

        List<Segment> items = only(idoc, "E1EDL20").children("E1EDL24");
        assertThat(items).extracting(item -> item.field("POSNR")).containsExactly("000020", "000010");
        assertThat(items.get(0).children("E1EDL53")).extracting(Segment::fields).containsExactly(
                Map.of("GRUND", "Z002", "LFIMG_DIFF", "1.000", "VRKME", "PCE"),
                Map.of("GRUND", "Z099", "LFIMG_DIFF", "1.000", "VRKME", "PCE"));
        assertThat(items.get(1).children("E1EDL53").get(0).fields())
                .containsExactly(entry("GRUND", "Z002"), entry("LFIMG_DIFF", "2.000"), entry("VRKME", "PCE"));
    }

    @Test
    void whenTheOrderHasNoErpDelivery_itShouldNameTheFieldAndDrawNoNumber() {
        DeliveryOrder fromShop = order.toBuilder().references(ExternalReferences.builder().shopOrder("#1001").build())
                .build();

        SapOutboundException error = catchThrowableOfType(SapOutboundException.class,
                () -> builder.build(pod(), fromShop));

        assertThat(error).isInstanceOf(IllegalArgumentException.class);
        assertThat(error.getField()).isEqualTo("references.erpDelivery");
        assertThat(error.getReason()).startsWith("missing: order ord-21be has no ERP delivery number (SAP VBELN)");
        assertThat(docnums.get()).as("no DOCNUM used up").isEqualTo(41);
    }

    @Test
    void whenADeviationNamesNoItemOfTheOrder_itShouldNameTheDeviation() {
        List<PodDeviation> unknown = List.of(new PodDeviation("000030", 1, ReasonCode.DAMAGED));
        List<PodDeviation> tooMany = List.of(new PodDeviation("000020", 2, ReasonCode.DAMAGED),
                new PodDeviation("000020", 2, ReasonCode.REFUSED));

        assertThat(field(() -> builder.build(pod(), order, unknown))).isEqualTo("deviations[0].parcelId");
        assertThat(field(() -> builder.build(pod(), order, tooMany))).isEqualTo("deviations[1].missingQuantity");
    }

    @Test
    void whenTheDeliveryIsPacked_itsHandlingUnitsShouldNotPassForItems() {
        DeliveryOrder packed = OutboundFixtures.packedOrder();

        SapOutboundException error = catchThrowableOfType(SapOutboundException.class, () -> builder.build(pod(),
                packed, List.of(new PodDeviation("340123450000000017", 1, ReasonCode.DAMAGED))));

        assertThat(error.getField()).isEqualTo("deviations[0].parcelId");
        assertThat(error.getReason()).contains("is not a delivery item (POSNR");
    }

    @Test
    void whenNoSapReasonIsConfigured_itShouldSaySo() {
        ProofOfDeliveryIdocBuilder unconfigured = new ProofOfDeliveryIdocBuilder(SapOutboundSettings.defaults(),
                docnums::incrementAndGet, CLOCK);

        SapOutboundException error = catchThrowableOfType(SapOutboundException.class, () -> unconfigured.build(pod(),
                order, List.of(new PodDeviation("000010", 1, ReasonCode.REFUSED))));

        assertThat(error.getField()).isEqualTo("deviations[0].reason");
        assertThat(error.getReason()).contains("configured for REFUSED nor for OTHER");
    }

    @Test
    void whenThePodIsOfAnotherOrder_itShouldNotBeSent() {
        ProofOfDelivery other = pod().toBuilder().orderId("ord-9c1d").build();

        assertThat(field(() -> builder.build(other, order))).isEqualTo("orderId");
    }

    private static String field(Runnable build) {
        return catchThrowableOfType(SapOutboundException.class, build::run).getField();
    }
}
