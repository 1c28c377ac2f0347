package io.lastmilehub.tracking;

import java.util.Optional;

/** {@code flespi}: a tenant's flespi HTTP stream, and JSON trackers over MQTT ({@link FlespiProtocolDecoder}). */
public final class FlespiProtocol implements DeviceProtocol {

    @Override
    public String protocol() {
        return "flespi";
    }

    @Override
    public Authentication authentication() {
        return Authentication.TENANT_STREAM;
    }

    @Override
    public ProtocolDecoder decoder(String knownDevice) {
        return new FlespiProtocolDecoder(knownDevice);
    }

    /** JSON trackers publish flespi-style messages of one device on {@code lastmile/devices/<device>/position}. */
    @Override
    public Optional<MqttTopic> mqttTopic() {
        return Optional.of(new MqttTopic("device-json", "lastmile/devices/+/position", 2));
    }
}
