package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.model.TrackingPosition;
import io.lastmilehub.tracking.RouteAssignment;
import io.lastmilehub.tracking.StopEta;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/**
 * Keeps the newest ETA of every order still ahead of a vehicle and publishes what changed: of the ETAs a position
 * computed, those the {@link EtaThrottle} lets through are stored ({@link EtaStore}) and published together as one
 * {@link EtaChanges} message. The stored ETAs and the message commit together.
 */
@Component
public class EtaRecorder {

    private final EtaThrottle throttle;
    private final EtaStore store;
    private final EventPublisher publisher;
    private final TransactionTemplate transactions;

    public EtaRecorder(EtaThrottle throttle, EtaStore store, EventPublisher publisher,
                       TransactionTemplate transactions) {
        this.throttle = throttle;
        this.store = store;
        this.publisher = publisher;
        this.transactions = transactions;
    }

    /**
     * Stores and publishes the ETAs of the position that changed; those are returned. A position that changed none
     * costs no transaction.
     */
    public List<EtaUpdate> record(RouteAssignment route, TrackingPosition position, List<StopEta> stopEtas) {
        List<EtaUpdate> ahead = ahead(route, position, stopEtas);
        List<EtaUpdate> changed = throttle.changed(ahead);
        List<EtaUpdate> stored = changed.isEmpty() ? List.of()
                : transactions.execute(status -> storeAndPublish(route, position, changed));
        // Only once committed: an ETA rolled back was never published.
        throttle.remember(position.getTenant(), position.getVehicleId(), ahead, stored);
        return stored;
    }

    private List<EtaUpdate> storeAndPublish(RouteAssignment route, TrackingPosition position,
                                            List<EtaUpdate> changed) {
        List<EtaUpdate> stored = store.store(changed).stream()
                .sorted(Comparator.comparingInt(EtaUpdate::stopSequence)).toList();
        if (!stored.isEmpty()) {
            EtaChanges changes = new EtaChanges(position.getTenant(), route.planId(), position.getVehicleId(),
                    position.getLocation(), position.getTime(), stored);
            publisher.etasChanged(changes, changes.tenant(), changes.planId(), changes.orderIds());
        }
        return stored;
    }

    /** The ETA of every order ahead, with how many orders the vehicle serves before it. */
    private static List<EtaUpdate> ahead(RouteAssignment route, TrackingPosition position, List<StopEta> stopEtas) {
        List<EtaUpdate> ahead = new ArrayList<>();
        for (StopEta stop : stopEtas) {
            if (stop.orderId() == null) {
                continue; // a break: nobody waits for it
            }
            ahead.add(new EtaUpdate(position.getTenant(), stop.orderId(), route.planId(), position.getVehicleId(),
                    stop.sequence(), ahead.size(), stop.plannedEta(), stop.eta(), stop.delay().toSeconds(),
                    position.getLocation(), position.getTime()));
        }
        return ahead;
    }
}
