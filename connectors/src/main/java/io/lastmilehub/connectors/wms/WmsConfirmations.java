package io.lastmilehub.connectors.wms;

import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups confirmed lines into parcel updates: one per order (same references) and event, in the order they first
 * appear, with the latest time any of its lines gives and the first parcel tracking number as the order's.
 */
final class WmsConfirmations {

    private WmsConfirmations() {
    }

    static List<ParcelUpdate> updates(List<WmsLine> lines) {
        Map<List<Object>, List<WmsLine>> groups = new LinkedHashMap<>();
        for (WmsLine line : lines) {
            groups.computeIfAbsent(List.of(line.references(), line.event()), key -> new ArrayList<>()).add(line);
        }
        return groups.values().stream().map(WmsConfirmations::update).toList();
    }

    private static ParcelUpdate update(List<WmsLine> group) {
        WmsLine first = group.get(0);
        List<Parcel> parcels = group.stream().map(WmsLine::parcel).filter(Objects::nonNull).toList();
        Instant latest = group.stream().map(WmsLine::occurredAt).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
        String tracking = group.stream().map(WmsLine::trackingNumber).filter(Objects::nonNull).findFirst()
                .orElse(null);
        ExternalReferences references = first.references().toBuilder().trackingNumber(tracking).build();
        return new ParcelUpdate(references, parcels, 0, first.event(), latest);
    }
}
