package io.lastmilehub.hub.inbound;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMappers;
import io.lastmilehub.connectors.shopify.ShopifyOrderMapper;
import io.lastmilehub.connectors.woocommerce.WooCommerceOrderMapper;
import io.lastmilehub.connectors.wms.CsvLayout;
import io.lastmilehub.connectors.wms.WmsCsvMapper;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.edi.LocalTimeMappers;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * The mapper for a tenant's format: the registered one, unless the tenant configures its own settings for a format
 * (its warehouse system's CSV columns, {@code lastmile.tenants.<t>.wms.csv}; its shops' webhook secrets,
 * {@code lastmile.tenants.<t>.shops}) or the format reads local times in the tenant's zones (X12, EDIFACT, IDoc:
 * {@link LocalTimeMappers}). The mapper SPI stays one method; the tenant's settings reach a mapper through its
 * constructor, once, at start-up.
 */
@Component
public class TenantMappers {

    private final InboundMappers registered;
    private final Map<String, InboundMappers> configured = new HashMap<>();

    /** @throws IllegalStateException naming the tenant when its layout is not valid, so the hub does not start */
    public TenantMappers(InboundMappers registered, HubProperties properties, LocalTimeMappers localTimes) {
        this.registered = registered;
        properties.tenants().forEach((tenant, settings) -> {
            List<InboundMapper> own = new ArrayList<>(localTimes.of(tenant));
            if (settings.wms() != null && settings.wms().csv() != null) {
                own.add(new WmsCsvMapper(layout(tenant, settings.wms().csv())));
            }
            HubProperties.Shops shops = settings.shops();
            if (shops != null && shops.shopifyWebhookSecret() != null) {
                own.add(new ShopifyOrderMapper(shops.shopifyWebhookSecret()));
            }
            if (shops != null && shops.woocommerceWebhookSecret() != null) {
                own.add(new WooCommerceOrderMapper(shops.woocommerceWebhookSecret()));
            }
            configured.put(tenant, InboundMappers.of(own));
        });
    }

    /** The mapper of that format for the tenant, if the format is known. */
    public Optional<InboundMapper> find(String tenant, String format) {
        return Optional.ofNullable(configured.get(tenant)).flatMap(own -> own.find(format))
                .or(() -> registered.find(format));
    }

    /** Every known format, sorted. */
    public Set<String> formats() {
        return registered.formats();
    }

    private static CsvLayout layout(String tenant, HubProperties.WmsCsv csv) {
        try {
            if (csv.delimiter().length() != 1) {
                throw new IllegalArgumentException("delimiter must be one character, not '" + csv.delimiter() + "'");
            }
            return new CsvLayout(csv.system(), csv.delimiter().charAt(0), csv.header(),
                    csv.columns().isEmpty() ? CsvLayout.standard().columns() : csv.columns(), csv.zone(),
                    csv.weightUnit(), csv.lengthUnit());
        } catch (IllegalArgumentException e) {
            throw new IllegalStateException("lastmile.tenants." + tenant + ".wms.csv: " + e.getMessage(), e);
        }
    }
}
