package io.lastmilehub.connectors.shopify;

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
import io.lastmilehub.model.GeoPoint;
import io.lastmilehub.model.Money;
import io.lastmilehub.model.Party;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.Set;

/**
 * Maps a Shopify order into one canonical delivery order: as the REST Admin API returns it ({@code {"order": {...}}},
 * or a list {@code {"orders": [...]}} of one order), or as an {@code orders/*} webhook posts it (the bare order).
 * The source message id is Shopify's order id; the customer sees the order {@code name} (e.g. {@code #1001}). Only
 * line items that require shipping become parcels, with their current quantity (after order edits); an order without
 * any (digital goods, gift cards) maps to no delivery order at all.
 *
 * <p>Webhook topics ({@value #TOPIC_HEADER}): {@code orders/create}, {@code orders/paid} and {@code orders/fulfilled}
 * carry the order under its own id, so a later topic of an order the hub has is recognised as the same order and one
 * it missed is created. {@code orders/updated} is a change of the order ({@link ShopOrder#toRevision}): the hub
 * applies it to the order it has, or creates the order when it missed it. An order whose {@code cancelled_at} is
 * set, and the topics {@code orders/cancelled} and {@code orders/delete}, cancel the order instead. Everything that
 * is not an order is refused ({@link ShopifyDocuments}). With a webhook secret, webhooks must carry a valid
 * {@value #SIGNATURE_HEADER}.
 */
public final class ShopifyOrderMapper implements InboundMapper {

    /** The format name on the inbound contract. */
    public static final String FORMAT = "shopify";
    /** The webhook's topic, e.g. {@code orders/create}. */
    public static final String TOPIC_HEADER = "X-Shopify-Topic";
    /** The webhook's base64 HMAC-SHA256 of the body. */
    public static final String SIGNATURE_HEADER = "X-Shopify-Hmac-Sha256";

    private static final Set<String> ORDER_TOPICS = Set.of("orders/create", "orders/updated", "orders/paid",
            "orders/fulfilled", "orders/partially_fulfilled", "orders/cancelled", "orders/delete");
    /** Gateway names of Shopify's manual cash-on-delivery payment method. */
    private static final Set<String> COD_GATEWAYS = Set.of("cash on delivery (cod)", "cash_on_delivery");
    /** Financial statuses with nothing left for a driver to collect. */
    private static final Set<String> SETTLED = Set.of("paid", "refunded", "partially_refunded", "voided");

    private final ShopWebhookSignature signature;

    /** A mapper that checks no webhook signatures. */
    public ShopifyOrderMapper() {
        this(null);
    }

    /** @param webhookSecret the shop's webhook signing secret; null or blank to check no signatures */
    public ShopifyOrderMapper(String webhookSecret) {
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
        JsonField order = ShopifyDocuments.order(JsonField.parse(message));
        if (topic != null && !ORDER_TOPICS.contains(topic)) {
            throw new MappingException(TOPIC_HEADER, "'" + topic + "' is not an order topic; "
                    + ShopifyDocuments.TAKEN_INSTEAD);
        }
        String orderId = order.get("id").requiredText();
        if ("orders/delete".equals(topic)) {
            return ShopOrder.cancelled(FORMAT, orderId, "deleted in Shopify");
        }
        Instant cancelledAt = ShopFields.instant(order.get("cancelled_at"), ZoneOffset.UTC);
        if (cancelledAt != null || "orders/cancelled".equals(topic)) {
            return ShopOrder.cancelled(FORMAT, orderId, cancellationReason(order, cancelledAt));
        }
        ShopFields.requireDates(order, ZoneOffset.UTC, "created_at", "updated_at", "processed_at", "closed_at");
        ShopOrder shopOrder = new ShopOrder(FORMAT, orderId, order.firstText("name", "order_number"),
                ShopifyParcels.decode(order), () -> decodeShipTo(order), ShopifyInstructions.of(order),
                () -> decodeCashOnDelivery(order));
        return "orders/updated".equals(topic) ? shopOrder.toRevision(message, order.get("updated_at").requiredText())
                : shopOrder.toMessage(message);
    }

    private static String cancellationReason(JsonField order, Instant cancelledAt) {
        String reason = order.get("cancel_reason").text();
        return "cancelled in Shopify" + (cancelledAt == null ? "" : " at " + cancelledAt)
                + (reason == null ? "" : ": " + reason);
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
                // the country's name where an address has no code (addresses created through the API)
                .countryCode((address.get("country_code").isPresent() || !address.get("country").isPresent()
                        ? address.get("country_code") : address.get("country")).countryCode())
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

    /** What is still to be paid: the outstanding amount where the API version has it, else the current total. */
    private static Money decodeCashOnDelivery(JsonField order) {
        String financialStatus = order.get("financial_status").text();
        if (!isCashOnDelivery(order) || financialStatus != null && SETTLED.contains(financialStatus)) {
            return null;
        }
        JsonField total = order.get("total_outstanding").isPresent() ? order.get("total_outstanding")
                : order.get("current_total_price").isPresent() ? order.get("current_total_price")
                : order.get("total_price");
        return ShopFields.amountToCollect(total, order.get("currency"));
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
