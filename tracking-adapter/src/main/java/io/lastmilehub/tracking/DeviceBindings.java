package io.lastmilehub.tracking;

import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Which device reports for which tenant and vehicle (and driver), from configuration or the API. A report from a
 * device that is not bound is refused with a clear reason instead of being guessed at.
 */
public final class DeviceBindings {

    /** A device's binding. */
    public record Binding(String deviceId, String tenant, String vehicleId, String driverId) {

        /** The most characters of a tenant or vehicle id, as a canonical position allows. */
        static final int MAX_ID = 100;

        /**
         * Checks the ids every position of the device will carry, once here rather than at every position.
         *
         * @throws IllegalArgumentException naming the id that is too long
         */
        public Binding {
            requireShort("tenant", tenant, deviceId);
            requireShort("vehicleId", vehicleId, deviceId);
        }

        private static void requireShort(String field, String value, String deviceId) {
            if (value != null && value.length() > MAX_ID) {
                throw new IllegalArgumentException("device " + deviceId + ": " + field + " is longer than " + MAX_ID
                        + " characters");
            }
        }
    }

    /** A report from a device nobody bound; the message names the device. */
    public static final class UnknownDeviceException extends Exception {

        private static final long serialVersionUID = 1L;

        public UnknownDeviceException(String deviceId) {
            super("unknown device '" + deviceId + "': bind it to a vehicle in the configuration or through the API");
        }
    }

    private final Map<String, Binding> byDevice = new ConcurrentHashMap<>();

    /** Binds a device, replacing an earlier binding of it. */
    public void bind(Binding binding) {
        byDevice.put(binding.deviceId(), binding);
    }

    /** Removes a device's binding. */
    public void unbind(String deviceId) {
        byDevice.remove(deviceId);
    }

    /** The binding of a device, if it has one. */
    public Optional<Binding> find(String deviceId) {
        return Optional.ofNullable(byDevice.get(deviceId));
    }

    /** The binding of a device that must be bound. */
    public Binding require(String deviceId) throws UnknownDeviceException {
        return find(deviceId).orElseThrow(() -> new UnknownDeviceException(deviceId));
    }
}
