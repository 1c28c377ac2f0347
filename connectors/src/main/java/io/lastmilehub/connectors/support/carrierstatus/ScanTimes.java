package io.lastmilehub.connectors.support.carrierstatus;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.geo.RegionZones;
import io.lastmilehub.model.Address;

import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.time.format.DateTimeParseException;
import java.util.Optional;

/**
 * Carrier scan times as instants. A time with an offset (or {@code Z}) is that instant. A time without one is the
 * local time of the scan location: its zone comes from the location's country, or its state or province where the
 * country has several zones ({@link RegionZones}); failing that from the format's {@code zone} setting, then from the
 * tenant's default depot. A local time none of these places is refused, naming the field, rather than guessed as UTC.
 * A local time that occurs twice (the autumn change) is taken at its earlier instant.
 */
public final class ScanTimes {

    private final ZoneId fallback;

    /** @param fallback the zone of local times whose location says none; null when there is none */
    public ScanTimes(ZoneId fallback) {
        this.fallback = fallback;
    }

    /**
     * An ISO-8601 date-time, with or without offset.
     *
     * @throws MappingException naming the field when it is not one, or is local and no zone is known
     */
    public Instant instant(String text, String field, Address location) {
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return local(LocalDateTime.parse(text), field, location);
            } catch (DateTimeParseException e) {
                throw new MappingException(field, "'" + text + "' is not an ISO-8601 date-time", e);
            }
        }
    }

    /**
     * A local date-time at the scan location.
     *
     * @throws MappingException naming the field when no zone is known for it
     */
    public Instant local(LocalDateTime time, String field, Address location) {
        return localIfKnown(time, location).orElseThrow(() ->
                new MappingException(field, "local time " + time + " without offset, and neither the scan location "
                        + "(its country) nor the format's zone setting nor the tenant's depot gives its time zone"));
    }

    /** A local date-time at the scan location; empty when no zone is known for it. */
    public Optional<Instant> localIfKnown(LocalDateTime time, Address location) {
        return RegionZones.of(location).or(() -> Optional.ofNullable(fallback))
                .map(zone -> ZonedDateTime.ofLocal(time, zone, null).toInstant());
    }
}
