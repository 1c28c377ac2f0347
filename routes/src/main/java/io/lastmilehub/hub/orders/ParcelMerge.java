package io.lastmilehub.hub.orders;

import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.model.Parcel;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * An order's parcels after a parcel update. A parcel of the update replaces the order's parcel with the same id,
 * others are added. When the update brings handling units only (every parcel has a barcode, e.g. an SSCC), they
 * replace the order's item lines (parcels without a barcode): the goods are in those units now, and counting both
 * would double the weight planning sees. When the update's parcels declare no weight at all but the sender gave the
 * shipment's gross weight, that weight is spread over them by quantity.
 */
final class ParcelMerge {

    private ParcelMerge() {
    }

    static List<Parcel> merge(List<Parcel> current, ParcelUpdate update) {
        List<Parcel> incoming = weighed(update);
        boolean handlingUnits = !incoming.isEmpty() && incoming.stream().allMatch(p -> p.getBarcode() != null);
        Map<String, Parcel> byId = new LinkedHashMap<>();
        current.stream().filter(p -> !handlingUnits || p.getBarcode() != null).forEach(p -> byId.put(p.getId(), p));
        incoming.forEach(p -> byId.put(p.getId(), p));
        return new ArrayList<>(byId.values());
    }

    private static List<Parcel> weighed(ParcelUpdate update) {
        List<Parcel> parcels = update.parcels();
        boolean unweighed = parcels.stream().allMatch(p -> p.getWeightKg() == 0);
        if (!unweighed || update.grossWeightKg() <= 0) {
            return parcels;
        }
        int pieces = parcels.stream().mapToInt(Parcel::getQuantity).sum();
        return parcels.stream().map(p -> p.toBuilder()
                .weightKg(update.grossWeightKg() * p.getQuantity() / pieces).buildUnvalidated()).toList();
    }
}
