package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.sap.idoc.Segment;
import io.lastmilehub.connectors.spi.MappingException;

import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeSet;
import java.util.regex.Pattern;

/**
 * Quantities, weights, volumes and lengths as IDocs carry them: decimal text with a point and SAP's trailing minus
 * ({@code 12.500}, {@code 3.000-}), in the unit named by a sibling field, as an ISO code ({@code KGM}) or an SAP
 * internal unit ({@code KG}). The hub works in kilograms, cubic metres and centimetres.
 */
final class SapQuantities {

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+(\\.\\d*)?|\\.\\d+)-?");

    private static final Map<String, Double> KILOGRAMS = Map.ofEntries(
            Map.entry("KGM", 1.0), Map.entry("KG", 1.0),
            Map.entry("GRM", 0.001), Map.entry("G", 0.001),
            Map.entry("TNE", 1000.0), Map.entry("TO", 1000.0),
            Map.entry("LBR", 0.45359237), Map.entry("LB", 0.45359237),
            Map.entry("ONZ", 0.028349523125), Map.entry("OZ", 0.028349523125));

    private static final Map<String, Double> CUBIC_METRES = Map.ofEntries(
            Map.entry("MTQ", 1.0), Map.entry("M3", 1.0),
            Map.entry("LTR", 0.001), Map.entry("L", 0.001),
            Map.entry("DMQ", 0.001), Map.entry("DM3", 0.001),
            Map.entry("CMQ", 1e-6), Map.entry("CM3", 1e-6), Map.entry("CCM", 1e-6),
            Map.entry("FTQ", 0.028316846592), Map.entry("FT3", 0.028316846592),
            Map.entry("INQ", 1.6387064e-5), Map.entry("IN3", 1.6387064e-5));

    private static final Map<String, Double> CENTIMETRES = Map.ofEntries(
            Map.entry("CMT", 1.0), Map.entry("CM", 1.0),
            Map.entry("MMT", 0.1), Map.entry("MM", 0.1),
            Map.entry("DMT", 10.0), Map.entry("DM", 10.0),
            Map.entry("MTR", 100.0), Map.entry("M", 100.0),
            Map.entry("INH", 2.54), Map.entry("IN", 2.54),
            Map.entry("FOT", 30.48), Map.entry("FT", 30.48));

    private SapQuantities() {
    }

    /**
     * A decimal field, or null when it is left out.
     *
     * @throws MappingException naming the field when it is not a number
     */
    static BigDecimal decimal(Segment segment, String field) {
        String text = segment.field(field);
        if (text == null) {
            return null;
        }
        if (!DECIMAL.matcher(text).matches()) {
            throw new MappingException(SegmentPaths.path(segment, field), "not a number: '" + text + "'");
        }
        boolean negative = text.endsWith("-") || text.startsWith("-");
        BigDecimal value = new BigDecimal(text.replace("-", "").replace("+", ""));
        return negative ? value.negate() : value;
    }

    /** A weight in kilograms, 0 when left out; the unit is in its own field. */
    static double kilograms(Segment segment, String field, String unitField) {
        return convert(segment, field, unitField, KILOGRAMS, "weight");
    }

    /** A volume in cubic metres, 0 when left out. */
    static double cubicMetres(Segment segment, String field, String unitField) {
        return convert(segment, field, unitField, CUBIC_METRES, "volume");
    }

    /** A length in centimetres, 0 when left out. */
    static double centimetres(Segment segment, String field, String unitField) {
        return convert(segment, field, unitField, CENTIMETRES, "length");
    }

    /** A count of pieces: a whole positive quantity, else 1 (a quantity in kilograms or litres is one piece). */
    static int pieces(BigDecimal quantity) {
        if (quantity == null || quantity.signum() <= 0 || quantity.stripTrailingZeros().scale() > 0
                || quantity.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) > 0) {
            return 1;
        }
        return quantity.intValueExact();
    }

    private static double convert(Segment segment, String field, String unitField, Map<String, Double> factors,
                                  String kind) {
        BigDecimal value = decimal(segment, field);
        if (value == null || value.signum() == 0) {
            return 0;
        }
        if (value.signum() < 0) {
            throw new MappingException(SegmentPaths.path(segment, field), "negative " + kind + ": " + value);
        }
        String unit = segment.field(unitField);
        if (unit == null) {
            throw new MappingException(SegmentPaths.path(segment, unitField), "missing: the unit of " + field + " "
                    + value.toPlainString());
        }
        Double factor = factors.get(unit);
        if (factor == null) {
            throw new MappingException(SegmentPaths.path(segment, unitField), "unknown " + kind + " unit '" + unit
                    + "'; known: " + String.join(", ", new TreeSet<>(factors.keySet())));
        }
        return value.doubleValue() * factor;
    }
}
