package io.lastmilehub.hub.tracking;

import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ReasonCode;
import io.lastmilehub.tracking.ChainResult;
import io.lastmilehub.tracking.DecodeException;
import io.lastmilehub.tracking.DeviceBindings;
import io.lastmilehub.tracking.DeviceProtocol;
import io.lastmilehub.tracking.DeviceProtocols;
import io.lastmilehub.tracking.DeviceReport;
import io.lastmilehub.tracking.DeviceState;
import io.lastmilehub.tracking.PositionChain;
import io.lastmilehub.tracking.ProtocolDecoder;
import io.lastmilehub.tracking.StopEta;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Takes position reports from devices, whatever the transport (HTTP, MQTT): decodes them, runs each through the
 * handler chain with the device's state and the route its vehicle drives, and publishes what comes out: accepted
 * positions on the positions topic, the ETAs of the orders still ahead, progress (out for delivery, arriving) as
 * status changes of the orders, delays (with how far behind plan the vehicle is, for the re-plan trigger) and
 * cold-chain excursions as events. A message naming an unbound device is refused as a whole before any of it is
 * processed.
 * <p>
 * Each device's last accepted position is in the database ({@link DevicePositions}), read before and written after
 * each report, so that any hub instance carries on where another left off. The rest of a device's chain state
 * (geofence phases, alerts raised, stops passed) stays in this instance's memory: it lasts while the vehicle's route
 * (looked up again every {@link #REASSIGN_AFTER}) stays the same, and what it drives is idempotent downstream (an order's status moves once), so a
 * device whose reports reach two instances at worst has an exception event raised twice.
 */
@Service
public class TrackingService {

    /** The counter of fixes older than their device's last one. */
    public static final String OUT_OF_ORDER = "lastmile.tracking.positions.out.of.order";
    private static final Logger LOG = LoggerFactory.getLogger(TrackingService.class);

    /** How long a vehicle's route is trusted before the newest plan is looked up again. */
    private static final Duration REASSIGN_AFTER = Duration.ofMinutes(1);

    private final DeviceProtocols protocols;
    private final Map<String, Tracked> devices = new ConcurrentHashMap<>();
    private final DeviceRegistry registry;
    private final PositionChain chain;
    private final RouteAssignments assignments;
    private final TrackedOrderStatus orderStatus;
    private final EtaRecorder etas;
    private final DevicePositions positions;
    private final GroupCommit<AcceptedPosition> positionWrites;
    private final EventPublisher publisher;
    private final TelemetryRecorder telemetry;
    private final MeterRegistry meters;
    private final Clock clock;

    public TrackingService(DeviceProtocols protocols, DeviceRegistry registry, PositionChain chain,
                           RouteAssignments assignments, TrackedOrderStatus orderStatus, EtaRecorder etas,
                           DevicePositions positions, GroupCommit<AcceptedPosition> positionWrites,
                           EventPublisher publisher, TelemetryRecorder telemetry, MeterRegistry meters, Clock clock) {
        this.protocols = protocols;
        this.registry = registry;
        this.chain = chain;
        this.assignments = assignments;
        this.orderStatus = orderStatus;
        this.etas = etas;
        this.positions = positions;
        this.positionWrites = positionWrites;
        this.publisher = publisher;
        this.telemetry = telemetry;
        this.meters = meters;
        this.clock = clock;
    }

    /**
     * A request of a protocol whose messages name their devices: each must be bound and, if it has a secret, the
     * request must carry it.
     *
     * @return how many positions were accepted
     * @throws DecodeException                        naming what cannot be read
     * @throws DeviceBindings.UnknownDeviceException naming a device nobody bound
     * @throws DeviceAuthenticationException          for a device with a secret, without it or with a wrong one
     */
    public int acceptNamed(DeviceProtocol protocol, NamedDeviceRequest request)
            throws DecodeException, DeviceBindings.UnknownDeviceException, DeviceAuthenticationException {
        List<Bound> reports = new ArrayList<>();
        for (DeviceReport report : protocol.decoder(null).decode(request.message(), clock.instant())) {
            reports.add(new Bound(registry.admit(report.deviceId(), request.user(), request.secret()), report));
        }
        return process(reports);
    }

    /**
     * Messages a tenant's platform streams for many devices: every device they name must be bound to that tenant.
     *
     * @throws DeviceBindings.UnknownDeviceException naming the first device not bound to the tenant
     */
    public int acceptStream(DeviceProtocol protocol, String tenant, String message)
            throws DecodeException, DeviceBindings.UnknownDeviceException {
        return process(bound(protocol.decoder(null).decode(message, clock.instant()), tenant));
    }

    /**
     * A message of a device that proved who it is (HTTP Basic, MQTT credentials and topic): the reports are its
     * own whatever id they carry inside.
     *
     * @param protocol the name of a registered {@link DeviceProtocol}
     */
    public int acceptFrom(DeviceBindings.Binding device, String protocol, String message) throws DecodeException {
        ProtocolDecoder decoder = protocols.get(protocol).decoder(device.deviceId());
        return process(decoder.decode(message, clock.instant()).stream().map(report -> new Bound(device, report))
                .toList());
    }

    /** Binds every report to its device, refusing the whole message if one is not bound (to the tenant). */
    private List<Bound> bound(List<DeviceReport> reports, String tenant) throws DeviceBindings.UnknownDeviceException {
        List<Bound> bound = new ArrayList<>();
        for (DeviceReport report : reports) {
            DeviceBindings.Binding binding = registry.require(report.deviceId());
            if (tenant != null && !tenant.equals(binding.tenant())) {
                throw new DeviceBindings.UnknownDeviceException(report.deviceId());
            }
            bound.add(new Bound(binding, report));
        }
        return bound;
    }

    private int process(List<Bound> reports) {
        int accepted = 0;
        for (Bound bound : reports) {
            Tracked device = devices.compute(bound.device().deviceId(), (id, known) ->
                    known != null && known.isFor(bound.device()) ? known : new Tracked(bound.device()));
            ChainResult result = device.process(bound.report());
            result.position().ifPresent(position -> {
                String json = CanonicalJson.toJson(position.position());
                positionWrites.commit(new AcceptedPosition(bound.device(), bound.report(), position, json));
                publisher.positionReported(bound.device().tenant(), json);
                device.state.assignment().ifPresent(route -> etas.record(route, position.position(),
                        position.etas()));
            });
            result.statusEvents().forEach(event -> publish(event, result));
            if (result.outOfOrder()) {
                outOfOrder(bound.device(), result.dropReason());
            }
            accepted += result.position().isPresent() ? 1 : 0;
        }
        return accepted;
    }

    /**
     * A fix older than the device's last is not used, but counted ({@value #OUT_OF_ORDER}, by tenant) and logged: a
     * device that keeps sending them replays a buffer in the wrong order or has a wrong clock.
     */
    private void outOfOrder(DeviceBindings.Binding device, String reason) {
        meters.counter(OUT_OF_ORDER, "tenant", device.tenant()).increment();
        LOG.info("device {} of tenant {} (vehicle {}): {}; not used", device.deviceId(), device.tenant(),
                device.vehicleId(), reason);
    }

    private void publish(DeliveryStatusEvent event, ChainResult result) {
        if (event.getStatus() != DeliveryStatus.EXCEPTION) {
            orderStatus.apply(event);
            return;
        }
        telemetry.exceptionRaised(event);
        Optional<Duration> behind = event.getReasonCode() == ReasonCode.DELAYED
                ? behindPlan(event.getOrderId(), result) : Optional.empty();
        behind.ifPresentOrElse(delay -> publisher.delayReported(event, delay), () -> publisher.statusChanged(event));
    }

    /** How far behind plan the vehicle is at the delayed order's stop, from the position's ETAs. */
    static Optional<Duration> behindPlan(String orderId, ChainResult result) {
        return result.position().stream().flatMap(position -> position.etas().stream())
                .filter(eta -> orderId.equals(eta.orderId())).map(StopEta::delay).findFirst();
    }

    private record Bound(DeviceBindings.Binding device, DeviceReport report) {
    }

    /** A device's state, one report at a time (the chain's state is not thread-safe). */
    private final class Tracked {

        private final DeviceBindings.Binding binding;
        private final DeviceState state;
        private Instant assignedAt = Instant.MIN;

        Tracked(DeviceBindings.Binding binding) {
            this.binding = binding;
            this.state = new DeviceState(binding.tenant(), binding.vehicleId());
        }

        /** Whether the state is still that of the device's binding (a device moved to another vehicle starts anew). */
        boolean isFor(DeviceBindings.Binding binding) {
            return state.tenant().equals(binding.tenant()) && state.vehicleId().equals(binding.vehicleId());
        }

        synchronized ChainResult process(DeviceReport report) {
            Instant now = clock.instant();
            if (assignedAt.plus(REASSIGN_AFTER).isBefore(now)) {
                assignments.forVehicle(state.tenant(), state.vehicleId()).ifPresent(state::assign);
                assignedAt = now;
            }
            state.last().map(known -> positions.newerThan(binding, known.position().getTime()))
                    .orElseGet(() -> positions.last(binding)).ifPresent(state::resume);
            return chain.process(report, state);
        }
    }
}
