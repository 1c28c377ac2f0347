package io.lastmilehub.connectors.shopify;

import io.lastmilehub.connectors.json.JsonField;
import io.lastmilehub.connectors.shop.ShopFields;
import io.lastmilehub.connectors.shop.ShopOrder;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Money;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a Shopify order, as the REST Admin API returns it ({@code {"order": {...}}}) or an {@code orders/create}
 * webhook posts it (the bare order), into one canonical delivery order. The source message id is Shopify's order
 * id; the customer sees the order {@code name} (e.g. {@code #1001}). Only line items that require shipping become
 * parcels; an order without any (digital goods, gift cards) maps to no delivery order at all.
 */
public final class ShopifyOrderMapper implements InboundMapper {

    /** The format name on the inbound contract. */
    public static final String FORMAT = "shopify";

    /** Gateway names of Shopify's manual cash-on-delivery payment method. */
    private static final Set<String> COD_GATEWAYS = Set.of("cash on delivery (cod)", "cash_on_delivery");
    private static final double GRAMS_PER_KG = 1000;

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        JsonField order = unwrap(JsonField.parse(message));
        return new ShopOrder(FORMAT, order.get("id").requiredText(), order.firstText("name", "order_number"),
                decodeParcels(order.get("line_items")), () -> decodeShipTo(order), order.get("note").text(),
                () -> decodeCashOnDelivery(order)).toMessage(message);
    }

    /** The order inside the Admin API's wrapper, or the bare order a webhook sends. */
    private static JsonField unwrap(JsonField root) {
        JsonField wrapped = root.requireObject().get("order");
        return wrapped.isPresent() ? wrapped.requireObject() : root;
    }

    private static List<Parcel> decodeParcels(JsonField lineItems) {
        List<Parcel> parcels = new ArrayList<>();
        for (JsonField item : lineItems.elements()) {
            int quantity = (int) item.get("quantity").number(0);
            if (!item.get("requires_shipping").flag(true) || quantity < 1) {
                continue;
            }
            parcels.add(Parcel.builder()
                    .id(item.get("id").requiredText())
                    .description(item.firstText("name", "title"))
                    .quantity(quantity)
                    // grams is per unit; the parcel line carries the weight of all its pieces
                    .weightKg(item.get("grams").number(0) * quantity / GRAMS_PER_KG)
                    .buildUnvalidated());
        }
        return parcels;
    }

    private static Party decodeShipTo(JsonField order) {
        JsonField address = order.get("shipping_address").requireObject();
        String name = address.get("name").text() != null ? address.get("name").text()
                : address.joinedText(" ", "first_name", "last_name");
        return Party.builder()
                .name(name)
                .company(address.get("company").text())
                .address(decodeAddress(address))
                .location(decodeLocation(address))
                .contact(decodeContact(order, address, name))
                .buildUnvalidated();
    }

    private static Address decodeAddress(JsonField address) {
        return Address.builder()
                .line1(address.get("address1").requiredText())
                .line2(address.get("address2").text())
                .postalCode(address.get("zip").text())
                .city(address.get("city").requiredText())
                .region(address.firstText("province_code", "province"))
                .countryCode(address.get("country_code").countryCode())
                .buildUnvalidated();
    }

    /** Shopify geocodes most addresses; the coordinates come as strings. */
    private static GeoPoint decodeLocation(JsonField address) {
        BigDecimal latitude = address.get("latitude").decimal();
        BigDecimal longitude = address.get("longitude").decimal();
        if (latitude == null || longitude == null || latitude.signum() == 0 && longitude.signum() == 0) {
            return null;
        }
        requireRange(address.get("latitude"), latitude, 90);
        requireRange(address.get("longitude"), longitude, 180);
        return GeoPoint.builder().latitude(latitude.doubleValue()).longitude(longitude.doubleValue())
                .buildUnvalidated();
    }

    private static void requireRange(JsonField field, BigDecimal degrees, int limit) {
        if (degrees.abs().compareTo(BigDecimal.valueOf(limit)) > 0) {
            throw new MappingException(field.path(), "out of range: must be between -" + limit + " and " + limit);
        }
    }

    private static Contact decodeContact(JsonField order, JsonField address, String name) {
        JsonField customer = order.get("customer");
        String phone = first(address.get("phone").text(), order.get("phone").text(), customer.get("phone").text());
        String email = first(order.get("email").text(), order.get("contact_email").text(),
                customer.get("email").text());
        return ShopFields.contact(name, phone, email);
    }

    private static Money decodeCashOnDelivery(JsonField order) {
        if (!isCashOnDelivery(order)) {
            return null;
        }
        return ShopFields.amountToCollect(order.get("total_price"), order.get("currency"));
    }

    private static boolean isCashOnDelivery(JsonField order) {
        if (isCodGateway(order.get("gateway").text())) {
            return true;
        }
        return order.get("payment_gateway_names").elements().stream().anyMatch(name -> isCodGateway(name.text()));
    }

    private static boolean isCodGateway(String gateway) {
        return gateway != null && COD_GATEWAYS.contains(gateway.toLowerCase(Locale.ROOT));
    }

    private static String first(String... values) {
        for (String value : values) {
            if (value != null) {
                return value;
            }
        }
        return null;
    }
}
