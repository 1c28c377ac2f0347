package io.lastmilehub.connectors.shopify;

import io.lastmilehub.connectors.support.json.JsonField;
import io.lastmilehub.connectors.support.shop.ShopFields;
import io.lastmilehub.model.Parcel;

import java.util.ArrayList;
import java.util.List;

/**
 * The parcels of a Shopify order: one per line item that requires shipping, with the pieces still on the order
 * ({@code current_quantity} since API 2023-01, which leaves out what an order edit removed; {@code quantity} before).
 * {@code grams} is the weight of one piece; when no line has one, the order's {@code total_weight} (grams) is spread
 * over the lines by their pieces.
 */
final class ShopifyParcels {

    private static final double KG_PER_GRAM = 0.001;

    private ShopifyParcels() {
    }

    static List<Parcel> decode(JsonField order) {
        List<Parcel> parcels = new ArrayList<>();
        for (JsonField item : order.get("line_items").elements()) {
            JsonField quantityField = item.get("current_quantity").isPresent() ? item.get("current_quantity")
                    : item.get("quantity");
            int quantity = ShopFields.quantity(quantityField);
            if (!item.get("requires_shipping").flag(true) || quantity < 1) {
                continue;
            }
            parcels.add(Parcel.builder()
                    .id(item.get("id").requiredText())
                    .description(item.firstText("name", "title"))
                    .quantity(quantity)
                    .weightKg(ShopFields.lineWeightKg(item.get("grams"), KG_PER_GRAM, quantity))
                    .buildUnvalidated());
        }
        return withOrderWeight(parcels, order.get("total_weight"));
    }

    private static List<Parcel> withOrderWeight(List<Parcel> parcels, JsonField totalWeight) {
        double totalKg = ShopFields.lineWeightKg(totalWeight, KG_PER_GRAM, 1);
        if (totalKg == 0 || parcels.stream().anyMatch(p -> p.getWeightKg() > 0)) {
            return parcels;
        }
        int pieces = parcels.stream().mapToInt(Parcel::getQuantity).sum();
        return parcels.stream().map(p -> p.toBuilder()
                .weightKg(Math.round(totalKg * p.getQuantity() / pieces * 1000) / 1000.0).buildUnvalidated())
                .toList();
    }
}
