package io.lastmilehub.tracking;

import java.util.Arrays;
import java.util.List;

/**
 * Where devices publish a protocol over MQTT: a topic filter with one level for the device id, e.g.
 * {@code owntracks/+/+} with the device at level 1. The levels before the device's are fixed, so that each device
 * has topics of its own ({@code owntracks/<device>/...}) and may use no other.
 *
 * @param name        what the hub calls its intake of these topics (letters, digits and '-'), e.g. {@code owntracks}
 * @param filter      the MQTT topic filter the hub subscribes to
 * @param deviceLevel the level of the filter, from 0, that holds the device id: a {@code +}
 */
public record MqttTopic(String name, String filter, int deviceLevel) {

    public MqttTopic {
        if (name == null || !name.matches("[a-z0-9-]+")) {
            throw new IllegalArgumentException("MQTT topic name '" + name + "': letters, digits and '-' only");
        }
        List<String> levels = filter == null ? List.of() : Arrays.asList(filter.split("/", -1));
        if (deviceLevel < 0 || deviceLevel >= levels.size() || !"+".equals(levels.get(deviceLevel))) {
            throw new IllegalArgumentException("MQTT topic " + name + ": level " + deviceLevel + " of '" + filter
                    + "' must be the device's '+'");
        }
        if (levels.subList(0, deviceLevel).stream().anyMatch(level -> level.isEmpty() || level.matches(".*[+#].*"))) {
            throw new IllegalArgumentException("MQTT topic " + name + ": the levels of '" + filter
                    + "' before the device's must be fixed");
        }
    }

    /** The start of every topic of this device, e.g. {@code owntracks/van-1/}. */
    public String topicsOf(String deviceId) {
        return String.join("/", Arrays.asList(filter.split("/", -1)).subList(0, deviceLevel)) + "/" + deviceId + "/";
    }
}
