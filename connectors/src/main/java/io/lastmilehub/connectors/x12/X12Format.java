package io.lastmilehub.connectors.x12;

import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundFormat;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.TenantContext;
import io.lastmilehub.connectors.support.edi.LocalZones;

/** Format {@code x12}: no settings; local times in the tenant's zones ({@link LocalZones#of}). */
public final class X12Format implements InboundFormat {

    @Override
    public String name() {
        return X12InboundMapper.FORMAT;
    }

    @Override
    public InboundMapper create(ConnectorSettings settings, TenantContext tenant) {
        return new X12InboundMapper(LocalZones.of(tenant));
    }
}
