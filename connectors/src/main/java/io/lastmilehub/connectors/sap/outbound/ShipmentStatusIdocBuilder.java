package io.lastmilehub.connectors.sap.outbound;

import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import io.lastmilehub.model.StopType;

import java.time.Clock;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A delivery's status change as the status of its SAP shipment: basic type SHPMNT05, message type SHPMNT, the
 * shipment header E1EDT20 with the deadline (E1EDT10) the change sets. Statuses map to shipment deadlines:
 * <pre>
 * PLANNED                      001 planning        actual  ISDD/ISDZ = when it happened
 * DISPATCHED                   002 check-in        actual  ISDD/ISDZ
 * OUT_FOR_DELIVERY             005 shipment start  actual  ISDD/ISDZ (the vehicle left the depot)
 * DELIVERED, FAILED_ATTEMPT    005 shipment end    actual  IEDD/IEDZ, only at the last stop of the route
 * </pre>
 * Other statuses, and the end of a stop that is not the route's last, change nothing on the shipment: the builder
 * returns no IDoc (the POD IDoc reports each delivery). When the plan is given, deadline 005 also carries the
 * route's planned start and end (NTANF/NTANZ, NTEND/NTENZ) and SIGNI the vehicle.
 * <pre>
 * EDI_DC40     IDOCTYP SHPMNT05, MESTYP SHPMNT, DIRECT 2 (into SAP)
 * E1EDT20      TKNUM   shipment number (ALPHA: 0000004711)
 *              SIGNI   vehicle, cut to 20 characters (only with the plan)
 *   E1EDT10    QUALF   deadline: 001, 002 or 005
 *              NTANF/NTANZ  planned start date and time, NTEND/NTENZ planned end (005, with the plan)
 *              ISDD/ISDZ    actual start date and time, IEDD/IEDZ actual end; all local in the SAP zone, so
 *                           TZONE_BEG/TZONE_END are left out
 *   E1EDL20    VBELN   the delivery whose change it is (references.erpDelivery)
 * </pre>
 * The shipment number is SAP's (TKNUM of the SHPMNT05 the delivery came in); the canonical order does not carry it,
 * so the caller passes it. Sources: SAP Library "E2EDT1x - Processes" (E1EDT10 fields: planned NTANF/NTANZ/NTEND/
 * NTENZ, actual ISDD/ISDZ/IEDD/IEDZ, TZONE_BEG/TZONE_END), the SHPMNT05 segment list (E1EDT20 TKNUM, SIGNI), and
 * public SHPMNT05 mappings for the qualifiers (see {@link ShipmentProcess}).
 */
public final class ShipmentStatusIdocBuilder {

    /** The basic type. */
    public static final String IDOC_TYPE = "SHPMNT05";
    /** The message type. */
    public static final String MESSAGE_TYPE = "SHPMNT";

    private static final int TKNUM = 10;
    private static final int SIGNI = 20;

    private final OutboundEnvelope envelope;

    /** A builder of shipment status IDocs for one SAP system, numbered from the sequence, dated by the clock. */
    public ShipmentStatusIdocBuilder(SapOutboundSettings settings, DocnumSequence docnums, Clock clock) {
        this.envelope = new OutboundEnvelope(settings, docnums, clock);
    }

    /** The shipment status of an event, without plan details; see {@link #build(DeliveryStatusEvent, String, Plan)}. */
    public Optional<Idoc> build(DeliveryStatusEvent event, String shipmentNumber) {
        return build(event, shipmentNumber, null);
    }

    /**
     * The shipment status of an event, or empty when the event changes nothing on the shipment.
     *
     * @param event          the status change, with the delivery's references
     * @param shipmentNumber SAP's shipment number (TKNUM)
     * @param plan           the plan the event's order is on, or null
     * @throws SapOutboundException naming the field when the event has no SAP delivery number, the shipment number
     *                              is missing or too long, or the plan is another one or does not hold the order
     */
    public Optional<Idoc> build(DeliveryStatusEvent event, String shipmentNumber, Plan plan) {
        Objects.requireNonNull(event, "event");
        String vbeln = ErpDelivery.number(event.getReferences(), "the event " + event.getEventId() + " of order "
                + event.getOrderId());
        String tknum = shipmentNumber(shipmentNumber);
        Route route = plan == null ? null : route(event, plan);
        Map<ShipmentProcess, ShipmentDeadline> deadlines = actualDeadline(event, route);
        if (deadlines.isEmpty()) {
            return Optional.empty();
        }
        if (route != null) {
            deadlines.computeIfAbsent(ShipmentProcess.SHIPMENT, ShipmentDeadline::new)
                    .planned(route.getStart(), route.getEnd());
        }
        SegmentBuilder shipment = SegmentBuilder.segment("E1EDT20")
                .field("TKNUM", tknum)
                .field("SIGNI", route == null ? null : SapValues.fit(route.getVehicleId(), SIGNI));
        deadlines.values().forEach(deadline -> shipment.child(deadline.toSegment(envelope.localTime())));
        shipment.child(SegmentBuilder.segment("E1EDL20").field("VBELN", vbeln).build());
        return Optional.of(envelope.wrap(IDOC_TYPE, MESSAGE_TYPE, List.of(shipment.build())));
    }

    /** The deadline the status sets, with its actual date and time; none for statuses without one. */
    private static Map<ShipmentProcess, ShipmentDeadline> actualDeadline(DeliveryStatusEvent event, Route route) {
        Map<ShipmentProcess, ShipmentDeadline> deadlines = new EnumMap<>(ShipmentProcess.class);
        Instant at = event.getOccurredAt();
        switch (event.getStatus()) {
            case PLANNED -> deadlines.put(ShipmentProcess.PLANNING,
                    new ShipmentDeadline(ShipmentProcess.PLANNING).actualStart(at));
            case DISPATCHED -> deadlines.put(ShipmentProcess.CHECK_IN,
                    new ShipmentDeadline(ShipmentProcess.CHECK_IN).actualStart(at));
            case OUT_FOR_DELIVERY -> deadlines.put(ShipmentProcess.SHIPMENT,
                    new ShipmentDeadline(ShipmentProcess.SHIPMENT).actualStart(at));
            case DELIVERED, FAILED_ATTEMPT -> {
                if (route != null && isLastStop(route, event.getOrderId())) {
                    deadlines.put(ShipmentProcess.SHIPMENT,
                            new ShipmentDeadline(ShipmentProcess.SHIPMENT).actualEnd(at));
                }
            }
            default -> {
                // RECEIVED, ARRIVING, RETURNED, CANCELLED, EXCEPTION: no shipment deadline
            }
        }
        return deadlines;
    }

    private static String shipmentNumber(String shipmentNumber) {
        if (shipmentNumber == null || shipmentNumber.isBlank()) {
            throw new SapOutboundException("shipmentNumber", "missing: SAP's shipment number (TKNUM) is needed to "
                    + "report a shipment status");
        }
        return SapValues.alpha(shipmentNumber, TKNUM, "shipmentNumber");
    }

    /** The route of the plan that serves the event's order. */
    private static Route route(DeliveryStatusEvent event, Plan plan) {
        if (event.getPlanId() != null && plan.getId() != null && !event.getPlanId().equals(plan.getId())) {
            throw new SapOutboundException("planId", "the event is of plan " + event.getPlanId() + ", not of plan "
                    + plan.getId());
        }
        return plan.getRoutes().stream()
                .filter(route -> route.getStops().stream()
                        .anyMatch(stop -> event.getOrderId().equals(stop.getOrderId())))
                .findFirst()
                .orElseThrow(() -> new SapOutboundException("orderId", "order " + event.getOrderId()
                        + " is on no route of plan " + plan.getId()));
    }

    /** Whether the order is served at the last stop of the route that serves an order (breaks do not count). */
    private static boolean isLastStop(Route route, String orderId) {
        return route.getStops().stream()
                .filter(stop -> stop.getOrderId() != null && stop.getType() != StopType.BREAK)
                .reduce((first, second) -> second)
                .map(Stop::getOrderId)
                .filter(orderId::equals)
                .isPresent();
    }
}
