package io.lastmilehub.connectors.wms;

import java.time.ZoneId;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * How one warehouse system writes its confirmations as CSV.
 *
 * @param system     the sending system's name, part of the idempotency key
 * @param delimiter  the field separator
 * @param header     whether the first line names the columns; without one, columns are given by number (1 = first)
 * @param columns    the column (header name, or number) of each field the file has, by field ({@link #FIELDS});
 *                   fields left out are not read
 * @param zone       time zone of times that carry no offset
 * @param weightUnit unit of the weight column: kg, g or lb
 * @param lengthUnit unit of the length, width and height columns: cm, mm, m or in
 */
public record CsvLayout(String system, char delimiter, boolean header, Map<String, String> columns, ZoneId zone,
                        String weightUnit, String lengthUnit) {

    /** The fields a column can be mapped to. */
    public static final List<String> FIELDS = List.of("erpDelivery", "erpSalesOrder", "customerPo", "shopOrder",
            "event", "occurredAt", "parcelId", "sscc", "trackingNumber", "quantity", "weight", "length", "width",
            "height", "description");
    private static final Map<String, Double> KILOGRAMS = Map.of("kg", 1.0, "g", 0.001, "lb", 0.45359237);
    private static final Map<String, Double> CENTIMETRES = Map.of("cm", 1.0, "mm", 0.1, "m", 100.0, "in", 2.54);
    /** The units of the weight column. */
    public static final List<String> WEIGHT_UNITS = KILOGRAMS.keySet().stream().sorted().toList();
    /** The units of the length, width and height columns. */
    public static final List<String> LENGTH_UNITS = CENTIMETRES.keySet().stream().sorted().toList();

    /**
     * @throws IllegalArgumentException naming a field that is not one of {@link #FIELDS}, a unit not known, or a
     *                                  headerless column that is not a number
     */
    public CsvLayout {
        Objects.requireNonNull(system, "system");
        Objects.requireNonNull(zone, "zone");
        columns = Map.copyOf(columns);
        columns.keySet().stream().filter(field -> !FIELDS.contains(field)).findFirst().ifPresent(field -> {
            throw new IllegalArgumentException("unknown column field '" + field + "'; known: " + FIELDS);
        });
        if (!header) {
            columns.values().stream().filter(column -> !column.matches("[1-9][0-9]*")).findFirst()
                    .ifPresent(column -> {
                        throw new IllegalArgumentException("without a header, columns are numbers (1 = first): '"
                                + column + "'");
                    });
        }
        unit(KILOGRAMS, weightUnit, "weight");
        unit(CENTIMETRES, lengthUnit, "length");
    }

    /** The standard layout: comma-separated, a header line naming each field as in {@link #FIELDS}, UTC, kg, cm. */
    public static CsvLayout standard() {
        return new CsvLayout("wms", ',', true, FIELDS.stream().collect(Collectors.toMap(Function.identity(),
                Function.identity())), ZoneId.of("UTC"), "kg", "cm");
    }

    /** Kilograms per unit of the weight column. */
    double kilogramsPerUnit() {
        return KILOGRAMS.get(weightUnit);
    }

    /** Centimetres per unit of the length columns. */
    double centimetresPerUnit() {
        return CENTIMETRES.get(lengthUnit);
    }

    /** The columns in the order of {@link #FIELDS}, for messages. */
    Map<String, String> orderedColumns() {
        Map<String, String> ordered = new LinkedHashMap<>();
        FIELDS.stream().filter(columns::containsKey).forEach(field -> ordered.put(field, columns.get(field)));
        return ordered;
    }

    private static void unit(Map<String, Double> units, String unit, String what) {
        if (!units.containsKey(unit)) {
            throw new IllegalArgumentException("unknown " + what + " unit '" + unit + "'; known: "
                    + Arrays.toString(units.keySet().stream().sorted().toArray()));
        }
    }
}
