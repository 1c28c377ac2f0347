package io.lastmilehub.hub.fleet;

import io.lastmilehub.hub.errors.InvalidMessageException;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;

/** The {@code asOf} query parameter: an ISO-8601 date-time with its offset, seconds optional; now when left out. */
final class AsOf {

    private AsOf() {
    }

    /** @throws InvalidMessageException naming {@code asOf} when it is not such a date-time */
    static Instant parse(String text, Clock clock) {
        if (text == null || text.isBlank()) {
            return clock.instant();
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException e) {
            throw new InvalidMessageException("asOf", "must be an ISO-8601 date-time with an offset, e.g. "
                    + "2026-11-01T00:00Z");
        }
    }
}
