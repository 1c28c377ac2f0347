package io.lastmilehub.hub.tracking;

import org.springframework.stereotype.Component;

import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Decides which of the ETAs a position computed are worth storing and publishing: a stop's first, one that moved by
 * the threshold since last published, one whose stops before it or route changed, and one not published for the
 * refresh interval ({@link EtaProperties}).
 * <p>
 * What was last published is kept in memory, per vehicle, on each hub instance. That is safe with several
 * instances: a stored ETA is only ever replaced by one of a newer position ({@link EtaStore}), so memory another
 * instance has moved past can only make this one publish a change again (a repeated ETA, which every consumer takes
 * as the newest) or leave out a move smaller than the threshold, for at most the refresh interval. Reading the
 * stored ETAs instead would cost a read of every stop for every position, the very work this saves.
 */
@Component
public class EtaThrottle {

    private final long thresholdSeconds;
    private final long refreshSeconds;
    /** By tenant and vehicle: the ETA last published of each order still ahead of it. */
    private final Map<String, Map<String, EtaUpdate>> published = new ConcurrentHashMap<>();

    public EtaThrottle(EtaProperties settings) {
        this.thresholdSeconds = settings.threshold().toSeconds();
        this.refreshSeconds = settings.refresh().toSeconds();
    }

    /** Of the ETAs of the orders ahead of one vehicle, those to store and publish. */
    public List<EtaUpdate> changed(List<EtaUpdate> ahead) {
        if (ahead.isEmpty()) {
            return List.of();
        }
        Map<String, EtaUpdate> last = published.getOrDefault(key(ahead.get(0)), Map.of());
        return ahead.stream().filter(eta -> moved(eta, last.get(eta.orderId()))).toList();
    }

    /**
     * Remembers the ETAs that were stored and published, and forgets the orders no longer ahead of the vehicle
     * (served, or of an older route).
     *
     * @param tenant    the vehicle's tenant
     * @param vehicleId the vehicle
     * @param ahead     the ETAs of every order still ahead of it
     * @param stored    those of them that were stored and published
     */
    public void remember(String tenant, String vehicleId, List<EtaUpdate> ahead, List<EtaUpdate> stored) {
        published.compute(tenant + "/" + vehicleId, (key, known) -> {
            Map<String, EtaUpdate> next = known == null ? new ConcurrentHashMap<>() : known;
            stored.forEach(eta -> next.put(eta.orderId(), eta));
            // Some order is no longer ahead (served, or of an older route). Counted rather than looked up: an order
            // missed while as many of the route's are not yet stored is only ever compared with its own ETAs.
            if (next.size() != ahead.size()) {
                Set<String> stillAhead = new HashSet<>();
                ahead.forEach(eta -> stillAhead.add(eta.orderId()));
                next.keySet().retainAll(stillAhead);
            }
            return next.isEmpty() ? null : next;
        });
    }

    /** Whole seconds rather than Durations: every ETA of every position of a planned vehicle comes through here. */
    private boolean moved(EtaUpdate now, EtaUpdate last) {
        return last == null || !Objects.equals(now.planId(), last.planId())
                || now.stopSequence() != last.stopSequence() || now.stopsBefore() != last.stopsBefore()
                || !now.eta().equals(last.eta())
                && Math.abs(now.eta().getEpochSecond() - last.eta().getEpochSecond()) >= thresholdSeconds
                || now.positionTime().getEpochSecond() - last.positionTime().getEpochSecond() >= refreshSeconds;
    }

    private static String key(EtaUpdate eta) {
        return eta.tenant() + "/" + eta.vehicleId();
    }
}
