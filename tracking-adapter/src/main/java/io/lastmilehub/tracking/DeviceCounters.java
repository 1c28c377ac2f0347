package io.lastmilehub.tracking;

import java.util.Map;

/**
 * The vehicle's own counters a report may carry among its attributes, in one unit whatever the protocol: the
 * odometer in metres and the fuel used in litres. Both only ever grow, so a day's use is the last reading minus the
 * first.
 */
public final class DeviceCounters {

    private DeviceCounters() {
    }

    /** The odometer: {@code odometer} in metres (OsmAnd, Traccar Client) or flespi's {@code vehicle.mileage} in km. */
    public static Double odometerMeters(DeviceReport report) {
        Double meters = number(report.attributes(), "odometer");
        Double kilometres = number(report.attributes(), "vehicle.mileage");
        return meters != null ? meters : kilometres == null ? null : kilometres * 1000;
    }

    /** The fuel used since the counter began: flespi's {@code can.fuel.consumed}, litres. */
    public static Double fuelLitres(DeviceReport report) {
        return number(report.attributes(), "can.fuel.consumed");
    }

    private static Double number(Map<String, String> attributes, String key) {
        String value = attributes.get(key);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            return Double.isFinite(number) && number >= 0 ? number : null;
        } catch (NumberFormatException notANumber) {
            return null;
        }
    }
}
