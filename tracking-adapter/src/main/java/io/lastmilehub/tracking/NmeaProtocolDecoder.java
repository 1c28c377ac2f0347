package io.lastmilehub.tracking;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * NMEA 0183 sentences, one a line: {@code $GPRMC}/{@code $GNRMC} (recommended minimum: time, status, position,
 * speed, course, date) and {@code $GPGGA}/{@code $GNGGA} (fix data: time, position, quality, satellites, HDOP,
 * altitude), from any talker ({@code GP} GPS, {@code GN} multi-constellation, {@code GL}, {@code GA}, {@code GB}).
 * Every sentence's checksum ({@code *hh}, the XOR of the characters between {@code $} and {@code *}) is verified; a
 * sentence without one or with a wrong one refuses the message, naming its line and type. Other sentences (GSA, GSV,
 * VTG) are checked and skipped. A GGA at the time of the RMC before it adds its altitude and satellites to that fix;
 * a GGA alone takes its date from the sentence before it (the next day when its time is more than 12 hours earlier:
 * it was sent after midnight), else from the day it was received (the day before when its time is later than the
 * receive time). Sentences without a position (a receiver still searching) report nothing.
 */
public class NmeaProtocolDecoder implements ProtocolDecoder {

    private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("ddMMyy");

    private final String knownDevice;

    /** @param knownDevice the device the credentials proved; the sentences name none */
    public NmeaProtocolDecoder(String knownDevice) {
        this.knownDevice = knownDevice;
    }

    @Override
    public String protocol() {
        return "nmea";
    }

    @Override
    public List<DeviceReport> decode(String message, Instant receivedAt) throws DecodeException {
        if (knownDevice == null) {
            throw new DecodeException("nmea: NMEA sentences name no device; send them with the device's credentials");
        }
        List<DeviceReport> reports = new ArrayList<>();
        ReportBuilder pending = null;
        LocalTime pendingTime = null;
        LocalDateTime lastDated = null; // date and time of the last sentence with a position
        List<String> lines = message.lines().toList();
        for (int i = 0; i < lines.size(); i++) {
            String line = lines.get(i).strip();
            if (line.isEmpty()) {
                continue;
            }
            String[] fields = NmeaSentence.fields(line, i + 1);
            String type = fields[0].length() == 5 ? fields[0].substring(2) : ""; // talker GP, GN, ..., then type
            String where = "line " + (i + 1) + " ($" + fields[0] + ")";
            if (type.equals("RMC")) {
                if (fields.length < 10) {
                    throw new DecodeException("nmea: " + where + " has " + fields.length + " fields; RMC has 12");
                }
                if (fields[3].isEmpty()) {
                    continue; // no fix yet: a receiver still searching sends its sentences empty
                }
                if (pending != null) {
                    reports.add(pending.build(receivedAt));
                }
                pendingTime = NmeaSentence.time(fields, 1, where);
                lastDated = NmeaSentence.date(fields, 9, where).atTime(pendingTime);
                pending = rmc(fields, lastDated.toInstant(ZoneOffset.UTC), where);
            } else if (type.equals("GGA")) {
                LocalTime time = NmeaSentence.time(fields, 1, where);
                if (pending != null && time.equals(pendingTime)) {
                    gga(pending, fields, where, false);
                } else if (fields.length > 2 && !fields[2].isEmpty()) {
                    if (pending != null) {
                        reports.add(pending.build(receivedAt));
                    }
                    pendingTime = time;
                    Instant at = dated(time, lastDated, receivedAt);
                    lastDated = LocalDateTime.ofInstant(at, ZoneOffset.UTC);
                    pending = gga(new ReportBuilder().deviceId(knownDevice).time(at), fields, where, true);
                }
            }
        }
        if (pending != null) {
            reports.add(pending.build(receivedAt));
        }
        return reports;
    }

    private ReportBuilder rmc(String[] fields, Instant time, String where) throws DecodeException {
        ReportBuilder report = new ReportBuilder().deviceId(knownDevice).time(time)
                .latitude(NmeaSentence.coordinate(fields, 3, where, 2))
                .longitude(NmeaSentence.coordinate(fields, 5, where, 3))
                .valid("A".equals(fields[2])); // A valid, V warning
        if (!fields[7].isEmpty()) {
            report.speedKmh(Units.knotsToKmh(NmeaSentence.number(fields, 7, where))); // knots
        }
        if (!fields[8].isEmpty()) {
            report.headingDeg(NmeaSentence.number(fields, 8, where)); // course over ground, degrees true
        }
        return report;
    }

    private static ReportBuilder gga(ReportBuilder report, String[] fields, String where, boolean position)
            throws DecodeException {
        if (fields.length < 10) {
            throw new DecodeException("nmea: " + where + " has " + fields.length + " fields; GGA has 15");
        }
        if (position) {
            report.latitude(NmeaSentence.coordinate(fields, 2, where, 2))
                    .longitude(NmeaSentence.coordinate(fields, 4, where, 3))
                    .valid(!fields[6].isEmpty() && !"0".equals(fields[6])); // fix quality, 0 invalid
        }
        if (!fields[9].isEmpty()) {
            report.altitudeMeters(NmeaSentence.number(fields, 9, where)); // metres above mean sea level
        }
        report.attribute("satellites", fields[7]).attribute("hdop", fields[8]);
        return report;
    }

    /**
     * The instant of a GGA time: on the date of the sentence before it (the day after, past midnight), else the day
     * received (or the day before, if it is later).
     */
    private static Instant dated(LocalTime time, LocalDateTime lastDated, Instant receivedAt) {
        if (lastDated != null) {
            LocalDateTime sameDay = lastDated.toLocalDate().atTime(time);
            return (sameDay.isBefore(lastDated.minusHours(12)) ? sameDay.plusDays(1) : sameDay)
                    .toInstant(ZoneOffset.UTC);
        }
        Instant sameDay = receivedAt.atOffset(ZoneOffset.UTC).toLocalDate().atTime(time).toInstant(ZoneOffset.UTC);
        return sameDay.isAfter(receivedAt) ? sameDay.minusSeconds(86_400) : sameDay;
    }

    /** Reads the fields of a checked sentence. */
    static final class NmeaSentence {

        private NmeaSentence() {
        }

        /**
         * The comma-separated fields of a sentence whose checksum is right, the address ({@code GPRMC}) first.
         *
         * @throws DecodeException naming the line and sentence type when it is not a sentence or its checksum is wrong
         */
        static String[] fields(String line, int number) throws DecodeException {
            int star = line.lastIndexOf('*');
            String type = line.length() > 6 ? line.substring(0, Math.min(line.length(), 6)) : line;
            if (!line.startsWith("$") || star < 0 || star + 3 != line.length()) {
                throw new DecodeException("nmea: line " + number + " (" + type + ") is not a sentence "
                        + "$<address>,<fields>*<checksum>");
            }
            int computed = 0;
            for (int i = 1; i < star; i++) {
                computed ^= line.charAt(i);
            }
            String given = line.substring(star + 1).toUpperCase(Locale.ROOT);
            String expected = String.format("%02X", computed);
            if (!expected.equals(given)) {
                throw new DecodeException("nmea: line " + number + " (" + type + ") has checksum " + given
                        + " but its characters give " + expected);
            }
            return line.substring(1, star).split(",", -1);
        }

        static double coordinate(String[] fields, int index, String where, int degreeDigits) throws DecodeException {
            String value = field(fields, index, where);
            String hemisphere = field(fields, index + 1, where);
            try {
                double degrees = Double.parseDouble(value.substring(0, degreeDigits))
                        + Double.parseDouble(value.substring(degreeDigits)) / 60; // dddmm.mmmm
                return "S".equals(hemisphere) || "W".equals(hemisphere) ? -degrees : degrees;
            } catch (NumberFormatException | StringIndexOutOfBoundsException e) {
                throw new DecodeException("nmea: " + where + " field " + index + " '" + value
                        + "' is not a coordinate", e);
            }
        }

        static double number(String[] fields, int index, String where) throws DecodeException {
            try {
                return Double.parseDouble(field(fields, index, where));
            } catch (NumberFormatException e) {
                throw new DecodeException("nmea: " + where + " field " + index + " is not a number", e);
            }
        }

        static LocalTime time(String[] fields, int index, String where) throws DecodeException {
            String value = field(fields, index, where);
            try {
                return LocalTime.of(Integer.parseInt(value.substring(0, 2)), Integer.parseInt(value.substring(2, 4)),
                        Integer.parseInt(value.substring(4, 6)), value.length() > 7
                                ? (int) Math.round(Double.parseDouble("0" + value.substring(6)) * 1e9) : 0);
            } catch (RuntimeException e) {
                throw new DecodeException("nmea: " + where + " time '" + value + "' is not hhmmss.ss", e);
            }
        }

        static LocalDate date(String[] fields, int index, String where) throws DecodeException {
            String value = field(fields, index, where);
            try {
                return LocalDate.parse(value, DATE);
            } catch (DateTimeParseException e) {
                throw new DecodeException("nmea: " + where + " date '" + value + "' is not ddmmyy", e);
            }
        }

        private static String field(String[] fields, int index, String where) throws DecodeException {
            if (index >= fields.length || fields[index].isEmpty()) {
                throw new DecodeException("nmea: " + where + " has no field " + index);
            }
            return fields[index];
        }
    }
}
