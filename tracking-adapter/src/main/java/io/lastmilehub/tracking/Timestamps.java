package io.lastmilehub.tracking;

import java.math.BigDecimal;
import java.time.DateTimeException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.temporal.TemporalAccessor;
import java.util.regex.Pattern;

/**
 * Reads the time forms devices send: epoch seconds, epoch milliseconds, epoch seconds with a fraction, ISO-8601
 * with or without an offset, and {@code yyyy-MM-dd HH:mm:ss}. Times without an offset are UTC.
 */
final class Timestamps {

    private static final Pattern INTEGER = Pattern.compile("\\d+");
    private static final Pattern DECIMAL = Pattern.compile("\\d+\\.\\d+");

    private Timestamps() {
    }

    /** Parses one timestamp. */
    static Instant parse(String value) throws DecodeException {
        String text = value.trim();
        try {
            if (INTEGER.matcher(text).matches()) {
                return epoch(Long.parseLong(text));
            }
            if (DECIMAL.matcher(text).matches()) {
                return epochSeconds(new BigDecimal(text));
            }
            return dateTime(text.replace(' ', 'T'));
        } catch (NumberFormatException | DateTimeParseException e) {
            throw new DecodeException("timestamp: not epoch seconds, milliseconds or ISO-8601", e);
        }
    }

    /** Seconds up to 2038 (as Traccar does: below Integer.MAX_VALUE), milliseconds above. */
    static Instant epoch(long value) throws DecodeException {
        try {
            return value < Integer.MAX_VALUE ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
        } catch (DateTimeException e) {
            throw outOfRange(e);
        }
    }

    /** Epoch seconds with a fraction, kept to the nanosecond. */
    static Instant epochSeconds(BigDecimal seconds) throws DecodeException {
        try {
            BigDecimal whole = new BigDecimal(seconds.toBigInteger());
            long nanos = seconds.subtract(whole).movePointRight(9).longValue();
            return Instant.ofEpochSecond(whole.longValueExact(), nanos);
        } catch (DateTimeException | ArithmeticException e) {
            throw outOfRange(e);
        }
    }

    /** A number beyond the years an Instant holds. */
    private static DecodeException outOfRange(RuntimeException e) {
        return new DecodeException("timestamp: out of range", e);
    }

    private static Instant dateTime(String text) {
        TemporalAccessor parsed = DateTimeFormatter.ISO_DATE_TIME.parseBest(text,
                OffsetDateTime::from, LocalDateTime::from);
        if (parsed instanceof OffsetDateTime offset) {
            return offset.toInstant();
        }
        return ((LocalDateTime) parsed).toInstant(ZoneOffset.UTC);
    }
}
