package io.lastmilehub.connectors.carrier;

import io.lastmilehub.connectors.canonical.CanonicalJson;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.SchemaVersion;

import java.time.Instant;
import java.util.List;

/**
 * A manifest as canonical-style JSON: the manifest's id, carrier, tenant, close time and totals, and the orders as
 * canonical {@code DeliveryOrder} documents (the same JSON as {@code GET /api/v1/orders/{id}}).
 */
public final class JsonManifestWriter {

    private JsonManifestWriter() {
    }

    /** The JSON document; field names are those of {@link Document}. */
    public static byte[] write(Manifest manifest) {
        return CanonicalJson.toJsonBytes(new Document(SchemaVersion.CURRENT, manifest.id(), manifest.carrierId(),
                manifest.tenant(), manifest.closedAt(), manifest.orders().size(), manifest.pieces(),
                manifest.weightKg(), manifest.orders()));
    }

    /**
     * The JSON manifest.
     *
     * @param schemaVersion version of the canonical schema the orders follow
     * @param manifestId    the hub's manifest number
     * @param carrierId     the carrier
     * @param tenant        the shipper (tenant)
     * @param closedAt      when the manifest was closed, UTC
     * @param orderCount    number of orders
     * @param pieces        number of pieces
     * @param weightKg      gross weight, kilograms
     * @param orders        the orders
     */
    public record Document(String schemaVersion, String manifestId, String carrierId, String tenant, Instant closedAt,
                           int orderCount, int pieces, double weightKg, List<DeliveryOrder> orders) {
    }
}
