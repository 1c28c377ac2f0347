package io.lastmilehub.connectors.aftership;

import io.lastmilehub.connectors.spi.ConnectorSetting;
import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundFormat;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.TenantContext;
import io.lastmilehub.connectors.support.carrierstatus.ScanTimes;

import java.util.List;

/**
 * Format {@code aftership}, with the webhook secret of the tenant's AfterShip account; checkpoint times without an
 * offset whose place gives no zone are in the zone of the tenant's depot.
 */
public final class AfterShipFormat implements InboundFormat {

    static final ConnectorSetting<String> WEBHOOK_SECRET = ConnectorSetting.text("webhook-secret", null,
            "the webhook secret of the AfterShip account (Settings, Webhooks); with it, every message must carry a "
                    + "valid aftership-hmac-sha256 header; without it, none is checked (the tenant's API key is)");

    @Override
    public String name() {
        return AfterShipWebhookMapper.FORMAT;
    }

    @Override
    public List<ConnectorSetting<?>> settings() {
        return List.of(WEBHOOK_SECRET);
    }

    @Override
    public InboundMapper create(ConnectorSettings settings, TenantContext tenant) {
        return new AfterShipWebhookMapper(settings.get(WEBHOOK_SECRET), new ScanTimes(tenant.depotZone()));
    }
}
