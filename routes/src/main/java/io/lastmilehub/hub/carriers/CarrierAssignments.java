package io.lastmilehub.hub.carriers;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.messagelog.BusinessKeys;
import io.lastmilehub.hub.messagelog.KeyType;
import io.lastmilehub.hub.messagelog.LoggedMessage;
import io.lastmilehub.hub.messagelog.MessageLog;
import io.lastmilehub.hub.planning.StoredPlans;
import io.lastmilehub.model.CostSummary;
import io.lastmilehub.model.Plan;
import io.lastmilehub.model.Route;
import io.lastmilehub.model.Stop;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Gives orders to carriers when a plan is made (the plan's cost summary on {@code lastmile.cost} is the signal): an
 * order the plan puts on a carrier's vehicle becomes that carrier's shipment, waiting for the next cut-off, and is
 * queued for booking when the carrier has an API (logged in the message log with the shipment, SENT, then
 * ACKNOWLEDGED with the carrier's tracking number by {@link CarrierBookings}). An order a new plan moves off the
 * carrier before its cut-off is taken off again (a booking already made is left for the dispatcher to cancel with
 * the carrier: logged).
 */
@Component("carrierAssignments")
public class CarrierAssignments {

    private static final Logger LOG = LoggerFactory.getLogger(CarrierAssignments.class);
    /** The message log's format of a booking request to a carrier's API. */
    static final String BOOKING_FORMAT = "carrier-booking";

    private final CarrierRegistry carriers;
    private final CarrierShipmentRepository shipments;
    private final StoredPlans plans;
    private final CarrierQueues queues;
    private final MessageLog log;
    private final ObjectMapper json;
    private final Clock clock;

    public CarrierAssignments(CarrierRegistry carriers, CarrierShipmentRepository shipments, StoredPlans plans,
                              CarrierQueues queues, MessageLog log, ObjectMapper json, Clock clock) {
        this.carriers = carriers;
        this.shipments = shipments;
        this.plans = plans;
        this.queues = queues;
        this.log = log;
        this.json = json;
        this.clock = clock;
    }

    /** A shipment to book: the carrier, the order and the booking's message log entry (null when the log is off). */
    public record BookingRequest(String carrierId, String orderId, String logEntry) {
    }

    /**
     * A plan's cost summary from the cost topic: records the carriers' shipments and returns those to book, which
     * {@link #requestBookings} queues once this transaction has committed (were the hub to stop in between, the
     * cost message is redelivered and the same bookings are returned again).
     */
    @Transactional
    public List<BookingRequest> onPlanCost(String costJson) throws JsonProcessingException {
        CostSummary cost = json.readValue(costJson, CostSummary.class);
        Optional<Plan> plan = plans.find(cost.getTenant(), cost.getPlanId());
        if (plan.isEmpty()) {
            LOG.warn("Plan {} of {} announced but not found; no carrier assignments", cost.getPlanId(),
                    cost.getTenant());
            return List.of();
        }
        List<BookingRequest> bookings = new ArrayList<>();
        List<String> orderIds = plan.get().getRoutes().stream().flatMap(r -> r.getStops().stream())
                .map(Stop::getOrderId).toList();
        Map<String, List<CarrierShipmentEntity>> open = shipments.findByTenantAndOrderIdInAndManifestIdIsNull(
                cost.getTenant(), orderIds).stream().collect(Collectors.groupingBy(CarrierShipmentEntity::getOrderId));
        for (Route route : plan.get().getRoutes()) {
            Optional<Carrier> carrier = carriers.forVehicle(cost.getTenant(), route.getVehicleId());
            for (Stop stop : route.getStops()) {
                Map<String, CarrierShipmentEntity> byCarrier = open.getOrDefault(stop.getOrderId(), List.of()).stream()
                        .collect(Collectors.toMap(CarrierShipmentEntity::getCarrierId, Function.identity()));
                byCarrier.values().stream()
                        .filter(s -> carrier.isEmpty() || !s.getCarrierId().equals(carrier.get().id()))
                        .forEach(this::withdraw);
                carrier.filter(c -> assign(c, plan.get(), route, stop.getOrderId(), byCarrier.get(c.id())))
                        .ifPresent(c -> bookings.add(new BookingRequest(c.id(), stop.getOrderId(),
                                logBooking(c, plan.get(), stop.getOrderId()))));
            }
        }
        return bookings;
    }

    /** Queues the bookings {@link #onPlanCost} asked for, for the carrier-booking route. */
    public void requestBookings(List<BookingRequest> bookings) {
        bookings.forEach(b -> carriers.find(b.carrierId()).ifPresent(carrier -> queues.book(carrier, b.orderId(),
                b.logEntry())));
    }

    /** The booking request in the message log, with the shipment; its text is made by the carrier's client. */
    private String logBooking(Carrier carrier, Plan plan, String orderId) {
        return log.record(LoggedMessage.unkept(carrier.tenant(), BOOKING_FORMAT, carrier.id(), 0, new BusinessKeys()
                .add(KeyType.ORDER_ID, orderId).add(KeyType.PLAN_ID, plan.getId()).list())).orElse(null);
    }

    /** Records the shipment; whether it is to be booked over the carrier's API. */
    private boolean assign(Carrier carrier, Plan plan, Route route, String orderId, CarrierShipmentEntity existing) {
        CarrierShipmentEntity shipment = existing != null ? existing : new CarrierShipmentEntity(carrier.id(),
                orderId, carrier.tenant(), plan.getId(), route.getVehicleId(), clock.instant());
        shipment.setPlanId(plan.getId());
        shipment.setVehicleId(route.getVehicleId());
        shipments.save(shipment);
        LOG.info("Order {} goes with carrier {} (plan {}, vehicle {})", orderId, carrier.id(), plan.getId(),
                route.getVehicleId());
        return carrier.books() && !shipment.isBooked();
    }

    private void withdraw(CarrierShipmentEntity shipment) {
        if (shipment.isBooked()) {
            LOG.warn("Order {} was re-planned off carrier {} after it was booked as {}: cancel it with the carrier",
                    shipment.getOrderId(), shipment.getCarrierId(), shipment.getTrackingNumber());
        }
        shipments.delete(shipment);
    }
}
