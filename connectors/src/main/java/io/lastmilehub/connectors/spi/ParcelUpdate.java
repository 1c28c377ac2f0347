package io.lastmilehub.connectors.spi;

import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

/**
 * Parcels or handling units that a ship notice (X12 856, 945, EDIFACT DESADV) or a warehouse confirmation reports for
 * an order the hub already has. The hub finds that order of the same tenant by the references, in this order, the
 * first that is set and matches: {@code erpDelivery}, {@code erpSalesOrder}, {@code customerPo}, {@code shopOrder};
 * it then adds the parcels, replacing parcels with the same id, and keeps the update until the order arrives when
 * none matches yet.
 *
 * @param references    how to find the order (never {@code trackingNumber} alone)
 * @param parcels       the parcels or handling units, SSCCs as id and barcode where the sender gave them; may be
 *                      empty for a confirmation that reports progress only (picked)
 * @param grossWeightKg total gross weight the sender declared for the shipment, 0 when it declared none
 * @param event         what the warehouse did
 * @param occurredAt    when, if the sender said; {@code null} otherwise
 */
public record ParcelUpdate(ExternalReferences references, List<Parcel> parcels, double grossWeightKg,
                           WarehouseEvent event, Instant occurredAt) {

    public ParcelUpdate {
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(event, "event");
        parcels = List.copyOf(parcels);
    }

    /** A ship notice: the parcels have left the warehouse, at a time the notice does not give. */
    public ParcelUpdate(ExternalReferences references, List<Parcel> parcels, double grossWeightKg) {
        this(references, parcels, grossWeightKg, WarehouseEvent.SHIPPED, null);
    }
}
