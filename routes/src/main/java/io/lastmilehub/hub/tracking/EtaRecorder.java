package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.model.TrackingPosition;
import io.lastmilehub.tracking.RouteAssignment;
import io.lastmilehub.tracking.StopEta;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import java.util.ArrayList;
import java.util.List;

/**
 * Keeps the newest ETA of every order still ahead of a vehicle and publishes it: one {@link EtaUpdate} per remaining
 * order and accepted position, so a consumer sees the ETA move as the vehicle does. The stored ETAs and the messages
 * commit together.
 */
@Component
public class EtaRecorder {

    private final OrderEtaRepository etas;
    private final OrderRepository orders;
    private final EventPublisher publisher;

    public EtaRecorder(OrderEtaRepository etas, OrderRepository orders, EventPublisher publisher) {
        this.etas = etas;
        this.orders = orders;
        this.publisher = publisher;
    }

    @Transactional
    public List<EtaUpdate> record(RouteAssignment route, TrackingPosition position, List<StopEta> stopEtas) {
        List<EtaUpdate> updates = new ArrayList<>();
        for (StopEta stop : stopEtas) {
            if (stop.orderId() == null) {
                continue; // a break: nobody waits for it
            }
            EtaUpdate update = new EtaUpdate(position.getTenant(), stop.orderId(), route.planId(),
                    position.getVehicleId(), stop.sequence(), updates.size(), stop.plannedEta(), stop.eta(),
                    stop.delay().toSeconds(), position.getLocation(), position.getTime());
            if (store(update)) {
                publisher.etaChanged(update, update.tenant(), update.orderId());
                updates.add(update);
            }
        }
        return updates;
    }

    /** Stores the update; false for an order that is not in the database (a plan of orders since removed). */
    private boolean store(EtaUpdate update) {
        if (!orders.existsById(update.orderId())) {
            return false;
        }
        OrderEtaEntity entity = etas.findById(update.orderId())
                .orElseGet(() -> new OrderEtaEntity(update.orderId(), update.tenant()));
        entity.setPlanId(update.planId());
        entity.setVehicleId(update.vehicleId());
        entity.setStopSequence(update.stopSequence());
        entity.setStopsBefore(update.stopsBefore());
        entity.setPlannedEta(update.plannedEta());
        entity.setEta(update.eta());
        entity.setVehicleLat(update.vehicleLocation().getLatitude());
        entity.setVehicleLon(update.vehicleLocation().getLongitude());
        entity.setPositionTime(update.positionTime());
        etas.save(entity);
        return true;
    }
}
