package io.lastmilehub.connectors.woocommerce;

import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.support.json.JsonField;
import io.lastmilehub.connectors.support.shop.ForeignDocuments;
import io.lastmilehub.connectors.support.shop.ShopFields;

import java.util.List;

/**
 * Finds the order in a WooCommerce document: a REST API order ({@code wc/v1} to {@code wc/v3}, bare), a list of them
 * ({@code [...]}, taken one order at a time), the legacy REST API's {@code {"order": {...}}} and
 * {@code {"orders": [...]}} (v1 to v3), or the body of an {@code order.*} webhook. Anything else (a webhook's ping,
 * a product, a customer, a coupon, a GraphQL response, a log of webhook deliveries) is refused saying what it is.
 */
final class WooCommerceDocuments {

    /** What the hub takes from WooCommerce, for every refusal. */
    static final String TAKEN_INSTEAD = "the hub takes WooCommerce orders: the order.created, order.updated or "
            + "order.deleted webhook, GET /wp-json/wc/v3/orders/{id} (wc/v1 and wc/v2 too) or the legacy "
            + "GET /wc-api/v3/orders/{id}";

    /** Resources a Woo REST API returns besides orders, each told by fields that only it has. */
    private static final List<Resource> RESOURCES = List.of(
            new Resource("a WooCommerce product", "permalink", "regular_price"),
            new Resource("a WooCommerce customer", "username", "is_paying_customer"),
            new Resource("a WooCommerce coupon", "code", "discount_type"),
            new Resource("a WooCommerce webhook", "delivery_url", "topic"),
            new Resource("a WooCommerce order note", "note", "customer_note", "date_created"),
            new Resource("a WooCommerce refund", "amount", "refunded_by"));

    private WooCommerceDocuments() {
    }

    /** @throws MappingException naming the document when it is the ping Woo sends when a webhook is saved */
    static JsonField parse(InboundMessage message) {
        String text = message.text().strip();
        if (text.startsWith("webhook_id=")) {
            throw new MappingException(JsonField.ROOT, "a WooCommerce webhook ping (sent when a webhook is saved), "
                    + "not an order; " + TAKEN_INSTEAD);
        }
        return JsonField.parse(message);
    }

    static JsonField order(JsonField root) {
        ForeignDocuments.refuseIfForeign(root, "WooCommerce", TAKEN_INSTEAD);
        if (root.isArray()) {
            return requireOrder(ShopFields.onlyOrder(root, "WooCommerce"));
        }
        root.requireObject();
        if (root.get("orders").isPresent()) {
            return requireOrder(ShopFields.onlyOrder(root.get("orders"), "WooCommerce"));
        }
        return requireOrder(root.get("order").isPresent() ? root.get("order").requireObject() : root);
    }

    private static JsonField requireOrder(JsonField candidate) {
        for (Resource resource : RESOURCES) {
            if (resource.isIn(candidate)) {
                throw ShopFields.notAnOrder(candidate, resource.what(), TAKEN_INSTEAD);
            }
        }
        return candidate;
    }

    private record Resource(String what, String... fields) {

        boolean isIn(JsonField document) {
            return List.of(fields).stream().allMatch(document::has);
        }
    }
}
