package io.lastmilehub.hub.messaging;

import io.lastmilehub.tracking.DeviceProtocol;
import io.lastmilehub.tracking.DeviceProtocols;
import io.lastmilehub.tracking.MqttTopic;

import java.util.List;

/**
 * The broker's addresses of the MQTT topics devices publish on, as each device protocol declares them
 * ({@link DeviceProtocol#mqttTopic()}): Artemis maps a topic's {@code /} to {@code .} and its single-level wildcard
 * {@code +} to {@code *}, so {@code owntracks/+/+} is the address {@code owntracks.*.*}.
 */
public final class MqttAddresses {

    private MqttAddresses() {
    }

    /** The MQTT topics of every protocol that has one. */
    public static List<MqttTopic> topics(DeviceProtocols protocols) {
        return protocols.all().stream().flatMap(protocol -> protocol.mqttTopic().stream()).toList();
    }

    /** The wildcard address of a topic filter, e.g. {@code owntracks.*.*}. */
    public static String of(MqttTopic topic) {
        return topic.filter().replace('/', '.').replace('+', '*');
    }

    /** The hub's durable multicast queue on the topic's wildcard address, e.g. {@code hub-owntracks}. */
    public static String subscription(MqttTopic topic) {
        return "hub-" + topic.name();
    }

    /** Whether an address is one of the device's own topics, e.g. {@code owntracks.van-1.phone} of {@code van-1}. */
    public static boolean isOwnedBy(MqttTopic topic, String deviceId, String address) {
        return address.startsWith(topic.topicsOf(deviceId).replace('/', '.'));
    }
}
