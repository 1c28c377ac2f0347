package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.tracking.DecodeException;
import io.lastmilehub.tracking.DeviceBindings;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;

/**
 * What devices published over MQTT, as the broker delivers it to the hub: the device is the one the topic names
 * (the broker lets a device publish on its own topics only). An unreadable message, or one of a device unbound since,
 * is refused so that the route dead-letters it with its payload.
 */
@Component
public class MqttPositions {

    private final TrackingService tracking;
    private final DeviceRegistry devices;

    public MqttPositions(TrackingService tracking, DeviceRegistry devices) {
        this.tracking = tracking;
        this.devices = devices;
    }

    /**
     * The tenant of the device an address names (for the tenant header, so that a dead letter is the tenant's), or
     * {@code null}.
     */
    public String tenantOf(String address) {
        String[] levels = address == null ? new String[0] : address.split("\\.");
        int deviceLevel = levels.length > 0 && "owntracks".equals(levels[0]) ? 1 : 2;
        return levels.length <= deviceLevel ? null
                : devices.find(levels[deviceLevel]).map(DeviceBindings.Binding::tenant).orElse(null);
    }

    /** An OwnTracks message on {@code owntracks/<device>/<name>} (address {@code owntracks.<device>.<name>}). */
    public int ownTracks(String address, byte[] payload) {
        return accept(address, 1, "owntracks", payload);
    }

    /** A flespi-style JSON message on {@code lastmile/devices/<device>/position}. */
    public int json(String address, byte[] payload) {
        return accept(address, 2, "flespi", payload);
    }

    private int accept(String address, int deviceLevel, String protocol, byte[] payload) {
        String[] levels = address == null ? new String[0] : address.split("\\.");
        if (levels.length <= deviceLevel) {
            throw new InvalidMessageException("topic", "no device in the topic '" + address + "'");
        }
        try {
            DeviceBindings.Binding device = devices.require(levels[deviceLevel]);
            return tracking.acceptFrom(device, protocol, new String(payload, StandardCharsets.UTF_8));
        } catch (DeviceBindings.UnknownDeviceException e) {
            throw new InvalidMessageException("topic", e.getMessage());
        } catch (DecodeException e) {
            throw new InvalidMessageException("payload", e.getMessage());
        }
    }
}
