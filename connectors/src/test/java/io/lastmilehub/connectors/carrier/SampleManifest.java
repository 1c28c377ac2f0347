package io.lastmilehub.connectors.carrier;

import io.lastmilehub.connectors.support.edi.ManifestOrders;

/** The manifest of {@link ManifestOrders}: carrier dpx of tenant acme. */
final class SampleManifest {

    private SampleManifest() {
    }

    static Manifest of() {
        return new Manifest(ManifestOrders.MANIFEST_ID, "dpx", "acme", ManifestOrders.CLOSED_AT,
                ManifestOrders.orders());
    }
}
