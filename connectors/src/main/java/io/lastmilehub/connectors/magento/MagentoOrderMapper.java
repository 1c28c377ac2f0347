package io.lastmilehub.connectors.magento;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.json.JsonField;
import io.lastmilehub.connectors.support.shop.ShopFields;
import io.lastmilehub.connectors.support.shop.ShopOrder;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.Money;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Maps an Adobe Commerce / Magento 2 order, as {@code GET /V1/orders/{id}} returns it, into one canonical delivery
 * order. The source message id is the order's {@code entity_id}; the customer sees the {@code increment_id}. The
 * ship-to is the first shipping assignment's address. Parcels are the top-level items that ship: children of a
 * bundle or configurable item are skipped so nothing is counted twice, and so are virtual and downloadable items;
 * an order with nothing to ship maps to no delivery order at all.
 *
 * <p>Magento sends the order as it is now, with no word of whether it is new or changed: each {@code updated_at} is
 * a change of the order ({@link ShopOrder#toRevision}), which the hub applies to the order it has, or which creates
 * the order when the hub has none (the first time it sees it). The same order sent again with the same
 * {@code updated_at} is a repeat. A canceled or closed (refunded) order cancels the order the hub may have instead.
 * Documents that are not orders are refused ({@link MagentoDocuments}).
 *
 * <p>Magento weights are in the store's weight unit, which the order does not carry: it is taken from the message
 * header {@value #WEIGHT_UNIT_HEADER} ({@code lbs} or {@code kgs}, Magento's own setting values) when present, else
 * from the mapper's default ({@code lbs}, Magento's out-of-the-box setting, for the no-argument constructor).
 */
public final class MagentoOrderMapper implements InboundMapper {

    /** The format name on the inbound contract. */
    public static final String FORMAT = "magento";

    /** Message header naming the store's weight unit, {@code lbs} or {@code kgs}. */
    public static final String WEIGHT_UNIT_HEADER = "magento-weight-unit";

    /** Magento's built-in cash-on-delivery payment method. */
    private static final String COD_METHOD = "cashondelivery";
    /** Order states that will not be shipped, with the reason the hub records. */
    private static final Map<String, String> NOT_SHIPPED = Map.of("canceled", "canceled in Magento",
            "closed", "closed (refunded) in Magento");
    private static final Set<String> NOT_SHIPPED_TYPES = Set.of("virtual", "downloadable");

    /** Magento's weight units (setting {@code general/locale/weight_unit}). */
    public enum WeightUnit {
        /** Pounds. */
        LBS(0.45359237),
        /** Kilograms. */
        KGS(1.0);

        private final double kilograms;

        WeightUnit(double kilograms) {
            this.kilograms = kilograms;
        }

        /** Kilograms per unit. */
        public double kilograms() {
            return kilograms;
        }
    }

    private final WeightUnit defaultWeightUnit;

    /** A mapper for stores that weigh in pounds unless a message says otherwise. */
    public MagentoOrderMapper() {
        this(WeightUnit.LBS);
    }

    /** A mapper for stores that weigh in the given unit unless a message says otherwise. */
    public MagentoOrderMapper(WeightUnit defaultWeightUnit) {
        this.defaultWeightUnit = defaultWeightUnit;
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        JsonField order = MagentoDocuments.order(JsonField.parse(message));
        String orderId = order.get("entity_id").requiredText();
        String state = order.firstText("state", "status");
        if (state != null && NOT_SHIPPED.containsKey(state)) {
            return ShopOrder.cancelled(FORMAT, orderId, NOT_SHIPPED.get(state));
        }
        // Magento answers in UTC, without saying so
        ShopFields.requireDates(order, ZoneOffset.UTC, "created_at", "updated_at");
        ShopOrder shopOrder = new ShopOrder(FORMAT, orderId, order.get("increment_id").text(),
                decodeParcels(order.get("items"), weightUnit(message)), () -> decodeShipTo(order),
                order.get("customer_note").text(), () -> decodeCashOnDelivery(order));
        String updatedAt = order.firstText("updated_at", "created_at");
        return updatedAt == null ? shopOrder.toMessage(message) : shopOrder.toRevision(message, updatedAt);
    }

    private WeightUnit weightUnit(InboundMessage message) {
        String unit = message.headers().entrySet().stream()
                .filter(header -> header.getKey().equalsIgnoreCase(WEIGHT_UNIT_HEADER))
                .map(Map.Entry::getValue).findFirst().orElse(null);
        if (unit == null || unit.isBlank()) {
            return defaultWeightUnit;
        }
        try {
            return WeightUnit.valueOf(unit.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw new MappingException(WEIGHT_UNIT_HEADER, "must be lbs or kgs, not " + unit, e);
        }
    }

    private static List<Parcel> decodeParcels(JsonField items, WeightUnit unit) {
        List<Parcel> parcels = new ArrayList<>();
        for (JsonField item : items.elements()) {
            double ordered = ShopFields.pieces(item.get("qty_ordered")).doubleValue()
                    - ShopFields.pieces(item.get("qty_canceled")).doubleValue();
            if (!isShipped(item) || ordered <= 0) {
                continue;
            }
            parcels.add(Parcel.builder()
                    .id(item.get("item_id").requiredText())
                    .description(item.get("name").text())
                    .quantity((int) Math.ceil(ordered))
                    // weight is per unit; the parcel line carries the weight of all its pieces
                    .weightKg(ShopFields.lineWeightKg(item.get("weight"), unit.kilograms(), ordered))
                    .buildUnvalidated());
        }
        return parcels;
    }

    /** Children ship as part of their bundle or configurable parent; virtual goods do not ship. */
    private static boolean isShipped(JsonField item) {
        boolean child = item.get("parent_item_id").isPresent() || item.get("parent_item").isPresent();
        String type = item.get("product_type").text();
        return !child && !item.get("is_virtual").flag(false)
                && (type == null || !NOT_SHIPPED_TYPES.contains(type.toLowerCase(Locale.ROOT)));
    }

    private static Party decodeShipTo(JsonField order) {
        JsonField address = order.get("extension_attributes").get("shipping_assignments").get(0)
                .get("shipping").get("address").requireObject();
        String name = address.joinedText(" ", "firstname", "middlename", "lastname");
        return Party.builder()
                .name(name)
                .company(address.get("company").text())
                .address(decodeAddress(address))
                .contact(decodeContact(order, address, name))
                .buildUnvalidated();
    }

    private static Address decodeAddress(JsonField address) {
        List<JsonField> street = address.get("street").elements();
        String line1 = (street.isEmpty() ? address.get("street").get(0) : street.get(0)).requiredText();
        String line2 = street.stream().skip(1).map(JsonField::text).filter(Objects::nonNull)
                .collect(Collectors.joining(", "));
        return Address.builder()
                .line1(line1)
                .line2(line2.isEmpty() ? null : line2)
                .postalCode(address.get("postcode").text())
                .city(address.get("city").requiredText())
                .region(address.firstText("region_code", "region"))
                .countryCode(address.get("country_id").countryCode())
                .buildUnvalidated();
    }

    private static Contact decodeContact(JsonField order, JsonField address, String name) {
        String phone = address.get("telephone").text();
        String email = address.get("email").text() != null ? address.get("email").text()
                : order.get("customer_email").text();
        return ShopFields.contact(name, phone, email);
    }

    private static Money decodeCashOnDelivery(JsonField order) {
        if (!COD_METHOD.equals(order.get("payment").get("method").text())) {
            return null;
        }
        return ShopFields.amountToCollect(order.get("grand_total"), order.get("order_currency_code"));
    }
}
