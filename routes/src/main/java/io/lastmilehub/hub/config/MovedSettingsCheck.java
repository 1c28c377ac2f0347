package io.lastmilehub.hub.config;

import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

import java.util.Map;

/**
 * Stops the start-up on a setting that has moved: the binder ignores keys it does not know, so a tenant's warehouse
 * layout or webhook secret under its old key would otherwise be dropped without a word.
 */
@Component
public class MovedSettingsCheck {

    /** Old key under a tenant -> its new place under the same tenant. */
    private static final Map<String, String> MOVED = Map.of(
            "wms.csv", "connectors.wms-csv",
            "shops.shopify-webhook-secret", "connectors.shopify.webhook-secret",
            "shops.woocommerce-webhook-secret", "connectors.woocommerce.webhook-secret");

    public MovedSettingsCheck(Environment environment) {
        check(Binder.get(environment));
    }

    static void check(Binder binder) {
        Map<String, Object> tenants = binder.bind("lastmile.tenants", Bindable.mapOf(String.class, Object.class))
                .orElse(Map.of());
        tenants.keySet().forEach(tenant -> MOVED.forEach((old, now) -> {
            String key = "lastmile.tenants." + tenant + "." + old;
            if (binder.bind(key, String.class).isBound()
                    || binder.bind(key, Bindable.mapOf(String.class, Object.class)).isBound()) {
                throw new InvalidSettingException(key, "…", "moved to lastmile.tenants." + tenant + "." + now);
            }
        }));
    }
}
