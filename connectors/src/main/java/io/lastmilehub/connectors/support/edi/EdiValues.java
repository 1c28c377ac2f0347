package io.lastmilehub.connectors.support.edi;

import io.lastmilehub.connectors.spi.MappingException;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/**
 * Values as X12 and EDIFACT write them: numbers with an implied or explicit decimal point, dates {@code CCYYMMDD}
 * (X12 DT, EDIFACT format 102) and {@code CCYYMMDDHHMM} (EDIFACT 203), times {@code HHMM[SS]}, weights with their
 * unit codes (X12 355/188: {@code L}, {@code LB}, {@code K}, {@code KG}; EDIFACT 6411: {@code KGM}, {@code LBR},
 * {@code TNE}, {@code GRM}).
 */
public final class EdiValues {

    private static final double KG_PER_POUND = 0.45359237;
    private static final Map<String, Double> KG_PER_UNIT = Map.of("L", KG_PER_POUND, "LB", KG_PER_POUND,
            "LBR", KG_PER_POUND, "01", KG_PER_POUND, "K", 1.0, "KG", 1.0, "KGM", 1.0, "TNE", 1000.0,
            "GRM", 0.001);
    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuuMMdd", Locale.ROOT);

    private EdiValues() {
    }

    /** Whether a unit code is a weight unit (X12 355 {@code LB}, {@code KG}; EDIFACT {@code KGM}...). */
    public static boolean isWeightUnit(String unit) {
        return unit != null && unit.length() > 1 && KG_PER_UNIT.containsKey(unit.strip().toUpperCase(Locale.ROOT));
    }

    /** A number, or 0 when the text is empty. */
    public static double number(String text, String field) {
        if (text == null || text.isBlank()) {
            return 0;
        }
        try {
            return new BigDecimal(text.strip().replace(',', '.')).doubleValue();
        } catch (NumberFormatException e) {
            throw new MappingException(field, "not a number: '" + text + "'");
        }
    }

    /** Null for an empty or blank value, else the value. */
    public static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    /** A quantity as a whole number of at least 1 (fractions are rounded up; empty or 0 is 1). */
    public static int quantity(String text, String field) {
        double value = number(text, field);
        return (int) Math.max(1, Math.ceil(value));
    }

    /**
     * A weight in kilograms.
     *
     * @throws MappingException when the unit is not a weight unit we know
     */
    public static double kilograms(String value, String unit, String field) {
        double amount = number(value, field);
        if (amount == 0) {
            return 0;
        }
        Double factor = KG_PER_UNIT.get(unit == null ? "" : unit.strip().toUpperCase(Locale.ROOT));
        if (factor == null) {
            throw new MappingException(field, "unknown weight unit '" + unit + "'");
        }
        return amount * factor;
    }

    /**
     * An SSCC-18 as printed on the label: 18 digits, without the GS1 application identifier {@code 00} that some
     * senders keep in front (20 digits). Anything else is returned as sent.
     */
    public static String sscc(String text) {
        String value = text == null ? "" : text.strip();
        return value.length() == 20 && value.startsWith("00") && value.chars().allMatch(Character::isDigit)
                ? value.substring(2) : value;
    }

    /** A date {@code CCYYMMDD} (or {@code YYMMDD}, read as 20YY). */
    public static LocalDate date(String text, String field) {
        String value = text == null ? "" : text.strip();
        try {
            return LocalDate.parse(value.length() == 6 ? "20" + value : value, DATE);
        } catch (DateTimeParseException e) {
            throw new MappingException(field, "not a date CCYYMMDD: '" + text + "'");
        }
    }

    /** A time {@code HHMM} or {@code HHMMSS}, or {@code fallback} when empty. */
    public static LocalTime time(String text, LocalTime fallback, String field) {
        String value = text == null ? "" : text.strip();
        if (value.isEmpty()) {
            return fallback;
        }
        try {
            int hour = Integer.parseInt(value.substring(0, 2));
            int minute = Integer.parseInt(value.substring(2, 4));
            int second = value.length() >= 6 ? Integer.parseInt(value.substring(4, 6)) : 0;
            return hour == 24 ? LocalTime.MAX : LocalTime.of(hour, minute, second);
        } catch (RuntimeException e) {
            throw new MappingException(field, "not a time HHMM: '" + text + "'");
        }
    }

    /** A local date and time in a zone, as an instant. */
    public static Instant instant(LocalDate date, LocalTime time, ZoneId zone) {
        return date.atTime(time).atZone(zone).toInstant();
    }
}
