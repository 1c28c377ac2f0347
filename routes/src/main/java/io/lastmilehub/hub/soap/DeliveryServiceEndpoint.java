package io.lastmilehub.hub.soap;

import io.lastmilehub.connectors.canonical.CanonicalXml;
import io.lastmilehub.connectors.canonical.CanonicalXmlMapper;
import io.lastmilehub.hub.inbound.AcceptedMessage;
import io.lastmilehub.hub.inbound.InboundGateway;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.orders.OrderCancellations;
import io.lastmilehub.hub.orders.StatusHistory;
import io.lastmilehub.hub.planning.StoredPlans;
import io.lastmilehub.hub.soap.generated.CancelOrder;
import io.lastmilehub.hub.soap.generated.CancelOrderResponse;
import io.lastmilehub.hub.soap.generated.DeliveryService;
import io.lastmilehub.hub.soap.generated.DeliveryServiceFault;
import io.lastmilehub.hub.soap.generated.GetDeliveryStatus;
import io.lastmilehub.hub.soap.generated.GetDeliveryStatusResponse;
import io.lastmilehub.hub.soap.generated.GetPlan;
import io.lastmilehub.hub.soap.generated.GetPlanResponse;
import io.lastmilehub.hub.soap.generated.SubmitDeliveryOrders;
import io.lastmilehub.hub.soap.generated.SubmitDeliveryOrdersResponse;
import io.lastmilehub.hub.web.ConflictException;
import io.lastmilehub.hub.web.NotFoundException;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryOrders;
import jakarta.annotation.Resource;
import jakarta.jws.WebService;
import jakarta.xml.ws.WebServiceContext;
import org.springframework.stereotype.Component;

import javax.xml.datatype.XMLGregorianCalendar;
import java.security.Principal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The delivery service of {@code wsdl/DeliveryService.wsdl}. Every call acts as the caller's tenant only (the user of
 * its UsernameToken or HTTP Basic credentials). It adds no logic of its own: orders go through the inbound contract
 * as canonical XML (the same mapping, idempotency and dead-letter store as HTTP), cancellations through the status
 * recorder, and refusals come back as typed faults.
 */
@Component
@WebService(endpointInterface = "io.lastmilehub.hub.soap.generated.DeliveryService",
        targetNamespace = SoapEndpoints.NAMESPACE, serviceName = "DeliveryService",
        wsdlLocation = SoapEndpoints.WSDL)
public class DeliveryServiceEndpoint implements DeliveryService {

    private final InboundGateway inbound;
    private final OrderCancellations cancellations;
    private final StatusHistory history;
    private final StoredPlans plans;

    /** Injected by CXF when the endpoint is published (Spring leaves this resource type alone). */
    @Resource
    private WebServiceContext context;

    public DeliveryServiceEndpoint(InboundGateway inbound, OrderCancellations cancellations, StatusHistory history,
                                   StoredPlans plans) {
        this.inbound = inbound;
        this.cancellations = cancellations;
        this.history = history;
        this.plans = plans;
    }

    @Override
    public SubmitDeliveryOrdersResponse submitDeliveryOrders(SubmitDeliveryOrders request)
            throws DeliveryServiceFault {
        List<DeliveryOrder> orders = request.getDeliveryOrder();
        // One order is sent as <deliveryOrder>, several as a batch, so that fields are named as over HTTP.
        Object document = orders.size() == 1 ? orders.get(0) : DeliveryOrders.builder().orders(orders).build();
        InboundGateway.Outcome outcome = inbound.send(tenant(), CanonicalXmlMapper.FORMAT,
                CanonicalXml.toXmlBytes(document), Map.of("Content-Type", "application/xml"));
        if (outcome.failure() instanceof InvalidMessageException invalid) {
            throw SoapFaults.invalid(invalid, outcome.deadLetter());
        }
        if (outcome.failure() != null) {
            throw SoapFaults.unavailable(outcome.failure(), outcome.deadLetter());
        }
        AcceptedMessage accepted = outcome.accepted();
        SubmitDeliveryOrdersResponse response = new SubmitDeliveryOrdersResponse();
        response.setMessageId(accepted.messageId());
        response.getOrderId().addAll(accepted.orders());
        response.setDuplicate(accepted.duplicate());
        return response;
    }

    @Override
    public CancelOrderResponse cancelOrder(CancelOrder request) throws DeliveryServiceFault {
        CancelOrderResponse response = new CancelOrderResponse();
        response.setDeliveryStatusEvent(refusingAsFaults("orderId", () -> cancellations.cancel(tenant(),
                request.getOrderId(), request.getReasonCode(), request.getReason())));
        return response;
    }

    @Override
    public GetDeliveryStatusResponse getDeliveryStatus(GetDeliveryStatus request) throws DeliveryServiceFault {
        StatusHistory.Entry entry = refusingAsFaults("orderId", () -> history.of(tenant(), request.getOrderId()));
        GetDeliveryStatusResponse response = new GetDeliveryStatusResponse();
        response.setOrderId(entry.order().getId());
        response.setStatus(entry.order().getStatus());
        response.setReasonCode(entry.order().getStatusReasonCode());
        response.setReason(entry.order().getStatusReason());
        response.setHistory(new GetDeliveryStatusResponse.History());
        response.getHistory().getDeliveryStatusEvent().addAll(entry.events());
        return response;
    }

    @Override
    public GetPlanResponse getPlan(GetPlan request) throws DeliveryServiceFault {
        GetPlanResponse response = new GetPlanResponse();
        response.setPlan(refusingAsFaults("date", () -> plans.latest(tenant(), request.getDepotId(),
                dayOf(request.getDate()))));
        return response;
    }

    private String tenant() {
        Principal caller = context.getUserPrincipal();
        if (caller == null) {
            // The security interceptor lets no call through without credentials; this guards against a change there.
            throw new IllegalStateException("a SOAP call reached the service without an authenticated tenant");
        }
        return caller.getName();
    }

    /**
     * Runs a query or change, turning the hub's refusals into typed faults.
     *
     * @param field the request field named when what was asked for is not found or in the wrong state
     */
    private static <T> T refusingAsFaults(String field, Supplier<T> work) throws DeliveryServiceFault {
        try {
            return work.get();
        } catch (InvalidMessageException e) {
            throw SoapFaults.invalid(e, null);
        } catch (NotFoundException e) {
            throw SoapFaults.notFound(field, e);
        } catch (ConflictException e) {
            throw SoapFaults.conflict(field, e);
        }
    }

    private static LocalDate dayOf(XMLGregorianCalendar date) {
        return date == null ? null : LocalDate.of(date.getYear(), date.getMonth(), date.getDay());
    }
}
