package io.lastmilehub.tracking;

import io.lastmilehub.model.TrackingPosition;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * The ordered chain of small handlers every decoded report runs through (Traccar's pattern). The standard order:
 * filter -> distance -> motion -> geofence -> ETA -> delay -> cold chain. A position that passes every handler
 * becomes the device's last position.
 */
public final class PositionChain {

    private final List<PositionHandler> handlers;
    private final Clock clock;

    /** A chain of the given handlers, in order. */
    public PositionChain(List<PositionHandler> handlers, Clock clock) {
        this.handlers = List.copyOf(handlers);
        this.clock = clock;
    }

    /** The standard chain. */
    public static PositionChain standard(TrackingConfig config, Clock clock) {
        return new PositionChain(List.of(
                new FilterHandler(config),
                new DistanceHandler(config),
                new MotionHandler(config),
                new GeofenceHandler(config),
                new EtaHandler(config),
                new DelayHandler(),
                new ColdChainHandler()), clock);
    }

    /** Runs one report of the device through the chain; a report without a fix is dropped at once. */
    public ChainResult process(DeviceReport report, DeviceState state) {
        PositionContext context = new PositionContext(clock, state);
        Optional<TrackedPosition> current = report.fix().map(fix -> TrackedPosition.of(bind(fix, state),
                report.validFix(), report.temperatures()));
        if (current.isEmpty()) {
            context.drop("no fix: the report has no coordinates");
        }
        for (PositionHandler handler : handlers) {
            if (current.isEmpty()) {
                break;
            }
            current = handler.handle(current.get(), context);
        }
        current.ifPresent(state::accept);
        return new ChainResult(current, context.dropReason(), context.statusEvents(), context.geofenceEvents(),
                context.outOfOrder());
    }

    /** The fix was checked when decoded, and the tenant and vehicle when the device was bound (its Binding). */
    private static TrackingPosition bind(TrackingPosition fix, DeviceState state) {
        return fix.toBuilder().tenant(state.tenant()).vehicleId(state.vehicleId()).buildUnvalidated();
    }
}
