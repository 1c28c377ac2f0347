package io.lastmilehub.pod;

import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.Parcel;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The barcodes scanned at the door matched against the order's parcels.
 *
 * @param matched barcodes of the order that were scanned
 * @param missing barcodes of the order that were not scanned
 * @param extra   scanned barcodes that belong to no parcel of the order
 */
public record ScanResult(List<String> matched, List<String> missing, List<String> extra) {

    /** Copies the lists. */
    public ScanResult {
        matched = List.copyOf(matched);
        missing = List.copyOf(missing);
        extra = List.copyOf(extra);
    }

    /** Matches scans against the barcodes of the order's parcels; parcels without a barcode cannot be scanned. */
    public static ScanResult match(DeliveryOrder order, List<String> scanned) {
        Set<String> expected = new LinkedHashSet<>();
        for (Parcel parcel : order.getParcels()) {
            if (parcel.getBarcode() != null && !parcel.getBarcode().isBlank()) {
                expected.add(parcel.getBarcode().trim());
            }
        }
        Set<String> seen = new LinkedHashSet<>();
        scanned.stream().map(String::trim).filter(code -> !code.isEmpty()).forEach(seen::add);
        List<String> matched = new ArrayList<>();
        List<String> missing = new ArrayList<>();
        for (String code : expected) {
            (seen.contains(code) ? matched : missing).add(code);
        }
        List<String> extra = seen.stream().filter(code -> !expected.contains(code)).toList();
        return new ScanResult(matched, missing, extra);
    }

    /** Whether every parcel was scanned and nothing else. */
    public boolean complete() {
        return missing.isEmpty() && extra.isEmpty();
    }
}
