package io.lastmilehub.connectors.shopify;

import io.lastmilehub.connectors.spi.ConnectorSetting;
import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundFormat;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.TenantContext;

import java.util.List;

/** Format {@code shopify}, with the shop's webhook signing secret. */
public final class ShopifyFormat implements InboundFormat {

    static final ConnectorSetting<String> WEBHOOK_SECRET = ConnectorSetting.text("webhook-secret", null,
            "Shopify's webhook signing secret (X-Shopify-Hmac-Sha256). With it, a webhook (a message with "
                    + "X-Shopify-Topic) must be signed, and any signed message is checked; without it, no signature "
                    + "is checked (the tenant's API key still is).");

    @Override
    public String name() {
        return ShopifyOrderMapper.FORMAT;
    }

    @Override
    public List<ConnectorSetting<?>> settings() {
        return List.of(WEBHOOK_SECRET);
    }

    @Override
    public InboundMapper create(ConnectorSettings settings, TenantContext tenant) {
        return new ShopifyOrderMapper(settings.get(WEBHOOK_SECRET));
    }
}
