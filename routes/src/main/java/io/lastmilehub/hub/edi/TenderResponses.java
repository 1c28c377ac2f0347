package io.lastmilehub.hub.edi;

import io.lastmilehub.connectors.support.edi.EdiInterchange;
import io.lastmilehub.connectors.support.edi.EdiTransaction;
import io.lastmilehub.connectors.x12.TenderResponseBuilder;
import io.lastmilehub.hub.messagelog.BusinessKeys;
import io.lastmilehub.hub.messagelog.KeyType;
import io.lastmilehub.hub.messaging.Addresses;
import io.lastmilehub.hub.orders.OrderCancellations;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.model.DeliveryOrder;
import org.apache.camel.Exchange;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers every 204 load tender of an accepted interchange with a 990, by the partner's tender rules
 * ({@link TenderDecision}): accepted, or declined with the reason in K1. The orders of a declined tender are then
 * cancelled with that reason, so that the hub never plans a load it declined: in a step of their own, after the 990
 * is queued, because the intake stage may be updating the same orders at that moment (a conflict retries only the
 * cancelling).
 */
@Component("tenderResponses")
public class TenderResponses {

    /** Exchange property: the orders of declined tenders, to be cancelled, with the reason. */
    public static final String DECLINED_PROPERTY = "LastMileDeclinedTenders";

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

    /**
     * Answers the tenders of an interchange whose orders the hub stored (in the caller's transaction).
     *
     * @return the orders of the tenders declined, by id, with the cancellation reason
     */
    public Map<String, String> answer(TradingPartner partner, EdiInterchange interchange, List<String> orderIds) {
        Map<String, String> declined = new LinkedHashMap<>();
        if (!partner.receives(RESPONSE)) {
            return declined;
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
                Optional<String> reason = TenderDecision.declineReason(partner.tenderRules(), shipment, now);
                respond(partner, shipmentId, shipment, reason, now);
                reason.ifPresent(r -> shipment.forEach(order -> declined.put(order.getId(), "load tender "
                        + shipmentId + " declined: " + r)));
            }
        }
        return declined;
    }

    /** Cancels the orders of the tenders declined in this exchange; one already cancelled stays as it is. */
    public void cancelDeclined(Exchange exchange) {
        @SuppressWarnings("unchecked")
        Map<String, String> declined = exchange.getProperty(DECLINED_PROPERTY, Map.class);
        String tenant = exchange.getMessage().getHeader(Addresses.TENANT_HEADER, String.class);
        if (declined == null) {
            return;
        }
        // Checked first, not caught: a ConflictException thrown out of the transactional cancel would mark the whole
        // answer's transaction rollback-only, and the 997 and 990 would never commit.
        declined.forEach((orderId, reason) -> {
            if (!inFinalStatus(tenant, orderId)) {
                cancellations.cancel(tenant, orderId, null, reason);
            }
        });
    }

    /** Whether the order is cancelled (by the shipper, or an earlier attempt of this step) or otherwise final. */
    private boolean inFinalStatus(String tenant, String orderId) {
        return orders.findByIdAndTenant(orderId, tenant).map(documents::read)
                .filter(order -> order.getStatus().isFinal()).isPresent();
    }

    private void respond(TradingPartner partner, String shipmentId, List<DeliveryOrder> shipment,
                         Optional<String> declined, Instant now) {
        BusinessKeys keys = new BusinessKeys().add(KeyType.ERP_DELIVERY, shipmentId);
        shipment.forEach(keys::order);
        outbox.send(partner, RESPONSE, keys, numbers -> {
            TenderResponseBuilder builder = new TenderResponseBuilder(partner.x12Parties(), partner.ediSyntax(),
                    numbers);
            return declined.map(reason -> builder.decline(partner.scac(), shipmentId, reason, now))
                    .orElseGet(() -> builder.accept(partner.scac(), shipmentId, now));
        });
    }
}
