package io.lastmilehub.hub.orders;

import io.lastmilehub.connectors.geo.TimeZones;
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

    /** A point for the order, or the order set aside with the reason there is none. */
    @Transactional
    public void apply(String orderId, AddressResolution resolution) {
        OrderEntity entity = orders.findById(orderId).orElseThrow();
        DeliveryOrder order = documents.read(entity);
        if (resolution.isResolved()) {
            documents.write(located(order, resolution.location()), entity);
        } else {
            statuses.record(entity, order, StatusChange.exception(resolution.problem(), resolution.reason()));
        }
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
        Optional<ZoneId> zone = timeZones.zoneAt(location);
        List<TimeWindow> windows = order.getTimeWindows().stream()
                .map(w -> w.getZoneId() != null || zone.isEmpty() ? w
                        : w.toBuilder().zoneId(zone.get().getId()).buildUnvalidated())
                .toList();
        return order.toBuilder()
                .shipTo(order.getShipTo().toBuilder().location(location).buildUnvalidated())
                .clearTimeWindows().timeWindows(windows)
                .buildUnvalidated();
    }
}
