package io.lastmilehub.connectors.parcelcsv;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Optional;

/**
 * The date and time layouts of parcel status files: DPD's {@code yyyyMMddHHmmss} (and without seconds), ISO-8601
 * with {@code T} or a blank, and the European {@code dd.MM.yyyy HH:mm[:ss]} and {@code dd/MM/yyyy HH:mm[:ss]}; in two
 * columns, the dates {@code yyyyMMdd}, {@code yyyy-MM-dd}, {@code dd.MM.yyyy}, {@code dd/MM/yyyy} and the times
 * {@code HH:mm[:ss]}, {@code HHmm[ss]}.
 */
final class LocalTimestamps {

    private static final List<DateTimeFormatter> DATE_TIMES = List.of(
            DateTimeFormatter.ofPattern("uuuuMMddHHmmss"), DateTimeFormatter.ofPattern("uuuuMMddHHmm"),
            DateTimeFormatter.ofPattern("uuuu-MM-dd['T'][' ']HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("dd.MM.uuuu HH:mm[:ss]"), DateTimeFormatter.ofPattern("dd/MM/uuuu HH:mm[:ss]"));
    private static final List<DateTimeFormatter> DATES = List.of(DateTimeFormatter.BASIC_ISO_DATE,
            DateTimeFormatter.ISO_LOCAL_DATE, DateTimeFormatter.ofPattern("dd.MM.uuuu"),
            DateTimeFormatter.ofPattern("dd/MM/uuuu"));
    private static final List<DateTimeFormatter> TIMES = List.of(DateTimeFormatter.ofPattern("HH:mm[:ss]"),
            DateTimeFormatter.ofPattern("HHmm[ss]"));

    private LocalTimestamps() {
    }

    static Optional<LocalDateTime> dateTime(String text) {
        for (DateTimeFormatter layout : DATE_TIMES) {
            try {
                return Optional.of(LocalDateTime.parse(text, layout));
            } catch (DateTimeParseException e) {
                // the next layout
            }
        }
        return Optional.empty();
    }

    static Optional<LocalDateTime> dateAndTime(String date, String time) {
        Optional<LocalDate> day = first(DATES, date, LocalDate::parse);
        Optional<LocalTime> clock = first(TIMES, time, LocalTime::parse);
        return day.flatMap(d -> clock.map(d::atTime));
    }

    private interface Parser<T> {
        T parse(CharSequence text, DateTimeFormatter layout);
    }

    private static <T> Optional<T> first(List<DateTimeFormatter> layouts, String text, Parser<T> parser) {
        for (DateTimeFormatter layout : layouts) {
            try {
                return Optional.of(parser.parse(text, layout));
            } catch (DateTimeParseException e) {
                // the next layout
            }
        }
        return Optional.empty();
    }
}
