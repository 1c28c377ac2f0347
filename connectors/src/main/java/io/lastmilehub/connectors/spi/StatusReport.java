package io.lastmilehub.connectors.spi;

import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.ReasonCode;

import java.time.Instant;
import java.util.Objects;

/**
 * The delivery status of an order the hub already has, as a carrier or a tracking service reports it (a tracking
 * webhook). The hub finds the order of the same tenant by the references as for a {@link ParcelUpdate}
 * ({@code erpDelivery}, {@code erpSalesOrder}, {@code customerPo}, {@code shopOrder}), then by the
 * {@code trackingNumber} a carrier booked the order under (a carrier's own tracking message names nothing else), and
 * records the status unless the order already has it or is in a final status; a report for an order the hub does not
 * have is only logged, since tracking services report every shipment of the account.
 *
 * @param references how to find the order; the tracking number is kept with the status
 * @param status     the status in the canonical model
 * @param reason     why, for {@code FAILED_ATTEMPT} and {@code EXCEPTION}; null when the sender did not say
 * @param occurredAt when, if the sender said; {@code null} otherwise
 * @param detail     what the sender said, in its own terms, for the status history (e.g. "AfterShip AttemptFail_001")
 */
public record StatusReport(ExternalReferences references, DeliveryStatus status, ReasonCode reason,
                           Instant occurredAt, String detail) {

    public StatusReport {
        Objects.requireNonNull(references, "references");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }
}
