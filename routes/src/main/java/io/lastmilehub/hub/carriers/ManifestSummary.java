package io.lastmilehub.hub.carriers;

import java.time.Instant;
import java.util.List;

/**
 * What a cut-off did.
 *
 * @param manifestId the manifest made, or null when no order was waiting
 * @param carrierId  the carrier
 * @param closedAt   when
 * @param orderIds   the orders on it
 * @param formats    the documents queued for the carrier
 * @param waiting    the carrier's orders left for a later cut-off (not yet booked with a carrier that books)
 */
public record ManifestSummary(String manifestId, String carrierId, Instant closedAt, List<String> orderIds,
                              List<ManifestFormat> formats, long waiting) {
}
