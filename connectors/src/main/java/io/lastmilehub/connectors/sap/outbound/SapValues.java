package io.lastmilehub.connectors.sap.outbound;

import java.math.BigDecimal;
import java.math.RoundingMode;

/** Values as SAP's IDoc fields take them. */
final class SapValues {

    private SapValues() {
    }

    /**
     * A document number in SAP's internal form (conversion exit ALPHA): a number is padded with leading zeros to the
     * field's width, e.g. delivery {@code 80004711} as {@code 0080004711}; other text is kept as it is.
     *
     * @param field the canonical field the value comes from, named when it does not fit
     * @throws SapOutboundException when the value is longer than the SAP field
     */
    static String alpha(String value, int width, String field) {
        String text = value.strip();
        if (text.isEmpty() || text.length() > width) {
            throw new SapOutboundException(field, "'" + value + "' does not fit SAP's " + width
                    + "-character document number");
        }
        return text.chars().allMatch(Character::isDigit) ? "0".repeat(width - text.length()) + text : text;
    }

    /** A decimal as IDoc fields carry it: plain digits with a point, rounded half up to the scale, e.g. 13.900. */
    static String decimal(BigDecimal value, int scale) {
        return value.setScale(scale, RoundingMode.HALF_UP).toPlainString();
    }

    /** A decimal of a double, e.g. kilometres from metres. */
    static String decimal(double value, int scale) {
        return decimal(BigDecimal.valueOf(value), scale);
    }

    /** Text cut to a CHAR field's width. */
    static String fit(String text, int width) {
        return text == null || text.length() <= width ? text : text.substring(0, width);
    }
}
