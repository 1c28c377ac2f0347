package io.lastmilehub.connectors.support.shop;

import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.json.JsonField;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.Money;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.List;
import java.util.Map;

/** Decoding steps every shop platform's order shares, whatever its field names. */
public final class ShopFields {

    /** More pieces than any shop order line plausibly has: a sign of a broken or hostile message. */
    static final int MAX_QUANTITY = 100_000;
    /** More than a road vehicle carries, for one order line. */
    static final double MAX_LINE_KG = 100_000;

    private ShopFields() {
    }

    /** A header of the message, whatever the case of its name, or null when absent or blank. */
    public static String header(InboundMessage message, String name) {
        return message.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(name))
                .map(Map.Entry::getValue).filter(value -> !value.isBlank()).map(String::strip)
                .findFirst().orElse(null);
    }

    /**
     * The number of pieces of an order line, 0 when absent.
     *
     * @throws MappingException naming the field when it is negative, fractional or implausibly large
     */
    public static int quantity(JsonField field) {
        BigDecimal quantity = pieces(field);
        if (quantity.stripTrailingZeros().scale() > 0) {
            throw new MappingException(field.path(), "not a whole number of pieces: " + quantity.toPlainString());
        }
        return quantity.intValueExact();
    }

    /**
     * A quantity that may have decimals (sold by the metre or kilogram), 0 when absent.
     *
     * @throws MappingException naming the field when it is negative or implausibly large
     */
    public static BigDecimal pieces(JsonField field) {
        BigDecimal quantity = field.decimal();
        if (quantity == null) {
            return BigDecimal.ZERO;
        }
        if (quantity.signum() < 0) {
            throw new MappingException(field.path(), "must not be negative: " + quantity.toPlainString());
        }
        if (quantity.compareTo(BigDecimal.valueOf(MAX_QUANTITY)) > 0) {
            throw new MappingException(field.path(), "out of range: more than " + MAX_QUANTITY + " pieces");
        }
        return quantity;
    }

    /**
     * The weight of an order line in kilograms, to the gram: a weight per piece in some unit times the pieces; 0 when
     * absent.
     *
     * @param perPiece  the weight of one piece
     * @param kgPerUnit kilograms per unit of that weight (0.001 for grams)
     * @throws MappingException naming the field when it is negative or more than a vehicle carries
     */
    public static double lineWeightKg(JsonField perPiece, double kgPerUnit, double pieces) {
        BigDecimal weight = perPiece.decimal();
        if (weight == null) {
            return 0;
        }
        if (weight.signum() < 0) {
            throw new MappingException(perPiece.path(), "must not be negative: " + weight.toPlainString());
        }
        double kg = weight.doubleValue() * kgPerUnit * pieces;
        if (!(kg <= MAX_LINE_KG)) {
            throw new MappingException(perPiece.path(), "out of range: the line would weigh more than "
                    + (long) MAX_LINE_KG + " kg");
        }
        return Math.round(kg * 1000) / 1000.0;
    }

    /**
     * A date and time as shops send it: ISO 8601 with an offset, or without one in the given zone (WooCommerce's
     * {@code date_created}, Magento's {@code 2017-08-21 22:22:19}); null when absent.
     *
     * @param zoneOfLocalTimes the zone of a time without an offset
     * @throws MappingException naming the field when it is not a date and time
     */
    public static Instant instant(JsonField field, ZoneId zoneOfLocalTimes) {
        String text = field.text();
        if (text == null) {
            return null;
        }
        try {
            return OffsetDateTime.parse(text).toInstant();
        } catch (DateTimeParseException withoutOffset) {
            try {
                return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zoneOfLocalTimes).toInstant();
            } catch (DateTimeParseException e) {
                throw new MappingException(field.path(), "not an ISO 8601 date and time", e);
            }
        }
    }

    /** Checks that each of these fields of an object, where present, is a date and time. */
    public static void requireDates(JsonField object, ZoneId zoneOfLocalTimes, String... names) {
        for (String name : names) {
            instant(object.get(name), zoneOfLocalTimes);
        }
    }

    /**
     * The one order of a list response, which the hub takes one order at a time: each order's id is the idempotency
     * key of its message, so that a webhook for the same order later is recognised and not delivered twice.
     *
     * @throws MappingException naming the list when it is empty or holds several orders
     */
    public static JsonField onlyOrder(JsonField list, String platform) {
        List<JsonField> orders = list.elements();
        if (orders.size() == 1) {
            return orders.get(0).requireObject();
        }
        if (orders.isEmpty()) {
            throw new MappingException(list.path(), "an empty list of " + platform + " orders: nothing to deliver");
        }
        throw new MappingException(list.path(), "a list of " + orders.size() + " " + platform + " orders: post each "
                + "order on its own, its id is the idempotency key that recognises a later webhook for it");
    }

    /** A refusal of a message that is not an order, saying what it is and what the hub takes instead. */
    public static MappingException notAnOrder(JsonField where, String whatItIs, String takenInstead) {
        return new MappingException(where.path(), whatItIs + ", not an order; " + takenInstead);
    }

    /**
     * The amount a driver collects on a cash-on-delivery order: the order total in its currency, or null when
     * nothing is left to pay.
     *
     * @throws MappingException naming the total when it is missing
     */
    public static Money amountToCollect(JsonField total, JsonField currency) {
        BigDecimal amount = total.decimal();
        if (amount == null) {
            throw new MappingException(total.path(), "missing for a cash-on-delivery order");
        }
        if (amount.signum() <= 0) {
            return null;
        }
        return Money.builder().amount(amount).currency(currency.currencyCode()).buildUnvalidated();
    }

    /** A contact for notifications and the driver, or null when there is no way to reach anyone. */
    public static Contact contact(String name, String phone, String email) {
        if (phone == null && email == null) {
            return null;
        }
        return Contact.builder().name(name).phone(phone).email(email).buildUnvalidated();
    }
}
