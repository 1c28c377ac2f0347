package io.lastmilehub.connectors.wms;

import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.WarehouseEvent;
import io.lastmilehub.model.Dimensions;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.InvalidModelException;
import io.lastmilehub.model.Parcel;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeFormatterBuilder;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.Map;

/** Reads the values of a warehouse confirmation, each failure naming where the value is. */
final class WmsValues {

    /** The words warehouse systems use for each event. */
    private static final Map<String, WarehouseEvent> EVENTS = Map.ofEntries(
            Map.entry("PICKED", WarehouseEvent.PICKED), Map.entry("PICK", WarehouseEvent.PICKED),
            Map.entry("PACKED", WarehouseEvent.PACKED), Map.entry("PACK", WarehouseEvent.PACKED),
            Map.entry("SHIPPED", WarehouseEvent.SHIPPED), Map.entry("SHIP", WarehouseEvent.SHIPPED),
            Map.entry("DISPATCHED", WarehouseEvent.SHIPPED), Map.entry("LOADED", WarehouseEvent.SHIPPED));
    /** {@code 2026-11-20 14:05[:00]} or with a {@code T}: a local time in the sender's zone. */
    private static final DateTimeFormatter LOCAL = new DateTimeFormatterBuilder().parseCaseInsensitive()
            .appendPattern("yyyy-MM-dd[' ']['T']HH:mm[:ss]").toFormatter(Locale.ROOT);

    private WmsValues() {
    }

    static WarehouseEvent event(String value, String where) {
        if (value == null) {
            throw new MappingException(where, "missing: expected PICKED, PACKED or SHIPPED");
        }
        WarehouseEvent event = EVENTS.get(value.trim().toUpperCase(Locale.ROOT));
        if (event == null) {
            throw new MappingException(where, "'" + value + "' is not an event: expected PICKED, PACKED or SHIPPED");
        }
        return event;
    }

    /** An ISO-8601 time with offset, or a local date and time in {@code zone}; {@code null} when absent. */
    static Instant instant(String value, ZoneId zone, String where) {
        if (value == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(value).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(value, LOCAL).atZone(zone).toInstant();
            } catch (DateTimeParseException e) {
                throw new MappingException(where, "'" + value + "' is not a time: expected e.g. 2026-11-20T14:05:00Z"
                        + " or 2026-11-20 14:05");
            }
        }
    }

    /** A decimal number (a comma as decimal separator is read too) times {@code factor}; 0 when absent. */
    static double number(String value, double factor, String where) {
        if (value == null) {
            return 0;
        }
        try {
            double number = new BigDecimal(value.trim().replace(',', '.')).doubleValue() * factor;
            if (number < 0) {
                throw new MappingException(where, "'" + value + "' is negative");
            }
            return number;
        } catch (NumberFormatException e) {
            throw new MappingException(where, "'" + value + "' is not a number");
        }
    }

    /** A whole positive number; 1 when absent. */
    static int quantity(String value, String where) {
        if (value == null) {
            return 1;
        }
        try {
            int quantity = Integer.parseInt(value.trim());
            if (quantity < 1) {
                throw new MappingException(where, "'" + value + "' is not a positive quantity");
            }
            return quantity;
        } catch (NumberFormatException e) {
            throw new MappingException(where, "'" + value + "' is not a whole number");
        }
    }

    /**
     * The order's references, at least one of them set.
     *
     * @throws MappingException naming {@code where} when none is
     */
    static ExternalReferences references(String erpDelivery, String erpSalesOrder, String customerPo,
                                         String shopOrder, String where) {
        if (erpDelivery == null && erpSalesOrder == null && customerPo == null && shopOrder == null) {
            throw new MappingException(where, "no order reference (erpDelivery, erpSalesOrder, customerPo or "
                    + "shopOrder)");
        }
        return checked(() -> ExternalReferences.builder().erpDelivery(erpDelivery).erpSalesOrder(erpSalesOrder)
                .customerPo(customerPo).shopOrder(shopOrder).build(), where);
    }

    /**
     * The parcel a line names: its id (else its SSCC, else its tracking number) as id, the SSCC (else the tracking
     * number) as barcode; {@code null} when the line names none.
     */
    static Parcel parcel(ParcelValues values, String where) {
        String id = values.id() != null ? values.id() : values.sscc() != null ? values.sscc() : values.tracking();
        if (id == null) {
            return null;
        }
        Dimensions dimensions = values.lengthCm() + values.widthCm() + values.heightCm() == 0 ? null
                : checked(() -> Dimensions.builder().lengthCm(values.lengthCm()).widthCm(values.widthCm())
                        .heightCm(values.heightCm()).build(), where);
        return checked(() -> Parcel.builder().id(id).barcode(values.sscc() != null ? values.sscc() : values.tracking())
                .quantity(values.quantity()).weightKg(values.weightKg()).dimensions(dimensions)
                .description(values.description()).build(), where);
    }

    private static <T> T checked(java.util.function.Supplier<T> build, String where) {
        try {
            return build.get();
        } catch (InvalidModelException e) {
            throw new MappingException(where, e.getMessage());
        }
    }

    /** The parcel columns or fields of one line, in kilograms and centimetres. */
    record ParcelValues(String id, String sscc, String tracking, int quantity, double weightKg, double lengthCm,
                        double widthCm, double heightCm, String description) {
    }
}
