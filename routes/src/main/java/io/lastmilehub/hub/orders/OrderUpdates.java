package io.lastmilehub.hub.orders;

import io.lastmilehub.connectors.support.geo.TimeZones;
import io.lastmilehub.hub.geocoding.AddressResolution;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.TimeWindow;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.time.ZoneId;
import java.util.List;
import java.util.Optional;

/** Changes to a stored order's ship-to, each in its own transaction. */
@Component
public class OrderUpdates {

    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final StatusRecorder statuses;
    private final TimeZones timeZones;

    public OrderUpdates(OrderRepository orders, OrderDocuments documents, StatusRecorder statuses,
                        TimeZones timeZones) {
        this.orders = orders;
        this.documents = documents;
        this.statuses = statuses;
        this.timeZones = timeZones;
    }

    /**
     * A point for the order, or the order set aside with the reason there is none. An order that reached a final
     * status while its address was looked up (its sender cancelled it) stays as it is.
     */
    @Transactional
    public void apply(String orderId, AddressResolution resolution) {
        OrderEntity entity = orders.findById(orderId).orElseThrow();
        DeliveryOrder order = documents.read(entity);
        if (order.getStatus().isFinal()) {
            return;
        }
        if (resolution.isResolved()) {
            documents.write(located(order, resolution.location()), entity);
        } else {
            statuses.record(entity, order, StatusChange.exception(resolution.problem(), resolution.reason()));
        }
    }

    /**
     * A point for the order's pickup stop, its pickup windows in the point's zone where they name none; or the order
     * set aside with the reason, naming the pickup address. Whether the pickup stop now has its point; an order that
     * reached a final status meanwhile stays as it is.
     */
    @Transactional
    public boolean applyPickup(String orderId, AddressResolution resolution) {
        OrderEntity entity = orders.findById(orderId).orElseThrow();
        DeliveryOrder order = documents.read(entity);
        if (order.getStatus().isFinal()) {
            return false;
        }
        if (!resolution.isResolved()) {
            statuses.record(entity, order, StatusChange.exception(resolution.problem(), "pickup address: "
                    + resolution.reason()));
            return false;
        }
        documents.write(order.toBuilder()
                .pickupFrom(order.getPickupFrom().toBuilder().location(resolution.location()).buildUnvalidated())
                .clearPickupTimeWindows().pickupTimeWindows(inZone(order.getPickupTimeWindows(),
                        resolution.location()))
                .buildUnvalidated(), entity);
        return true;
    }

    /** Gives time windows without a zone the zone of the ship-to's point. */
    @Transactional
    public void placeInZone(String orderId) {
        OrderEntity entity = orders.findById(orderId).orElseThrow();
        DeliveryOrder order = documents.read(entity);
        documents.write(located(order, order.getShipTo().getLocation()), entity);
    }

    /** The order at this point, its time windows in the point's time zone where they name none. */
    DeliveryOrder located(DeliveryOrder order, GeoPoint location) {
        return order.toBuilder()
                .shipTo(order.getShipTo().toBuilder().location(location).buildUnvalidated())
                .clearTimeWindows().timeWindows(inZone(order.getTimeWindows(), location))
                .buildUnvalidated();
    }

    /** The windows, those without a zone given the zone of the point. */
    private List<TimeWindow> inZone(List<TimeWindow> windows, GeoPoint location) {
        Optional<ZoneId> zone = timeZones.zoneAt(location);
        return windows.stream().map(w -> w.getZoneId() != null || zone.isEmpty() ? w
                : w.toBuilder().zoneId(zone.get().getId()).buildUnvalidated()).toList();
    }
}
