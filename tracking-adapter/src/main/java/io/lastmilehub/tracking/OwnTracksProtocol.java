package io.lastmilehub.tracking;

import java.util.Optional;

/** {@code owntracks}: the OwnTracks app over HTTP (Basic) and MQTT ({@link OwnTracksProtocolDecoder}). */
public final class OwnTracksProtocol implements DeviceProtocol {

    @Override
    public String protocol() {
        return "owntracks";
    }

    @Override
    public Authentication authentication() {
        return Authentication.DEVICE_CREDENTIALS;
    }

    @Override
    public ProtocolDecoder decoder(String knownDevice) {
        return new OwnTracksProtocolDecoder(knownDevice);
    }

    /** {@code owntracks/<user>/<device>}: the hub's device id is the OwnTracks user. */
    @Override
    public Optional<MqttTopic> mqttTopic() {
        return Optional.of(new MqttTopic("owntracks", "owntracks/+/+", 1));
    }

    /** OwnTracks expects a JSON array back (the friends' positions it should show); it gets none. */
    @Override
    public String acknowledgement() {
        return "[]";
    }
}
