package io.lastmilehub.hub.planning;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.model.DeliveryStatus;
import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * Body of {@code POST /api/v1/plans/{id}/orders} and {@code POST /api/v1/dispatch}: orders to add to a plan under
 * way, checked before a request is queued.
 */
@Component
public class OrdersToAdd {

    private final OrderRepository orders;

    public OrdersToAdd(OrderRepository orders) {
        this.orders = orders;
    }

    /**
     * Body of the endpoints.
     *
     * @param orderIds the orders, each RECEIVED at the same depot
     */
    public record Command(List<String> orderIds) {
    }

    /**
     * @param depotId the depot they must be received at; null for whichever depot the first one is at
     * @return the depot of the orders
     * @throws InvalidMessageException naming the order ({@code orderIds[i]}) that is unknown, not RECEIVED, at
     *                                 another depot or listed twice, or {@code orderIds} when there is none
     */
    public String check(String tenant, Command command, String depotId) {
        if (command == null || command.orderIds() == null || command.orderIds().isEmpty()) {
            throw new InvalidMessageException("orderIds", "missing: name at least one order");
        }
        String depot = depotId;
        Set<String> seen = new HashSet<>();
        for (int i = 0; i < command.orderIds().size(); i++) {
            String field = "orderIds[" + i + "]";
            String id = command.orderIds().get(i);
            OrderEntity order = orders.findByIdAndTenant(id, tenant).orElseThrow(() ->
                    new InvalidMessageException(field, "unknown order '" + id + "'"));
            if (!seen.add(id)) {
                throw new InvalidMessageException(field, "order " + id + " is listed twice");
            }
            if (order.getStatus() != DeliveryStatus.RECEIVED) {
                throw new InvalidMessageException(field, "order " + id + " is " + order.getStatus()
                        + ", only RECEIVED orders can be added");
            }
            depot = depot == null ? order.getDepotId() : depot;
            if (!depot.equals(order.getDepotId())) {
                throw new InvalidMessageException(field, "order " + id + " is at depot " + order.getDepotId()
                        + ", not " + depot);
            }
        }
        return depot;
    }
}
