package io.lastmilehub.model;

/**
 * Version of the canonical model. A change that breaks the published schema gets a new major version and a new XML
 * namespace; additions keep both.
 */
public final class SchemaVersion {

    /** The version written into every document the hub produces. */
    public static final String CURRENT = "1.0";

    /** XML namespace of the canonical model, version 1. */
    public static final String NAMESPACE = "urn:lastmile-hub:canonical:v1";

    private SchemaVersion() {
    }
}
