package io.lastmilehub.connectors.edi;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.SourceRef;

/**
 * What every order mapped from one interchange shares.
 *
 * @param tenant the tenant the interchange was received for
 * @param source the sender and interchange control number, the idempotency key
 */
public record EdiContext(String tenant, SourceRef source) {

    /** A new order builder with tenant and source set. */
    public DeliveryOrder.DeliveryOrderBuilder order() {
        return DeliveryOrder.builder().tenant(tenant).source(source);
    }
}
