package io.lastmilehub.hub.tracking;

import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.tracking.DecodeException;
import io.lastmilehub.tracking.DeviceBindings;
import io.lastmilehub.tracking.DeviceProtocol;
import io.lastmilehub.tracking.DeviceProtocols;
import io.lastmilehub.tracking.MqttTopic;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * What devices published over MQTT, as the broker delivers it to the hub: the device is the one the topic names
 * (the broker lets a device publish on its own topics only). An unreadable message, or one of a device unbound since,
 * is refused so that the route dead-letters it with its payload.
 */
@Component
public class MqttPositions {

    private final TrackingService tracking;
    private final DeviceRegistry devices;
    private final DeviceProtocols protocols;

    public MqttPositions(TrackingService tracking, DeviceRegistry devices, DeviceProtocols protocols) {
        this.tracking = tracking;
        this.devices = devices;
        this.protocols = protocols;
    }

    /**
     * The tenant of the device an address of the protocol's MQTT topic names (for the tenant header, so that a dead
     * letter is the tenant's), or {@code null}.
     */
    public String tenantOf(String protocol, String address) {
        return deviceOf(protocol, address).flatMap(devices::find).map(DeviceBindings.Binding::tenant).orElse(null);
    }

    /**
     * A message of the protocol on one of its device topics, e.g. {@code owntracks/<device>/<name>} (the address
     * {@code owntracks.<device>.<name>}).
     */
    public int accept(String protocol, String address, byte[] payload) {
        String deviceId = deviceOf(protocol, address).orElseThrow(() -> new InvalidMessageException("topic",
                "no device in the topic '" + address + "'"));
        try {
            DeviceBindings.Binding device = devices.require(deviceId);
            return tracking.acceptFrom(device, protocol, new String(payload, StandardCharsets.UTF_8));
        } catch (DeviceBindings.UnknownDeviceException e) {
            throw new InvalidMessageException("topic", e.getMessage());
        } catch (DecodeException e) {
            throw new InvalidMessageException("payload", e.getMessage());
        }
    }

    private Optional<String> deviceOf(String protocol, String address) {
        int deviceLevel = protocols.find(protocol).flatMap(DeviceProtocol::mqttTopic).map(MqttTopic::deviceLevel)
                .orElseThrow(() -> new IllegalArgumentException(protocol + " has no MQTT topic"));
        String[] levels = address == null ? new String[0] : address.split("\\.");
        return levels.length <= deviceLevel ? Optional.empty() : Optional.of(levels[deviceLevel]);
    }
}
