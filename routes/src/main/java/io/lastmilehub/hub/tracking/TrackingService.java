package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.planning.VehiclePositions;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.model.TrackingPosition;
import io.lastmilehub.tracking.ChainResult;
import io.lastmilehub.tracking.DecodeException;
import io.lastmilehub.tracking.DeviceBindings;
import io.lastmilehub.tracking.DeviceReport;
import io.lastmilehub.tracking.DeviceState;
import io.lastmilehub.tracking.OsmAndProtocolDecoder;
import io.lastmilehub.tracking.PositionChain;
import io.lastmilehub.tracking.StopEta;
import io.lastmilehub.tracking.TrackedPosition;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Takes position reports from devices: decodes them, runs each through the handler chain with the device's state and
 * the route its vehicle drives, and publishes what comes out: accepted positions on the positions topic, progress
 * (out for delivery, arriving) as status changes of the orders, delays (with how far behind plan the vehicle is, for
 * the re-plan trigger) and cold-chain excursions as events.
 */
@Service
public class TrackingService implements VehiclePositions {

    /** How long a vehicle's route is trusted before the newest plan is looked up again. */
    private static final Duration REASSIGN_AFTER = Duration.ofMinutes(1);

    private final OsmAndProtocolDecoder osmAnd = new OsmAndProtocolDecoder();
    private final Map<String, Tracked> devices = new ConcurrentHashMap<>();
    private final DeviceBindings bindings;
    private final PositionChain chain;
    private final RouteAssignments assignments;
    private final TrackedOrderStatus orderStatus;
    private final EventPublisher publisher;
    private final Clock clock;

    public TrackingService(DeviceBindings bindings, PositionChain chain, RouteAssignments assignments,
                           TrackedOrderStatus orderStatus, EventPublisher publisher, Clock clock) {
        this.bindings = bindings;
        this.chain = chain;
        this.assignments = assignments;
        this.orderStatus = orderStatus;
        this.publisher = publisher;
        this.clock = clock;
    }

    /**
     * An OsmAnd / Traccar Client request: its query string, form body or JSON body.
     *
     * @return how many positions were accepted
     * @throws DecodeException                        naming what cannot be read
     * @throws DeviceBindings.UnknownDeviceException naming a device nobody bound
     */
    public int acceptOsmAnd(String message) throws DecodeException, DeviceBindings.UnknownDeviceException {
        List<DeviceReport> reports = osmAnd.decode(message, clock.instant());
        int accepted = 0;
        for (DeviceReport report : reports) {
            DeviceBindings.Binding binding = bindings.require(report.deviceId());
            Tracked device = devices.computeIfAbsent(report.deviceId(), id -> new Tracked(
                    new DeviceState(binding.tenant(), binding.vehicleId())));
            ChainResult result = device.process(report);
            result.position().map(TrackedPosition::position).ifPresent(publisher::positionReported);
            result.statusEvents().forEach(event -> publish(event, result));
            accepted += result.position().isPresent() ? 1 : 0;
        }
        return accepted;
    }

    /** The vehicle's last accepted position from any of its devices since the hub started. */
    @Override
    public Optional<GeoPoint> latest(String tenant, String vehicleId) {
        return devices.values().stream().filter(device -> device.state.tenant().equals(tenant)
                        && device.state.vehicleId().equals(vehicleId))
                .map(device -> device.last()).flatMap(Optional::stream)
                .max(Comparator.comparing(TrackingPosition::getTime,
                        Comparator.nullsFirst(Comparator.naturalOrder()))).map(TrackingPosition::getLocation);
    }

    private void publish(DeliveryStatusEvent event, ChainResult result) {
        if (event.getStatus() != DeliveryStatus.EXCEPTION) {
            orderStatus.apply(event);
            return;
        }
        Optional<Duration> behind = event.getReasonCode() == ReasonCode.DELAYED
                ? behindPlan(event.getOrderId(), result) : Optional.empty();
        behind.ifPresentOrElse(delay -> publisher.delayReported(event, delay), () -> publisher.statusChanged(event));
    }

    /** How far behind plan the vehicle is at the delayed order's stop, from the position's ETAs. */
    static Optional<Duration> behindPlan(String orderId, ChainResult result) {
        return result.position().stream().flatMap(position -> position.etas().stream())
                .filter(eta -> orderId.equals(eta.orderId())).map(StopEta::delay).findFirst();
    }

    /** A device's state, one report at a time (the chain's state is not thread-safe). */
    private final class Tracked {

        private final DeviceState state;
        private Instant assignedAt = Instant.MIN;

        Tracked(DeviceState state) {
            this.state = state;
        }

        synchronized Optional<TrackingPosition> last() {
            return state.last().map(TrackedPosition::position);
        }

        synchronized ChainResult process(DeviceReport report) {
            Instant now = clock.instant();
            if (assignedAt.plus(REASSIGN_AFTER).isBefore(now)) {
                assignments.forVehicle(state.tenant(), state.vehicleId()).ifPresent(state::assign);
                assignedAt = now;
            }
            return chain.process(report, state);
        }
    }
}
