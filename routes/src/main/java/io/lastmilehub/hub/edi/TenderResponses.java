package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.edi.EdiInterchange;
import io.lastmilehub.connectors.edi.EdiTransaction;
import io.lastmilehub.connectors.x12.TenderResponseBuilder;
import io.lastmilehub.hub.orders.OrderCancellations;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.persistence.OrderRepository;
import io.lastmilehub.model.DeliveryOrder;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * Answers every 204 load tender of an accepted interchange with a 990, by the partner's tender rules
 * ({@link TenderDecision}): accepted, or declined with the reason in K1, and then the tender's orders are cancelled
 * with that reason, so that the hub never plans a load it declined.
 */
@Component
public class TenderResponses {

    static final String TENDER = "204";
    static final String RESPONSE = "990";

    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final OrderCancellations cancellations;
    private final PartnerOutbox outbox;
    private final Clock clock;

    public TenderResponses(OrderRepository orders, OrderDocuments documents, OrderCancellations cancellations,
                           PartnerOutbox outbox, Clock clock) {
        this.orders = orders;
        this.documents = documents;
        this.cancellations = cancellations;
        this.outbox = outbox;
        this.clock = clock;
    }

    /** Answers the tenders of an interchange whose orders the hub stored (in the caller's transaction). */
    public void answer(TradingPartner partner, EdiInterchange interchange, List<String> orderIds) {
        if (!partner.receives(RESPONSE)) {
            return;
        }
        List<DeliveryOrder> stored = orderIds.stream().flatMap(id -> orders.findByIdAndTenant(id, partner.tenant())
                .map(documents::read).stream()).toList();
        Instant now = clock.instant();
        for (EdiTransaction tender : interchange.transactions()) {
            if (tender.type().equals(TENDER)) {
                // B2**SCAC**shipment id: the orders of the tender carry the shipment id as erpDelivery
                String shipmentId = tender.first("B2").map(b2 -> b2.element(4)).orElse("");
                List<DeliveryOrder> shipment = stored.stream().filter(o -> o.getReferences() != null
                        && shipmentId.equals(o.getReferences().getErpDelivery())).toList();
                respond(partner, shipmentId, shipment, TenderDecision.declineReason(partner.tenderRules(), shipment,
                        now), now);
            }
        }
    }

    private void respond(TradingPartner partner, String shipmentId, List<DeliveryOrder> shipment,
            Optional<String> declined, Instant now) {
        outbox.send(partner, RESPONSE, numbers -> {
            TenderResponseBuilder builder = new TenderResponseBuilder(partner.x12Parties(), numbers);
            return declined.map(reason -> builder.decline(partner.scac(), shipmentId, reason, now))
                    .orElseGet(() -> builder.accept(partner.scac(), shipmentId, now));
        });
        declined.ifPresent(reason -> shipment.forEach(order -> cancellations.cancel(partner.tenant(), order.getId(),
                null, "load tender " + shipmentId + " declined: " + reason)));
    }
}
