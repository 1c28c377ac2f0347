package io.lastmilehub.connectors.shopify;

import io.lastmilehub.connectors.support.json.JsonField;

import java.util.ArrayList;
import java.util.List;

/**
 * The driver's instructions of a Shopify order: the customer's {@code note}, then each of the order's
 * {@code note_attributes} as {@code name: value}, one a line; cart attributes are where checkout apps put delivery
 * instructions, gate codes and preferred days.
 */
final class ShopifyInstructions {

    private ShopifyInstructions() {
    }

    static String of(JsonField order) {
        List<String> lines = new ArrayList<>();
        String note = order.get("note").text();
        if (note != null) {
            lines.add(note);
        }
        for (JsonField attribute : order.get("note_attributes").elements()) {
            String name = attribute.get("name").text();
            String value = attribute.get("value").text();
            if (value != null) {
                lines.add(name == null ? value : name + ": " + value);
            }
        }
        return lines.isEmpty() ? null : String.join("\n", lines);
    }
}
