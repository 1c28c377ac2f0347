package io.lastmilehub.connectors.support.shop;

import io.lastmilehub.connectors.support.json.JsonField;

import java.util.List;

/**
 * Documents that every shop platform produces besides its orders and that integrators post to an order intake by
 * mistake: a GraphQL response and a log of webhook deliveries. Each is refused saying what it is and what the hub
 * takes instead, never accepted with nothing done.
 */
public final class ForeignDocuments {

    /** Fields of a logged webhook delivery (WooCommerce's webhook deliveries, request bins, proxies). */
    private static final List<String> DELIVERY_LOG_FIELDS = List.of("request_headers", "request_body",
            "response_code", "response_headers", "response_body");

    private ForeignDocuments() {
    }

    /**
     * @param platform     the platform's name, e.g. {@code Shopify}
     * @param takenInstead what the hub takes from that platform, e.g. "the hub takes the order itself: ..."
     * @throws io.lastmilehub.connectors.spi.MappingException naming the root when the document is one of these
     */
    public static void refuseIfForeign(JsonField root, String platform, String takenInstead) {
        JsonField first = root.isArray() ? root.get(0) : root;
        if (root.isObject() && (root.get("data").isObject() || root.get("errors").isArray())) {
            throw ShopFields.notAnOrder(root, "a " + platform + " GraphQL response", takenInstead);
        }
        if (first.isObject() && DELIVERY_LOG_FIELDS.stream().filter(name -> first.has(name)).count() >= 2) {
            throw ShopFields.notAnOrder(root, "a log of " + platform + " webhook deliveries", "post the "
                    + "delivered order itself (the request body), as the webhook does; " + takenInstead);
        }
    }
}
