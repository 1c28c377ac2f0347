package io.lastmilehub.connectors.spi;

import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;

import java.util.List;

/**
 * Parcels or handling units that a ship notice (X12 856, 945, EDIFACT DESADV) reports for an order the hub already
 * has. The hub finds that order of the same tenant by the references, in this order, the first that is set and
 * matches: {@code erpDelivery}, {@code erpSalesOrder}, {@code customerPo}, {@code shopOrder}; it then adds the
 * parcels, replacing parcels with the same id, and keeps the update until the order arrives when none matches yet.
 *
 * @param references    how to find the order (never {@code trackingNumber} alone)
 * @param parcels       the parcels or handling units, SSCCs as id and barcode where the sender gave them
 * @param grossWeightKg total gross weight the sender declared for the shipment, 0 when it declared none
 */
public record ParcelUpdate(ExternalReferences references, List<Parcel> parcels, double grossWeightKg) {

    public ParcelUpdate {
        parcels = List.copyOf(parcels);
    }
}
