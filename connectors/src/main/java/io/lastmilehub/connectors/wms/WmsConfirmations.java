package io.lastmilehub.connectors.wms;

import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.connectors.spi.WarehouseEvent;
import io.lastmilehub.model.ExternalReferences;
import io.lastmilehub.model.Parcel;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;

/**
 * Groups confirmed lines into parcel updates: one per order (same references), event and carrier tracking number, in
 * the order they first appear, with the latest time any of its lines gives. Parcels shipped under a tracking number
 * each (as parcel carriers label them) thus come one update per parcel, each with its own tracking number, rather
 * than all under the first one.
 */
final class WmsConfirmations {

    private WmsConfirmations() {
    }

    static List<ParcelUpdate> updates(List<WmsLine> lines) {
        Map<Group, List<WmsLine>> groups = new LinkedHashMap<>();
        for (WmsLine line : lines) {
            groups.computeIfAbsent(new Group(line.references(), line.event(), line.trackingNumber()),
                    key -> new ArrayList<>()).add(line);
        }
        return groups.entrySet().stream().map(group -> update(group.getKey(), group.getValue())).toList();
    }

    private static ParcelUpdate update(Group group, List<WmsLine> lines) {
        List<Parcel> parcels = lines.stream().map(WmsLine::parcel).filter(Objects::nonNull).toList();
        Instant latest = lines.stream().map(WmsLine::occurredAt).filter(Objects::nonNull).max(Instant::compareTo)
                .orElse(null);
        ExternalReferences references = group.references().toBuilder().trackingNumber(group.trackingNumber())
                .build();
        return new ParcelUpdate(references, parcels, 0, group.event(), latest);
    }

    /** What lines of one update share; the tracking number is null for lines without one. */
    private record Group(ExternalReferences references, WarehouseEvent event, String trackingNumber) {
    }
}
