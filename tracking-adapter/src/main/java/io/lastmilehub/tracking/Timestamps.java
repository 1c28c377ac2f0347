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
        } catch (DateTimeException | ArithmeticException e) { // a number beyond the years an Instant holds
            throw new DecodeException("timestamp: out of range", e);
        }
    }

    /** Seconds up to 2038 (as Traccar does: below Integer.MAX_VALUE), milliseconds above. */
    static Instant epoch(long value) {
        return value < Integer.MAX_VALUE ? Instant.ofEpochSecond(value) : Instant.ofEpochMilli(value);
    }

    /** Epoch seconds with a fraction, kept to the nanosecond. */
    static Instant epochSeconds(BigDecimal seconds) {
        BigDecimal whole = new BigDecimal(seconds.toBigInteger());
        long nanos = seconds.subtract(whole).movePointRight(9).longValue();
        return Instant.ofEpochSecond(whole.longValueExact(), nanos);
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
