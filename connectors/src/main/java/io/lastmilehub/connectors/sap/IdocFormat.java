package io.lastmilehub.connectors.sap;

import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundFormat;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.TenantContext;

import java.time.ZoneId;

/**
 * Format {@code idoc}: no settings. Dates without a zone are read in the zone the tenant's SAP writes
 * ({@code lastmile.tenants.<t>.sap.zone}), else the place's, else the tenant's default depot's, else UTC.
 */
public final class IdocFormat implements InboundFormat {

    private static final ZoneId UTC = ZoneId.of("UTC");

    @Override
    public String name() {
        return IdocInboundMapper.FORMAT;
    }

    @Override
    public InboundMapper create(ConnectorSettings settings, TenantContext tenant) {
        IdocSettings idoc = IdocSettings.defaults().withDefaultZone(tenant.depot().orElse(UTC));
        if (tenant.erpZone() != null) {
            idoc = idoc.withSenderZone(IdocSettings.ANY_SENDER, tenant.erpZone());
        }
        return new IdocInboundMapper(idoc);
    }
}
