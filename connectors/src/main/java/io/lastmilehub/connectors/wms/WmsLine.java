package io.lastmilehub.connectors.wms;

import io.lastmilehub.connectors.spi.WarehouseEvent;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;

import java.time.Instant;

/**
 * One confirmed line of a warehouse confirmation (a CSV row, a JSON confirmation's parcel): what happened to which
 * order, and the parcel it concerns, if any.
 *
 * @param references     the order's references (tracking number left out; it is per parcel here)
 * @param event          picked, packed or shipped
 * @param occurredAt     when, if the line says
 * @param parcel         the parcel or handling unit; {@code null} for a line that reports progress only
 * @param trackingNumber the carrier's tracking number of the parcel, if any
 */
record WmsLine(ExternalReferences references, WarehouseEvent event, Instant occurredAt, Parcel parcel,
               String trackingNumber) {
}
