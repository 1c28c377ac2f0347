package io.lastmilehub.connectors.woocommerce;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.json.JsonField;
import io.lastmilehub.connectors.support.shop.ShopFields;
import io.lastmilehub.connectors.support.shop.ShopOrder;
import io.lastmilehub.connectors.support.shop.ShopWebhookSignature;
import io.lastmilehub.model.Address;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.Money;
import io.lastmilehub.model.Parcel;
import io.lastmilehub.model.Party;

import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Maps a WooCommerce order into one canonical delivery order, as the REST API returns it ({@code wc/v1} to
 * {@code wc/v3}: {@code shipping}, {@code billing}, {@code number}, {@code customer_note}, {@code payment_method}) or
 * the legacy REST API v1 to v3 does ({@code {"order": {...}}} with {@code shipping_address},
 * {@code billing_address}, {@code order_number}, {@code note}, {@code payment_details.method_id}), and as the
 * {@code order.*} webhooks post it (see {@link WooCommerceDocuments}). The source message id is Woo's order id; the
 * customer sees the order number. Woo's order resource carries no weights, so parcels weigh 0 until the hub knows
 * better; product names come HTML-encoded and are decoded.
 *
 * <p>An order whose status is {@code cancelled}, {@code refunded}, {@code failed} or {@code trash}, and the
 * {@code order.deleted} topic ({@value #TOPIC_HEADER}), cancel the order instead; {@code order.created} and
 * {@code order.restored} carry the order under its own id, so a later topic of an order the hub has is recognised as
 * the same order. {@code order.updated} is a change of the order ({@link ShopOrder#toRevision}), one for each
 * modification time ({@code date_modified_gmt}): the hub applies it to the order it has, or creates the order when it
 * missed it. With a webhook secret, webhooks must carry a valid {@value #SIGNATURE_HEADER}.
 */
public final class WooCommerceOrderMapper implements InboundMapper {

    /** The format name on the inbound contract. */
    public static final String FORMAT = "woocommerce";
    /** The webhook's topic, e.g. {@code order.created}. */
    public static final String TOPIC_HEADER = "X-WC-Webhook-Topic";
    /** The webhook's base64 HMAC-SHA256 of the body. */
    public static final String SIGNATURE_HEADER = "X-WC-Webhook-Signature";

    private static final Set<String> ORDER_TOPICS = Set.of("order.created", "order.updated", "order.deleted",
            "order.restored");
    /** Statuses of an order that will not be shipped, with the reason the hub records. */
    private static final Map<String, String> NOT_SHIPPED = Map.of("cancelled", "cancelled in WooCommerce",
            "refunded", "refunded in WooCommerce", "failed", "payment failed in WooCommerce",
            "trash", "moved to the trash in WooCommerce");
    /** Woo's built-in cash-on-delivery gateway. */
    private static final String COD_METHOD = "cod";

    private final ShopWebhookSignature signature;

    /** A mapper that checks no webhook signatures. */
    public WooCommerceOrderMapper() {
        this(null);
    }

    /** @param webhookSecret the webhooks' secret; null or blank to check no signatures */
    public WooCommerceOrderMapper(String webhookSecret) {
        this.signature = new ShopWebhookSignature(SIGNATURE_HEADER, TOPIC_HEADER, webhookSecret);
    }

    @Override
    public String format() {
        return FORMAT;
    }

    @Override
    public MappedMessage map(InboundMessage message) {
        signature.verify(message);
        String topic = ShopFields.header(message, TOPIC_HEADER);
        JsonField order = WooCommerceDocuments.order(WooCommerceDocuments.parse(message));
        if (topic != null && !ORDER_TOPICS.contains(topic)) {
            throw new MappingException(TOPIC_HEADER, "'" + topic + "' is not an order topic; "
                    + WooCommerceDocuments.TAKEN_INSTEAD);
        }
        String orderId = order.get("id").requiredText();
        if ("order.deleted".equals(topic)) {
            return ShopOrder.cancelled(FORMAT, orderId, "deleted in WooCommerce");
        }
        String status = order.get("status").text();
        if (status != null && NOT_SHIPPED.containsKey(status)) {
            return ShopOrder.cancelled(FORMAT, orderId, NOT_SHIPPED.get(status));
        }
        if ("checkout-draft".equals(status)) {
            throw ShopFields.notAnOrder(order.get("status"), "a WooCommerce checkout draft (not yet placed)",
                    WooCommerceDocuments.TAKEN_INSTEAD);
        }
        ShopFields.requireDates(order, ZoneOffset.UTC, "date_created", "date_created_gmt", "date_modified",
                "date_modified_gmt", "date_paid", "date_paid_gmt", "created_at", "updated_at", "completed_at");
        ShopOrder shopOrder = new ShopOrder(FORMAT, orderId, order.firstText("number", "order_number", "id"),
                decodeParcels(order.get("line_items")), () -> decodeShipTo(order),
                order.firstText("customer_note", "note"), () -> decodeCashOnDelivery(order));
        String modifiedAt = order.firstText("date_modified_gmt", "date_modified", "updated_at");
        return "order.updated".equals(topic) && modifiedAt != null ? shopOrder.toRevision(message, modifiedAt)
                : shopOrder.toMessage(message);
    }

    private static List<Parcel> decodeParcels(JsonField lineItems) {
        List<Parcel> parcels = new ArrayList<>();
        for (JsonField item : lineItems.elements()) {
            int quantity = ShopFields.quantity(item.get("quantity"));
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

    /** The REST API's {@code shipping}, or the legacy API's {@code shipping_address}. */
    private static Party decodeShipTo(JsonField order) {
        JsonField shipping = either(order, "shipping", "shipping_address").requireObject();
        String name = shipping.joinedText(" ", "first_name", "last_name");
        return Party.builder()
                .name(name)
                .company(shipping.get("company").text())
                .address(decodeAddress(shipping))
                .contact(decodeContact(either(order, "billing", "billing_address"), shipping, name))
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
    private static Contact decodeContact(JsonField billing, JsonField shipping, String name) {
        String phone = shipping.get("phone").text() != null ? shipping.get("phone").text()
                : billing.get("phone").text();
        return ShopFields.contact(name, phone, billing.get("email").text());
    }

    /**
     * The total, for the cash-on-delivery gateway ({@code payment_method}, or the legacy
     * {@code payment_details.method_id}). Woo marks a processing order paid ({@code date_paid}) whatever the gateway,
     * so that says nothing about the cash.
     */
    private static Money decodeCashOnDelivery(JsonField order) {
        String method = order.get("payment_method").text() != null ? order.get("payment_method").text()
                : order.get("payment_details").get("method_id").text();
        if (!COD_METHOD.equals(method)) {
            return null;
        }
        return ShopFields.amountToCollect(order.get("total"), order.get("currency"));
    }

    private static JsonField either(JsonField order, String name, String legacyName) {
        return order.get(name).isPresent() || !order.get(legacyName).isPresent() ? order.get(name)
                : order.get(legacyName);
    }
}
