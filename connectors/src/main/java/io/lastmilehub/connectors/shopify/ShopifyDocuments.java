package io.lastmilehub.connectors.shopify;

import io.lastmilehub.connectors.support.json.JsonField;
import io.lastmilehub.connectors.support.shop.ForeignDocuments;
import io.lastmilehub.connectors.support.shop.ShopFields;

import java.util.Map;

/**
 * Finds the order in a Shopify document: the REST Admin API's {@code {"order": {...}}}, its list response
 * {@code {"orders": [...]}} (taken one order at a time), or the bare order of an {@code orders/*} webhook. Anything
 * else Shopify sends (fulfillments, fulfillment orders and events, refunds, transactions, order edits, GraphQL
 * responses) is refused saying what it is and what the hub takes instead.
 */
final class ShopifyDocuments {

    /** What the hub takes from Shopify, for every refusal. */
    static final String TAKEN_INSTEAD = "the hub takes Shopify orders: the orders/create, orders/updated, "
            + "orders/cancelled or orders/delete webhook, or GET /admin/api/{version}/orders/{id}.json";
    private static final String SHIPMENTS = "; a shipment of an order the hub has goes in as a wms-json "
            + "confirmation (event SHIPPED, order.shopOrder, parcels[].trackingNumber)";

    /** Wrappers of the Admin API's other resources, by their root field. */
    private static final Map<String, String> WRAPPED = Map.of(
            "fulfillment", "a Shopify fulfillment", "fulfillments", "a list of Shopify fulfillments",
            "fulfillment_event", "a Shopify fulfillment event", "fulfillment_order", "a Shopify fulfillment order",
            "fulfillment_orders", "a list of Shopify fulfillment orders", "order_edit", "a Shopify order edit",
            "refund", "a Shopify refund", "transaction", "a Shopify transaction", "draft_order",
            "a Shopify draft order (not yet placed)", "checkout", "a Shopify checkout (not yet an order)");

    private ShopifyDocuments() {
    }

    static JsonField order(JsonField root) {
        ForeignDocuments.refuseIfForeign(root, "Shopify", TAKEN_INSTEAD);
        if (root.isArray()) {
            return requireOrder(ShopFields.onlyOrder(root, "Shopify"));
        }
        root.requireObject();
        if (root.has("id")) {
            return requireOrder(root);
        }
        for (Map.Entry<String, String> wrapper : WRAPPED.entrySet()) {
            if (root.get(wrapper.getKey()).isPresent()) {
                throw refusal(root.get(wrapper.getKey()), wrapper.getValue());
            }
        }
        if (root.get("orders").isPresent()) {
            return requireOrder(ShopFields.onlyOrder(root.get("orders"), "Shopify"));
        }
        return requireOrder(root.get("order").isPresent() ? root.get("order").requireObject() : root);
    }

    /** A webhook sends the other records of an order bare, as it does the order. */
    private static JsonField requireOrder(JsonField order) {
        if (order.get("order_id").isPresent()) {
            throw refusal(order, kindOfOrderRecord(order));
        }
        return order;
    }

    /** A bare record that belongs to an order (webhooks send them unwrapped), by its telling fields. */
    private static String kindOfOrderRecord(JsonField record) {
        if (record.has("happened_at")) {
            return "a Shopify fulfillment event";
        }
        if (record.has("tracking_number") || record.has("tracking_numbers") || record.has("tracking_company")) {
            return "a Shopify fulfillment";
        }
        if (record.has("assigned_location") || record.has("request_status") || record.has("fulfill_at")) {
            return "a Shopify fulfillment order";
        }
        if (record.has("refund_line_items")) {
            return "a Shopify refund";
        }
        if (record.has("kind") && record.has("gateway")) {
            return "a Shopify transaction";
        }
        return "a Shopify record that belongs to an order (it has an order_id)";
    }

    private static RuntimeException refusal(JsonField where, String kind) {
        String ofOrder = where.get("order_id").text() == null ? "" : " of order " + where.get("order_id").text();
        boolean shipment = kind.contains("fulfillment");
        return ShopFields.notAnOrder(where, kind + ofOrder, TAKEN_INSTEAD + (shipment ? SHIPMENTS : ""));
    }
}
