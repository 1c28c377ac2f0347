package io.lastmilehub.hub.security;

import io.lastmilehub.hub.config.HubProperties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;

/**
 * Finds the tenant an API key belongs to. Keys are configured in clear (demo only) or as {@code sha256:<hex>}; both
 * are compared as SHA-256 digests in constant time, so response times do not leak how much of a key matched.
 */
@Component
public class TenantDirectory {

    private static final Logger LOG = LoggerFactory.getLogger(TenantDirectory.class);
    private static final String HASHED = "sha256:";

    private final HubProperties properties;

    public TenantDirectory(HubProperties properties) {
        this.properties = properties;
    }

    /** The tenant whose key this is. */
    public Optional<String> tenantForKey(String apiKey) {
        if (apiKey == null || apiKey.isBlank()) {
            return Optional.empty();
        }
        byte[] presented = sha256(apiKey);
        String found = null;
        for (Map.Entry<String, HubProperties.Tenant> tenant : properties.tenants().entrySet()) {
            for (String configured : tenant.getValue().apiKeys()) {
                if (MessageDigest.isEqual(presented, digestOf(configured))) {
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
                .filter(key -> !key.startsWith(HASHED))
                .forEach(key -> LOG.warn("Demo credential: tenant '{}' accepts X-Api-Key: {} (configured in clear; "
                        + "use sha256:<hex> outside a demo)", tenant, key)));
    }

    private static byte[] digestOf(String configured) {
        return configured.startsWith(HASHED)
                ? HexFormat.of().parseHex(configured.substring(HASHED.length()))
                : sha256(configured);
    }

    static byte[] sha256(String value) {
        try {
            return MessageDigest.getInstance("SHA-256").digest(value.getBytes(StandardCharsets.UTF_8));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JRE", e);
        }
    }
}
