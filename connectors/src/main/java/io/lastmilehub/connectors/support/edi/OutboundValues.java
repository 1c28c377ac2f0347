package io.lastmilehub.connectors.support.edi;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Parcel;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.math.RoundingMode;
import java.util.HexFormat;
import java.util.regex.Pattern;

/**
 * Values from the canonical model made fit for an element we send. In free text, line breaks and tabs become spaces,
 * runs of blanks one space, and the value is cut to the element's maximum length. Separators are the partner's
 * {@link EdiSyntax}'s business: {@link EdiOutput} replaces them (X12) or StAEDI escapes them (EDIFACT).
 */
public final class OutboundValues {

    private static final Pattern UNSAFE = Pattern.compile("[\\r\\n\\t]+");
    private static final Pattern BLANKS = Pattern.compile(" {2,}");

    private OutboundValues() {
    }

    /** The value cleaned and cut to {@code maxLength}; empty for null. */
    public static String clip(String value, int maxLength) {
        if (value == null) {
            return "";
        }
        String clean = BLANKS.matcher(UNSAFE.matcher(value).replaceAll(" ")).replaceAll(" ").strip();
        return clean.length() > maxLength ? clean.substring(0, maxLength).strip() : clean;
    }

    /**
     * An identifier for an element of at most {@code maxLength} characters: the id itself when it fits, else a short
     * reference made of its start and 8 hex digits of its SHA-256, so that the same id always gives the same
     * reference and two long ids with the same start still differ (X12 B10-01 takes 30 characters, a hub order id
     * can have 40 or more).
     */
    public static String reference(String id, int maxLength) {
        if (id == null || id.length() <= maxLength) {
            return id;
        }
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(id.getBytes(StandardCharsets.UTF_8));
            return id.substring(0, maxLength - 9) + "-" + HexFormat.of().formatHex(hash, 0, 4).toUpperCase();
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java runtime", e);
        }
    }

    /** Kilograms with up to three decimals, decimal point written, no trailing zeros (X12 R, EDIFACT n..18). */
    public static String kilograms(double kg) {
        return BigDecimal.valueOf(kg).setScale(3, RoundingMode.HALF_UP).stripTrailingZeros().toPlainString();
    }

    /** Whether a barcode is an SSCC-18 (18 digits), to be sent with the SSCC qualifier. */
    public static boolean isSscc(String barcode) {
        return barcode != null && barcode.length() == 18 && barcode.chars().allMatch(Character::isDigit);
    }

    /** Pieces of an order: the quantities of its parcel lines. */
    public static int pieces(DeliveryOrder order) {
        return order.getParcels().stream().mapToInt(Parcel::getQuantity).sum();
    }
}
