package io.lastmilehub.connectors.sap.outbound;

import io.lastmilehub.connectors.sap.idoc.FixedField;
import io.lastmilehub.connectors.sap.idoc.Idoc;
import io.lastmilehub.connectors.support.cost.CostAllocationException;
import io.lastmilehub.connectors.support.cost.DeliveryCost;
import io.lastmilehub.connectors.support.cost.DeliveryCostAllocator;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Plan;

import java.time.Clock;
import java.util.List;
import java.util.Objects;

/**
 * The freight cost of one delivery as a customer IDoc SAP can post: basic type ZLMHCOST01, message type ZLMHCOST,
 * one segment Z1LMHCOST.
 *
 * <p>Why not a standard IDoc: in SAP ERP (LE-TRA) freight cost lives in shipment cost documents (VI01; tables
 * VFKK/VFKP), which SAP creates from its own shipment and prices with its own conditions; SAP offers no standard
 * inbound IDoc that posts a cost calculated elsewhere to a delivery (SAP TM fetches external rates through web
 * services during its own charge calculation, not through IDocs). So the hub sends what it knows, one record per
 * delivery, in the IDoc envelope SAP already routes (partner profile, port, status, monitoring in WE02/BD87), and
 * the SAP team defines the type once: the segment in WE31 from {@link #SEGMENT_LAYOUT}, the basic type in WE30,
 * the message type in WE81/WE82, and an inbound function module that posts it where the landscape wants it (a
 * condition in the shipment cost document, an accrual, a CO-PA line). Costs are split as
 * {@link DeliveryCostAllocator} explains.
 * <pre>
 * EDI_DC40     IDOCTYP ZLMHCOST01, MESTYP ZLMHCOST, DIRECT 2 (into SAP)
 * Z1LMHCOST    see SEGMENT_LAYOUT; decimals with a point, amounts in the currency's minor unit
 * </pre>
 */
public final class FreightCostIdocBuilder {

    /** The customer basic type. */
    public static final String IDOC_TYPE = "ZLMHCOST01";
    /** The customer message type. */
    public static final String MESSAGE_TYPE = "ZLMHCOST";
    /** The customer segment. */
    public static final String SEGMENT = "Z1LMHCOST";

    /** Z1LMHCOST in field order with the widths to define in WE31. */
    public static final List<FixedField> SEGMENT_LAYOUT = List.of(
            new FixedField("VBELN", 10),      // delivery (references.erpDelivery, ALPHA: 0080004711)
            new FixedField("PLANID", 100),    // the hub's plan
            new FixedField("VEHICLE", 100),   // the hub's vehicle of the route
            new FixedField("PRSDT", 8),       // service date: the stop's ETA, YYYYMMDD in the SAP zone
            new FixedField("NETWR", 15),      // cost of the delivery: STOPCOST + SHARECOST
            new FixedField("STOPCOST", 15),   // cost of the leg to the stop and of the service there
            new FixedField("SHARECOST", 15),  // share of the route cost no single stop caused (fixed cost, way home)
            new FixedField("SHARES", 4),      // number of stops of the route sharing it
            new FixedField("WAERS", 5),       // currency, ISO 4217, e.g. EUR
            new FixedField("DISTZ", 15),      // distance: the leg plus its share of the rest, 3 decimals
            new FixedField("MEDST", 3),       // unit of the distance: KMT (kilometre)
            new FixedField("CO2", 15),        // CO2 of the leg plus its share of the rest, 3 decimals
            new FixedField("CO2UN", 3));      // unit of the CO2: KGM (kilogram)

    private final OutboundEnvelope envelope;

    /** A builder of freight cost IDocs for one SAP system, numbered from the sequence, dated by the clock. */
    public FreightCostIdocBuilder(SapOutboundSettings settings, DocnumSequence docnums, Clock clock) {
        this.envelope = new OutboundEnvelope(settings, docnums, clock);
    }

    /**
     * The freight cost of an order on a plan.
     *
     * @throws SapOutboundException    naming the field when the order is on no route of the plan or has no SAP
     *                                  delivery number
     * @throws CostAllocationException naming the field when the plan's costs cannot be split
     */
    public Idoc build(Plan plan, DeliveryOrder order) {
        Objects.requireNonNull(order, "order");
        DeliveryCost cost = DeliveryCostAllocator.allocate(plan).stream()
                .filter(c -> c.orderId().equals(order.getId())).findFirst()
                .orElseThrow(() -> new SapOutboundException("id", "order " + order.getId() + " is on no route of plan "
                        + plan.getId()));
        return build(cost, order);
    }

    /**
     * The freight cost of an order, already allocated.
     *
     * @throws SapOutboundException naming the field when the cost is of another order or the order has no SAP
     *                              delivery number
     */
    public Idoc build(DeliveryCost cost, DeliveryOrder order) {
        if (order.getId() != null && !order.getId().equals(cost.orderId())) {
            throw new SapOutboundException("id", "the cost is of order " + cost.orderId() + ", not of order "
                    + order.getId());
        }
        String vbeln = ErpDelivery.number(order.getReferences(), "order " + cost.orderId());
        SegmentBuilder segment = SegmentBuilder.segment(SEGMENT)
                .field("VBELN", vbeln)
                .field("PLANID", cost.planId())
                .field("VEHICLE", cost.vehicleId())
                .field("PRSDT", cost.serviceAt() == null ? null : envelope.localTime().date(cost.serviceAt()))
                .field("NETWR", cost.total().toPlainString())
                .field("STOPCOST", cost.stopCost().toPlainString())
                .field("SHARECOST", cost.sharedCost().toPlainString())
                .field("SHARES", Integer.toString(cost.sharedBy()))
                .field("WAERS", cost.currency())
                .field("DISTZ", SapValues.decimal(cost.distanceMeters() / 1000, 3))
                .field("MEDST", "KMT")
                .field("CO2", SapValues.decimal(cost.co2Grams() / 1000, 3))
                .field("CO2UN", "KGM");
        return envelope.wrap(IDOC_TYPE, MESSAGE_TYPE, List.of(segment.build()));
    }
}
