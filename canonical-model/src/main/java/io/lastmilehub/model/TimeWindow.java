package io.lastmilehub.model;

import com.fasterxml.jackson.annotation.JsonIgnore;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;
import jakarta.xml.bind.annotation.XmlType;
import lombok.AccessLevel;
import lombok.AllArgsConstructor;
import lombok.Builder;
import lombok.NoArgsConstructor;
import lombok.Value;

import java.time.Instant;

/**
 * An interval in which a stop may be served. Instants are UTC; zoneId is the destination's zone for showing
 * local times.
 */
@Value
@Builder(toBuilder = true, buildMethodName = "buildUnvalidated")
@NoArgsConstructor(force = true, access = AccessLevel.PRIVATE)
@AllArgsConstructor(access = AccessLevel.PRIVATE)
@XmlType(name = "TimeWindow")
public class TimeWindow {

    /** Earliest start of service. */
    @NotNull
    Instant start;

    /** Latest start of service. */
    @NotNull
    Instant end;

    /** IANA time zone of the destination, e.g. Europe/Berlin. */
    @Size(max = 64)
    String zoneId;

    @AssertTrue(message = "end must not be before start")
    @JsonIgnore
    private boolean isOrdered() {
        return start == null || end == null || !end.isBefore(start);
    }

    /** Builds TimeWindows that satisfy their constraints. */
    public static class TimeWindowBuilder {

        /** @throws InvalidModelException naming each field that breaks a constraint */
        public TimeWindow build() {
            return ModelValidator.requireValid(buildUnvalidated());
        }
    }
}
