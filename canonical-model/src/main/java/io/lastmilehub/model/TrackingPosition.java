package io.lastmilehub.model;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlAttribute;
import jakarta.xml.bind.annotation.XmlRootElement;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

import java.time.Instant;

/**
 * One position report of a vehicle or device.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlRootElement(name = "trackingPosition")
@FiniteNumbers
@XmlType(name = "TrackingPosition")
public class TrackingPosition {

    /** Version of the canonical schema this document follows; see {@link SchemaVersion}. */
    @XmlAttribute
    @Builder.Default
    String schemaVersion = SchemaVersion.CURRENT;

    /** Tenant. */
    @Size(max = 100)
    String tenant;

    /** Device that reported it. */
    @NotBlank
    @Size(max = 100)
    String deviceId;

    /** Vehicle the device is bound to. */
    @Size(max = 100)
    String vehicleId;

    /** When the fix was taken (device time, UTC). */
    @NotNull
    Instant time;

    /** Where. */
    @NotNull
    @Valid
    GeoPoint location;

    /** Speed in km/h. */
    @PositiveOrZero
    Double speedKmh;

    /** Heading in degrees from north. */
    Double headingDeg;

    /** Horizontal accuracy in metres. */
    @PositiveOrZero
    Double accuracyMeters;

    /** Altitude in metres. */
    Double altitudeMeters;

    /** Battery level in percent. */
    Double batteryPercent;

    /** Cargo temperature in degrees Celsius, from a reefer sensor. */
    Double temperatureCelsius;

    /** Builds TrackingPositions that satisfy their constraints. */
    public static class TrackingPositionBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public TrackingPosition build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
