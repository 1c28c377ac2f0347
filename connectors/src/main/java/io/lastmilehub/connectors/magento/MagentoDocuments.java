package io.lastmilehub.connectors.magento;

import io.lastmilehub.connectors.support.json.JsonField;
import io.lastmilehub.connectors.support.shop.ForeignDocuments;
import io.lastmilehub.connectors.support.shop.ShopFields;

/**
 * Finds the order in a Magento / Adobe Commerce document: the order of {@code GET /V1/orders/{id}}, a search result
 * {@code {"items": [...], "search_criteria": ...}} of one order, or an order wrapped as {@code POST /V1/orders} takes
 * it ({@code {"entity": {...}}}). Anything else (a ship-order or invoice request, a shipment, an invoice, a credit
 * memo, a GraphQL response, a log of webhook deliveries) is refused saying what it is and what the hub takes instead.
 */
final class MagentoDocuments {

    /** What the hub takes from Magento, for every refusal. */
    static final String TAKEN_INSTEAD = "the hub takes Magento orders as GET /V1/orders/{id} returns them";

    private MagentoDocuments() {
    }

    static JsonField order(JsonField root) {
        ForeignDocuments.refuseIfForeign(root, "Magento", TAKEN_INSTEAD);
        if (root.isArray()) {
            return requireOrder(ShopFields.onlyOrder(root, "Magento"));
        }
        root.requireObject();
        if (root.has("tracks") || root.has("notify") || root.has("appendComment")) {
            throw ShopFields.notAnOrder(root, root.has("capture") ? "a Magento invoice request "
                    + "(POST /V1/order/{orderId}/invoice)" : "a Magento ship-order request "
                    + "(POST /V1/order/{orderId}/ship)", TAKEN_INSTEAD);
        }
        if (root.has("search_criteria")) {
            return requireOrder(ShopFields.onlyOrder(root.get("items"), "Magento"));
        }
        return requireOrder(root.get("entity").isPresent() ? root.get("entity").requireObject() : root);
    }

    /** Magento's sales documents other than the order point to their order with {@code order_id}. */
    private static JsonField requireOrder(JsonField candidate) {
        if (!candidate.get("order_id").isPresent()) {
            return candidate;
        }
        String kind = candidate.has("tracks") || candidate.has("packages") ? "a Magento shipment"
                : candidate.has("adjustment_positive") ? "a Magento credit memo"
                : candidate.has("can_void_flag") ? "a Magento invoice"
                : "a Magento record that belongs to an order (it has an order_id)";
        throw ShopFields.notAnOrder(candidate, kind + " of order " + candidate.get("order_id").text(),
                TAKEN_INSTEAD);
    }
}
