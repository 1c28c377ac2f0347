package io.lastmilehub.hub.sap;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.sap.outbound.FreightCostIdocBuilder;
import io.lastmilehub.connectors.sap.outbound.ProofOfDeliveryIdocBuilder;
import io.lastmilehub.connectors.sap.outbound.SapOutboundSettings;
import io.lastmilehub.connectors.sap.outbound.ShipmentStatusIdocBuilder;
import io.lastmilehub.hub.messagelog.BusinessKeys;
import io.lastmilehub.hub.messagelog.KeyType;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.hub.planning.StoredPlans;
import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.ProofOfDelivery;
import io.lastmilehub.model.Stop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.Objects;
import java.util.Optional;

/**
 * Tells SAP what happened to the deliveries it sent: a SHPMNT05 shipment status for status changes of deliveries that
 * travel in an SAP shipment, a freight cost record per delivery when a plan is made, and the proof of delivery. Only orders that came from
 * SAP, of tenants with an SAP system configured, are reported. Each IDoc is built once (with its DOCNUM) and queued
 * for the tenant's sap-idoc-outbound route, so a retry resends the same bytes and SAP never posts twice. Each is
 * logged, with its DOCNUM and the order's keys, in the transaction that queues it ({@link SapOutbox}).
 */
@Component("sapStatusIdocs")
public class SapStatusIdocs {

    private static final Logger LOG = LoggerFactory.getLogger(SapStatusIdocs.class);
    private static final String SAP_SOURCE = "SAP:";

    private final SapPartners partners;
    private final IdocNumbers numbers;
    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final StoredPlans plans;
    private final SapOutbox outbox;
    private final ObjectMapper json;
    private final Clock clock;

    public SapStatusIdocs(SapPartners partners, IdocNumbers numbers, OrderRepository orders,
                          OrderDocuments documents, StoredPlans plans, SapOutbox outbox,
                          ObjectMapper json, Clock clock) {
        this.partners = partners;
        this.numbers = numbers;
        this.orders = orders;
        this.documents = documents;
        this.plans = plans;
        this.outbox = outbox;
        this.json = json;
        this.clock = clock;
    }

    /** A status event from the status topic. */
    @Transactional
    public void onStatus(String eventJson) throws JsonProcessingException {
        DeliveryStatusEvent event = json.readValue(eventJson, DeliveryStatusEvent.class);
        String shipment = event.getReferences() == null ? null : event.getReferences().getErpShipment();
        Optional<SapOutboundSettings> partner = partners.of(event.getTenant());
        if (shipment == null || partner.isEmpty() || !fromSap(event.getSource() == null ? null
                : event.getSource().getSystem())) {
            LOG.debug("No shipment status for SAP from event {}: shipment {}, SAP configured {}, source {}",
                    event.getEventId(), shipment, partner.isPresent(), event.getSource());
            return;
        }
        Plan plan = event.getPlanId() == null ? null : plans.find(event.getTenant(), event.getPlanId()).orElse(null);
        ShipmentStatusIdocBuilder builder = new ShipmentStatusIdocBuilder(partner.get(), numbers, clock);
        (plan == null ? builder.build(event, shipment) : builder.build(event, shipment, plan))
                .ifPresent(idoc -> outbox.send(event.getTenant(), ShipmentStatusIdocBuilder.MESSAGE_TYPE, idoc,
                        new BusinessKeys().event(event)));
    }

    /** A plan's cost summary from the cost topic: one freight cost record per SAP delivery on its routes. */
    @Transactional
    public void onPlanCost(String costJson) throws JsonProcessingException {
        CostSummary cost = json.readValue(costJson, CostSummary.class);
        Optional<SapOutboundSettings> partner = partners.of(cost.getTenant());
        Optional<Plan> plan = plans.find(cost.getTenant(), cost.getPlanId());
        if (partner.isEmpty() || plan.isEmpty()) {
            LOG.debug("No freight cost for SAP from plan {}: SAP configured {}, plan found {}", cost.getPlanId(),
                    partner.isPresent(), plan.isPresent());
            return;
        }
        FreightCostIdocBuilder builder = new FreightCostIdocBuilder(partner.get(), numbers, clock);
        // one IDoc per order: a pickup-and-delivery pair has two stops, a driver's break none
        plan.get().getRoutes().stream().flatMap(route -> route.getStops().stream()).map(Stop::getOrderId)
                .filter(Objects::nonNull).distinct()
                .forEach(orderId -> orders.findByIdAndTenant(orderId, cost.getTenant()).map(documents::read)
                        .filter(SapStatusIdocs::isSapDelivery)
                        .ifPresent(order -> outbox.send(cost.getTenant(), FreightCostIdocBuilder.MESSAGE_TYPE,
                                builder.build(plan.get(), order), new BusinessKeys().order(order)
                                        .add(KeyType.PLAN_ID, cost.getPlanId()))));
    }

    /** A proof of delivery of an SAP delivery: a DELVRY07 with message type STPPOD (POD confirmation). */
    public void onProofOfDelivery(ProofOfDelivery pod, DeliveryOrder order) {
        Optional<SapOutboundSettings> partner = partners.of(pod.getTenant());
        if (partner.isPresent() && isSapDelivery(order)) {
            outbox.send(pod.getTenant(), ProofOfDeliveryIdocBuilder.MESSAGE_TYPE,
                    new ProofOfDeliveryIdocBuilder(partner.get(), numbers, clock).build(pod, order),
                    new BusinessKeys().order(order));
        }
    }

    private static boolean isSapDelivery(DeliveryOrder order) {
        return fromSap(order.getSource().getSystem()) && order.getReferences() != null
                && order.getReferences().getErpDelivery() != null;
    }

    private static boolean fromSap(String sourceSystem) {
        return sourceSystem != null && sourceSystem.startsWith(SAP_SOURCE);
    }
}
