package io.lastmilehub.hub.security;

import io.lastmilehub.hub.config.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the tenant an API key belongs to. Keys are configured and compared as {@link Secrets}.
 */
@Component
public class TenantDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(TenantDirectory.class);

    private final HubProperties properties;

    public TenantDirectory(HubProperties properties) {
        this.properties = properties;
    }

    /** The tenant whose key this is. */
    public Optional<String> tenantForKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        byte[] presented = Secrets.sha256(apiKey);
        String found = null;
        for (Map.Entry<String, HubProperties.Tenant> tenant : properties.tenants().entrySet()) {
            for (String configured : tenant.getValue().apiKeys()) {
                if (MessageDigest.isEqual(presented, Secrets.digestOf(configured))) {
                    found = tenant.getKey();
                }
            }
        }
        return Optional.ofNullable(found);
    }

    /** Whether this key is one of this tenant's keys (compared like {@link #tenantForKey}, in constant time). */
    public boolean authenticates(String tenant, String apiKey) {
        return tenant != null && tenantForKey(apiKey).filter(tenant::equals).isPresent();
    }

    public boolean exists(String tenant) {
        return properties.tenants().containsKey(tenant);
    }

    @EventListener(ApplicationReadyEvent.class)
    void warnAboutClearTextKeys() {
        properties.tenants().forEach((tenant, settings) -> settings.apiKeys().stream()
                .filter(key -> !key.startsWith(Secrets.HASHED))
                .forEach(key -> LOG.warn("Demo credential: tenant '{}' accepts X-Api-Key: {} (configured in clear; "
                        + "use sha256:<hex> outside a demo)", tenant, key)));
    }

}
