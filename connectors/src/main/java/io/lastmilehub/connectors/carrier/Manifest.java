package io.lastmilehub.connectors.carrier;

import io.lastmilehub.connectors.support.edi.OutboundValues;
import io.lastmilehub.model.DeliveryOrder;

import java.time.Instant;
import java.util.List;

/**
 * The orders one carrier collects at one dispatch cut-off, each on exactly one manifest.
 *
 * @param id        the hub's manifest number, unique
 * @param carrierId the carrier, as its configuration file is named
 * @param tenant    the tenant whose orders they are
 * @param closedAt  when the manifest was closed
 * @param orders    the orders, with the carrier's tracking number in their references once booked
 */
public record Manifest(String id, String carrierId, String tenant, Instant closedAt, List<DeliveryOrder> orders) {

    public Manifest {
        orders = List.copyOf(orders);
    }

    /** Pieces on the manifest: the quantity of every parcel line. */
    public int pieces() {
        return orders.stream().mapToInt(OutboundValues::pieces).sum();
    }

    /** Gross weight of all orders, kilograms. */
    public double weightKg() {
        return orders.stream().mapToDouble(DeliveryOrder::totalWeightKg).sum();
    }
}
