package io.lastmilehub.connectors.sap.outbound;

import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.testing.ModelFixtures;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicLong;

import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.CLOCK;
import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.FIRST_ORDER;
import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.LAST_ORDER;
import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.SETTINGS;
import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.SHIPMENT;
import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.only;
import static io.lastmilehub.connectors.sap.outbound.OutboundFixtures.reread;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;
import static org.assertj.core.api.Assertions.entry;

/**
 * SHPMNT05 shipment status for SAP, from status events of the deliveries of the sample shipment 4711 on the fixture
 * plan (route 09:00 to 15:00 Berlin time, stops ord-7f3a then ord-21be), written and read again.
 */
class ShipmentStatusIdocBuilderTest {

    private final AtomicLong docnums = OutboundFixtures.sequence(7);
    private final ShipmentStatusIdocBuilder builder = new ShipmentStatusIdocBuilder(SETTINGS,
            docnums::incrementAndGet, CLOCK);
    private final List<DeliveryOrder> orders = OutboundFixtures.shipmentOrders();
    private final Plan plan = ModelFixtures.plan();

    /** An event of a delivery of the sample shipment, at a time given in UTC. */
    private DeliveryStatusEvent event(DeliveryStatus status, String orderId, String at) {
        DeliveryOrder order = orders.get(orderId.equals(FIRST_ORDER) ? 0 : 1);
        return ModelFixtures.deliveryStatusEvent().toBuilder().status(status).reasonCode(null).reason(null)
                .orderId(orderId).references(order.getReferences()).occurredAt(Instant.parse(at)).build();
    }

    private Idoc build(DeliveryStatusEvent event, Plan plan) {
        return reread(builder.build(event, SHIPMENT, plan).orElseThrow());
    }

    private static Segment deadline(Idoc idoc) {
        return only(idoc, "E1EDT20").children("E1EDT10").get(0);
    }

    @Test
    void whenTheVehicleLeavesTheDepot_theShipmentShouldStartWithThePlannedTimesBeside() {
        Idoc idoc = build(event(DeliveryStatus.OUT_FOR_DELIVERY, FIRST_ORDER, "2025-03-14T08:05:00Z"), plan);

        Segment shipment = only(idoc, "E1EDT20");
        assertThat(shipment.fields()).containsExactly(entry("TKNUM", "0000004711"), entry("SIGNI", "B-LM-101"));
        assertThat(shipment.children()).extracting(Segment::name).containsExactly("E1EDT10", "E1EDL20");
        assertThat(deadline(idoc).fields()).containsExactly(entry("QUALF", "005"),
                entry("NTANF", "20250314"), entry("NTANZ", "090000"), entry("NTEND", "20250314"),
                entry("NTENZ", "150000"), entry("ISDD", "20250314"), entry("ISDZ", "090500"));
        assertThat(shipment.children("E1EDL20").get(0).fields()).containsExactly(entry("VBELN", "0080001240"));
    }

    @Test
    void whenTheShipmentStatusIsBuilt_itsControlRecordShouldGoFromTheHubToSap() {
        Idoc idoc = build(event(DeliveryStatus.OUT_FOR_DELIVERY, FIRST_ORDER, "2025-03-14T08:05:00Z"), null);

        assertThat(idoc.control().fields()).contains(entry("DOCNUM", "0000000000000007"), entry("DIRECT", "2"),
                entry("IDOCTYP", "SHPMNT05"), entry("MESTYP", "SHPMNT"), entry("SNDPRN", "LASTMILEHB"),
                entry("RCVPRN", "S4HCLNT100"), entry("RCVPOR", "SAPS4H"), entry("CREDAT", "20250314"),
                entry("CRETIM", "163005"));
        assertThat(only(idoc, "E1EDT20").fields()).containsExactly(entry("TKNUM", "0000004711"));
        assertThat(deadline(idoc).fields()).containsExactly(entry("QUALF", "005"), entry("ISDD", "20250314"),
                entry("ISDZ", "090500"));
    }

    @Test
    void whenTheRouteIsPlannedAndDispatched_planningAndCheckInShouldBeSet() {
        Idoc planned = build(event(DeliveryStatus.PLANNED, FIRST_ORDER, "2025-03-13T17:00:00Z"), null);
        Idoc dispatched = build(event(DeliveryStatus.DISPATCHED, FIRST_ORDER, "2025-03-14T07:40:30Z"), null);

        assertThat(deadline(planned).fields()).containsExactly(entry("QUALF", "001"), entry("ISDD", "20250313"),
                entry("ISDZ", "180000"));
        assertThat(deadline(dispatched).fields()).containsExactly(entry("QUALF", "002"), entry("ISDD", "20250314"),
                entry("ISDZ", "084030"));
    }

    @Test
    void whenTheLastStopIsDone_theShipmentShouldEnd() {
        Idoc idoc = build(event(DeliveryStatus.DELIVERED, LAST_ORDER, "2025-03-14T10:03:00Z"), plan);

        assertThat(deadline(idoc).fields()).contains(entry("QUALF", "005"), entry("IEDD", "20250314"),
                entry("IEDZ", "110300")).doesNotContainKey("ISDD");
        assertThat(only(idoc, "E1EDT20").children("E1EDL20").get(0).field("VBELN")).isEqualTo("0080001241");
    }

    @Test
    void whenAStopBeforeTheLastIsDone_theShipmentShouldNotChange() {
        assertThat(builder.build(event(DeliveryStatus.DELIVERED, FIRST_ORDER, "2025-03-14T09:02:00Z"), SHIPMENT, plan))
                .isEmpty();
        assertThat(builder.build(event(DeliveryStatus.DELIVERED, LAST_ORDER, "2025-03-14T10:03:00Z"), SHIPMENT))
                .as("without the plan the last stop is unknown").isEmpty();
        assertThat(docnums.get()).as("no DOCNUM used up").isEqualTo(6);
    }

    @ParameterizedTest
    @EnumSource(value = DeliveryStatus.class, names = {"RECEIVED", "ARRIVING", "RETURNED", "CANCELLED", "EXCEPTION"})
    void whenTheStatusHasNoShipmentDeadline_noIdocShouldBeBuilt(DeliveryStatus status) {
        assertThat(builder.build(event(status, LAST_ORDER, "2025-03-14T10:03:00Z"), SHIPMENT, plan)).isEmpty();
    }

    @Test
    void whenTheEventHasNoErpDelivery_itShouldNameTheField() {
        DeliveryStatusEvent fromShop = event(DeliveryStatus.OUT_FOR_DELIVERY, FIRST_ORDER, "2025-03-14T08:05:00Z")
                .toBuilder().references(ExternalReferences.builder().shopOrder("#1001").build()).build();

        SapOutboundException error = catchThrowableOfType(SapOutboundException.class,
                () -> builder.build(fromShop, SHIPMENT, plan));

        assertThat(error).isInstanceOf(IllegalArgumentException.class);
        assertThat(error.getField()).isEqualTo("references.erpDelivery");
        assertThat(error.getReason()).contains("the event evt-0192 of order ord-7f3a has no ERP delivery number");
    }

    @Test
    void whenTheShipmentOrPlanDoNotFit_itShouldNameTheField() {
        DeliveryStatusEvent event = event(DeliveryStatus.OUT_FOR_DELIVERY, FIRST_ORDER, "2025-03-14T08:05:00Z");

        assertThat(field(() -> builder.build(event, " "))).isEqualTo("shipmentNumber");
        assertThat(field(() -> builder.build(event, "SHIPMENT-4711"))).isEqualTo("shipmentNumber");
        assertThat(field(() -> builder.build(event, SHIPMENT, plan.toBuilder().id("plan-other").build())))
                .isEqualTo("planId");
        assertThat(field(() -> builder.build(event.toBuilder().orderId("ord-9c1d").build(), SHIPMENT, plan)))
                .isEqualTo("orderId");
    }

    private static String field(Runnable build) {
        return catchThrowableOfType(SapOutboundException.class, build::run).getField();
    }
}
