package io.lastmilehub.connectors.woocommerce;

import io.lastmilehub.connectors.json.JsonField;
import io.lastmilehub.connectors.shop.ShopFields;
import io.lastmilehub.connectors.shop.ShopOrder;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.Money;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;

import java.util.ArrayList;
import java.util.List;

/**
 * Maps a WooCommerce order, as the REST API v3 returns it ({@code GET /wp-json/wc/v3/orders/{id}}) and the
 * {@code order.created} webhook posts it, into one canonical delivery order. The source message id is Woo's order id;
 * the customer sees the order {@code number}. Woo's order resource carries no weights, so parcels weigh 0 until the
 * hub knows better; product names come HTML-encoded and are decoded.
 */
public final class WooCommerceOrderMapper implements InboundMapper {

    /** The format name on the inbound contract. */
    public static final String FORMAT = "woocommerce";

    /** Woo's built-in cash-on-delivery gateway. */
    private static final String COD_METHOD = "cod";

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        JsonField order = JsonField.parse(message).requireObject();
        return new ShopOrder(FORMAT, order.get("id").requiredText(), order.firstText("number", "id"),
                decodeParcels(order.get("line_items")), () -> decodeShipTo(order), order.get("customer_note").text(),
                () -> decodeCashOnDelivery(order)).toMessage(message);
    }

    private static List<Parcel> decodeParcels(JsonField lineItems) {
        List<Parcel> parcels = new ArrayList<>();
        for (JsonField item : lineItems.elements()) {
            int quantity = (int) item.get("quantity").number(0);
            if (quantity < 1) {
                continue;
            }
            String name = item.get("name").text();
            parcels.add(Parcel.builder()
                    .id(item.get("id").requiredText())
                    .description(name == null ? null : HtmlEntities.decode(name))
                    .quantity(quantity)
                    .weightKg(0)
                    .buildUnvalidated());
        }
        return parcels;
    }

    private static Party decodeShipTo(JsonField order) {
        JsonField shipping = order.get("shipping").requireObject();
        String name = shipping.joinedText(" ", "first_name", "last_name");
        return Party.builder()
                .name(name)
                .company(shipping.get("company").text())
                .address(decodeAddress(shipping))
                .contact(decodeContact(order, shipping, name))
                .buildUnvalidated();
    }

    private static Address decodeAddress(JsonField shipping) {
        return Address.builder()
                .line1(shipping.get("address_1").requiredText())
                .line2(shipping.get("address_2").text())
                .postalCode(shipping.get("postcode").text())
                .city(shipping.get("city").requiredText())
                .region(shipping.get("state").text())
                .countryCode(shipping.get("country").countryCode())
                .buildUnvalidated();
    }

    /** Woo keeps the e-mail (and, before 5.6, the phone) only with the billing address. */
    private static Contact decodeContact(JsonField order, JsonField shipping, String name) {
        JsonField billing = order.get("billing");
        String phone = shipping.get("phone").text() != null ? shipping.get("phone").text()
                : billing.get("phone").text();
        return ShopFields.contact(name, phone, billing.get("email").text());
    }

    private static Money decodeCashOnDelivery(JsonField order) {
        if (!COD_METHOD.equals(order.get("payment_method").text())) {
            return null;
        }
        return ShopFields.amountToCollect(order.get("total"), order.get("currency"));
    }
}
