package io.lastmilehub.connectors.spi;

import java.util.List;

/**
 * An inbound format, as a factory of its mapper: the hub finds every one through
 * {@code META-INF/services/io.lastmilehub.connectors.spi.InboundFormat} and creates one mapper per tenant at start-up
 * from the tenant's settings, {@code lastmile.tenants.<tenant>.connectors.<name>.*}. A new format is one package with
 * its mapper and this factory, and one line in that services file; nothing in the hub names it.
 */
public interface InboundFormat {

    /** The format name on the inbound contract, e.g. {@code shopify} in {@code POST /api/v1/inbound/shopify}. */
    String name();

    /** The settings a tenant may give the format, each with its type, default and description. */
    default List<ConnectorSetting<?>> settings() {
        return List.of();
    }

    /**
     * The format's mapper for one tenant.
     *
     * @param settings the tenant's values of {@link #settings()}
     * @param tenant   what the hub knows of the tenant that a mapper may need (its zones)
     * @throws InvalidConnectorSettingException naming the setting when the values cannot work together
     */
    InboundMapper create(ConnectorSettings settings, TenantContext tenant);
}
