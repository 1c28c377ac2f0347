package io.lastmilehub.hub.edi;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.support.cost.DeliveryCost;
import io.lastmilehub.connectors.support.cost.DeliveryCostAllocator;
import io.lastmilehub.connectors.support.edi.ControlNumbers;
import io.lastmilehub.connectors.support.edi.ControlNumbers.Kind;
import io.lastmilehub.connectors.x12.FreightCharge;
import io.lastmilehub.connectors.x12.FreightInvoiceBuilder;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.hub.planning.StoredPlans;
import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Plan;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Optional;

/**
 * Invoices trading partners for the shipments they tendered: when a plan is costed, every order on it that came
 * from a partner receiving 210 gets one X12 210 with its share of the plan's cost (the same split as SAP's freight
 * cost records, {@link DeliveryCostAllocator}). A shipment is invoiced once, for the first plan it was on; the
 * invoice numbers are the partner's own sequence in the control number table.
 */
@Component("ediFreightInvoices")
public class EdiFreightInvoices {

    static final String INVOICE = "210";

    private final TradingPartners partners;
    private final StoredPlans plans;
    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final ControlNumbers numbers;
    private final PartnerOutbox outbox;
    private final JdbcTemplate jdbc;
    private final ObjectMapper json;
    private final Clock clock;

    public EdiFreightInvoices(TradingPartners partners, StoredPlans plans, OrderRepository orders,
                              OrderDocuments documents, ControlNumbers numbers, PartnerOutbox outbox,
                              JdbcTemplate jdbc, ObjectMapper json, Clock clock) {
        this.partners = partners;
        this.plans = plans;
        this.orders = orders;
        this.documents = documents;
        this.numbers = numbers;
        this.outbox = outbox;
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
    }

    /** A plan's cost summary from the cost topic. */
    @Transactional
    public void onPlanCost(String costJson) throws JsonProcessingException {
        CostSummary cost = json.readValue(costJson, CostSummary.class);
        Optional<Plan> plan = plans.find(cost.getTenant(), cost.getPlanId());
        if (plan.isEmpty() || partners.all().stream().noneMatch(p -> p.receives(INVOICE))) {
            return;
        }
        for (DeliveryCost delivery : DeliveryCostAllocator.allocate(plan.get())) {
            orders.findByIdAndTenant(delivery.orderId(), cost.getTenant()).map(documents::read)
                    .ifPresent(order -> partners.bySender(cost.getTenant(), order.getSource().getSystem())
                            .filter(partner -> partner.receives(INVOICE) && notInvoiced(order))
                            .ifPresent(partner -> invoice(partner, order, delivery)));
        }
    }

    private void invoice(TradingPartner partner, DeliveryOrder order, DeliveryCost delivery) {
        Instant now = clock.instant();
        String invoiceNumber = String.valueOf(numbers.next(partner.sourceSystem(), Kind.INVOICE));
        String shipmentId = order.getReferences() != null && order.getReferences().getErpDelivery() != null
                ? order.getReferences().getErpDelivery() : order.getId();
        FreightCharge charge = new FreightCharge(invoiceNumber, shipmentId, order.getReferences() == null ? null
                : order.getReferences().getCustomerPo(), order.totalWeightKg(), delivery.total(),
                delivery.currency(), LocalDate.ofInstant(now, ZoneOffset.UTC), null);
        jdbc.update("INSERT INTO edi_freight_invoice (tenant, order_id, partner, invoice_number, plan_id, amount, "
                + "currency, invoiced_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)", order.getTenant(), order.getId(),
                partner.id(), invoiceNumber, delivery.planId(), delivery.total(), delivery.currency(),
                Timestamp.from(now));
        outbox.send(partner, INVOICE, ids -> new FreightInvoiceBuilder(partner.x12Parties(), partner.ediSyntax(),
                partner.scac(), ids).build(charge, now));
    }

    private boolean notInvoiced(DeliveryOrder order) {
        return jdbc.queryForObject("SELECT COUNT(*) FROM edi_freight_invoice WHERE tenant = ? AND order_id = ?",
                Integer.class, order.getTenant(), order.getId()) == 0;
    }
}
