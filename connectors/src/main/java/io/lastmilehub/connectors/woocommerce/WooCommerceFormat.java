package io.lastmilehub.connectors.woocommerce;

import io.lastmilehub.connectors.spi.ConnectorSetting;
import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundFormat;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.TenantContext;

import java.util.List;

/** Format {@code woocommerce}, with the shop's webhook signing secret. */
public final class WooCommerceFormat implements InboundFormat {

    static final ConnectorSetting<String> WEBHOOK_SECRET = ConnectorSetting.text("webhook-secret", null,
            "The secret of the WooCommerce webhooks (X-WC-Webhook-Signature). With it, a webhook (a message with "
                    + "X-WC-Webhook-Topic) must be signed, and any signed message is checked; without it, no signature "
                    + "is checked (the tenant's API key still is).");

    @Override
    public String name() {
        return WooCommerceOrderMapper.FORMAT;
    }

    @Override
    public List<ConnectorSetting<?>> settings() {
        return List.of(WEBHOOK_SECRET);
    }

    @Override
    public InboundMapper create(ConnectorSettings settings, TenantContext tenant) {
        return new WooCommerceOrderMapper(settings.get(WEBHOOK_SECRET));
    }
}
