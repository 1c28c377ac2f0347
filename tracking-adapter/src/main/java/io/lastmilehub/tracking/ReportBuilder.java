package io.lastmilehub.tracking;

import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.InvalidModelException;
import io.lastmilehub.model.TrackingPosition;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Collects the fields of one report while a decoder reads a message, then builds the {@link DeviceReport}.
 * Negative speed, heading, accuracy and battery values are the "unknown" markers of the phone apps (-1) and
 * are left out.
 */
final class ReportBuilder {

    private final Map<String, String> attributes = new LinkedHashMap<>();
    private final List<Double> temperatures = new ArrayList<>();
    private String deviceId;
    private Instant time;
    private Double latitude;
    private Double longitude;
    private boolean valid = true;
    /** The first field given a value no measurement has (NaN or infinite: "NaN", "Infinity", 1e999), if any. */
    private String notFinite;
    private final TrackingPosition.TrackingPositionBuilder position = TrackingPosition.builder();

    ReportBuilder deviceId(String value) {
        this.deviceId = value == null || value.isBlank() ? null : value.trim();
        return this;
    }

    ReportBuilder time(Instant value) {
        this.time = value;
        return this;
    }

    ReportBuilder latitude(double value) {
        this.latitude = finite("latitude", value);
        return this;
    }

    ReportBuilder longitude(double value) {
        this.longitude = finite("longitude", value);
        return this;
    }

    ReportBuilder valid(boolean value) {
        this.valid = value;
        return this;
    }

    ReportBuilder speedKmh(double value) {
        position.speedKmh(finite("speedKmh", value) < 0 ? null : value);
        return this;
    }

    ReportBuilder headingDeg(double value) {
        position.headingDeg(finite("headingDeg", value) < 0 ? null : value % 360);
        return this;
    }

    ReportBuilder accuracyMeters(double value) {
        position.accuracyMeters(finite("accuracyMeters", value) < 0 ? null : value);
        return this;
    }

    ReportBuilder altitudeMeters(double value) {
        position.altitudeMeters(finite("altitudeMeters", value));
        return this;
    }

    ReportBuilder batteryPercent(double value) {
        position.batteryPercent(finite("batteryPercent", value) < 0 ? null : Math.min(value, 100));
        return this;
    }

    ReportBuilder temperature(double celsius) {
        temperatures.add(finite("temperature", celsius));
        return this;
    }

    /** The value, noting the field when the value is not a finite number (refused at {@link #build}). */
    private double finite(String field, double value) {
        if (!Double.isFinite(value) && notFinite == null) {
            notFinite = field;
        }
        return value;
    }

    ReportBuilder attribute(String key, String value) {
        attributes.merge(key, value, (first, next) -> first + ";" + next);
        return this;
    }

    /** Builds the report; reports without a time get the receive time. */
    DeviceReport build(Instant receivedAt) throws DecodeException {
        if (deviceId == null) {
            throw new DecodeException("no device id: the message must name its device");
        }
        if (notFinite != null) {
            throw new DecodeException(notFinite + ": not a finite number");
        }
        Instant when = time != null ? time : receivedAt;
        return new DeviceReport(deviceId, when, fix(when), valid, temperatures, attributes);
    }

    private TrackingPosition fix(Instant when) throws DecodeException {
        if (latitude == null || longitude == null) {
            return null;
        }
        try {
            // the point is checked with the position, which validates its location too: checked once, not twice
            return position.deviceId(deviceId).time(when)
                    .location(GeoPoint.builder().latitude(latitude).longitude(longitude).buildUnvalidated())
                    .temperatureCelsius(temperatures.isEmpty() ? null : temperatures.get(0))
                    .build();
        } catch (InvalidModelException e) {
            throw new DecodeException("implausible fix: " + e.getMessage(), e);
        }
    }
}
