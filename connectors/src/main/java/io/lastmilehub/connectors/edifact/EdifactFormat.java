package io.lastmilehub.connectors.edifact;

import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundFormat;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.TenantContext;
import io.lastmilehub.connectors.support.edi.LocalZones;

/** Format {@code edifact}: no settings; local times in the tenant's zones ({@link LocalZones#of}). */
public final class EdifactFormat implements InboundFormat {

    @Override
    public String name() {
        return EdifactInboundMapper.FORMAT;
    }

    @Override
    public InboundMapper create(ConnectorSettings settings, TenantContext tenant) {
        return new EdifactInboundMapper(LocalZones.of(tenant));
    }
}
