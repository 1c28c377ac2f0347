package io.lastmilehub.hub.inbound;

import io.lastmilehub.connectors.spi.ConnectorSettings;
import io.lastmilehub.connectors.spi.InboundFormat;
import io.lastmilehub.connectors.spi.InboundFormats;
import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMappers;
import io.lastmilehub.connectors.spi.InvalidConnectorSettingException;
import io.lastmilehub.connectors.spi.TenantContext;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.config.InvalidSettingException;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;

/**
 * Each tenant's mapper of each registered format, created once at start-up by the format's factory from the tenant's
 * settings, {@code lastmile.tenants.<t>.connectors.<format>.*}, and what the hub knows of the tenant
 * ({@link TenantContexts}). A setting that cannot work stops the start-up with its key, value and reason.
 */
@Component
public class TenantMappers {

    private final InboundFormats formats;
    private final InboundMappers defaults;
    private final Map<String, InboundMappers> byTenant = new HashMap<>();

    /** @throws InvalidSettingException naming the full key of a setting that cannot work */
    @Autowired
    public TenantMappers(InboundFormats formats, InboundMappers defaults, HubProperties properties,
                         TenantContexts contexts) {
        this(formats, defaults, properties, contexts::of);
    }

    TenantMappers(InboundFormats formats, InboundMappers defaults, HubProperties properties,
                  Function<String, TenantContext> contexts) {
        this.formats = formats;
        this.defaults = defaults;
        properties.tenants().forEach((tenant, settings) -> byTenant.put(tenant,
                mappers(tenant, settings.connectors(), contexts.apply(tenant))));
    }

    /** The mapper of that format for the tenant, if the format is known. */
    public Optional<InboundMapper> find(String tenant, String format) {
        return Optional.ofNullable(byTenant.get(tenant)).orElse(defaults).find(format);
    }

    /** Every known format, sorted. */
    public Set<String> formats() {
        return formats.names();
    }

    private InboundMappers mappers(String tenant, Map<String, Map<String, Object>> connectors,
                                   TenantContext context) {
        String prefix = "lastmile.tenants." + tenant + ".connectors.";
        connectors.forEach((name, values) -> {
            if (formats.find(name).isEmpty()) {
                throw new InvalidSettingException(prefix + name, String.valueOf(values),
                        "no such format; known: " + String.join(", ", formats.names()));
            }
        });
        List<InboundMapper> mappers = new ArrayList<>();
        for (String name : formats.names()) {
            InboundFormat format = formats.find(name).orElseThrow();
            Map<String, Object> values = connectors.get(name);
            try {
                mappers.add(format.create(ConnectorSettings.of(format.settings(), values == null ? Map.of() : values),
                        context));
            } catch (InvalidConnectorSettingException e) {
                throw new InvalidSettingException(prefix + name + "." + e.getSetting(), e.getValue(), e.getReason());
            }
        }
        return InboundMappers.of(mappers);
    }
}
