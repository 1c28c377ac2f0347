package io.lastmilehub.tracking;

import io.lastmilehub.model.TrackingPosition;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * What one device message said. A report usually carries a fix (a canonical {@link TrackingPosition}); one from a
 * device without coordinates (cell towers or Wi-Fi only) carries just the device, the time and its attributes.
 *
 * @param deviceId     id the device sent
 * @param time         device time of the report (UTC), or the receive time when the device sent none
 * @param position     the fix, or {@code null} when the message had no coordinates
 * @param validFix     whether the device itself called the fix valid (GNSS lock)
 * @param temperatures every temperature sensor reading in degrees Celsius, in sensor order
 * @param attributes   the other fields the protocol sent, by their wire name, for logs and later handlers
 */
public record DeviceReport(String deviceId, Instant time, TrackingPosition position, boolean validFix,
                           List<Double> temperatures, Map<String, String> attributes) {

    /** Checks the required fields and copies the collections. */
    public DeviceReport {
        Objects.requireNonNull(deviceId, "deviceId");
        Objects.requireNonNull(time, "time");
        temperatures = List.copyOf(temperatures);
        attributes = Map.copyOf(attributes);
    }

    /** The fix, if the message had coordinates. */
    public Optional<TrackingPosition> fix() {
        return Optional.ofNullable(position);
    }
}
