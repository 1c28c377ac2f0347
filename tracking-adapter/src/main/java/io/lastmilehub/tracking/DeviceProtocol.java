package io.lastmilehub.tracking;

import java.util.Optional;

/**
 * A device protocol, as the factory of its decoder: the hub finds every one through
 * {@code META-INF/services/io.lastmilehub.tracking.DeviceProtocol} and answers on {@code /devices/<protocol>} (or, for
 * a tenant's stream, {@code /api/v1/telematics/<protocol>}) with it. A new protocol is {@code XxxProtocol} (this) +
 * {@code XxxProtocolDecoder} + its test, and one line in that services file; nothing in the hub names it.
 */
public interface DeviceProtocol {

    /** How the hub knows which device a message is from, and that it is that device. */
    enum Authentication {
        /**
         * The message names its devices; a device with a secret must present it (query parameter {@code secret} or
         * HTTP Basic). Phones with Traccar Client or OsmAnd.
         */
        NAMED_IN_MESSAGE,
        /** HTTP Basic with the device id as user and the device's secret as password; the message is that device's. */
        DEVICE_CREDENTIALS,
        /** A tenant's platform streams many devices' messages with the tenant's API key; each must be the tenant's. */
        TENANT_STREAM
    }

    /** The protocol's name, e.g. {@code osmand}: its path {@code /devices/osmand}. */
    String protocol();

    Authentication authentication();

    /**
     * A decoder.
     *
     * @param knownDevice the device the transport already proved (HTTP Basic user, MQTT topic): every report is then
     *                    that device's; {@code null} when the decoder takes the device from each message
     */
    ProtocolDecoder decoder(String knownDevice);

    /** The body a successful HTTP request is answered with, as the device app expects it; null for none. */
    default String acknowledgement() {
        return null;
    }

    /**
     * Where devices publish this protocol over MQTT, if they do: the hub subscribes to the topic and lets each device
     * use its own topics only.
     */
    default Optional<MqttTopic> mqttTopic() {
        return Optional.empty();
    }
}
