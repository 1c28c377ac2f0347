package io.lastmilehub.hub.config;

import org.junit.jupiter.api.Test;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.context.properties.source.MapConfigurationPropertySource;

import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class MovedSettingsCheckTest {

    private static void check(Map<String, String> settings) {
        MovedSettingsCheck.check(new Binder(new MapConfigurationPropertySource(settings)));
    }

    @Test
    void whenATenantStillUsesAnOldKey_itShouldStopNamingItsNewPlace() {
        assertThatThrownBy(() -> check(Map.of("lastmile.tenants.demo.wms.csv.delimiter", ";")))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessage("lastmile.tenants.demo.wms.csv: '…': moved to lastmile.tenants.demo.connectors.wms-csv");
        assertThatThrownBy(() -> check(Map.of("lastmile.tenants.demo.shops.shopify-webhook-secret", "s3cret")))
                .hasMessage("lastmile.tenants.demo.shops.shopify-webhook-secret: '…': moved to "
                        + "lastmile.tenants.demo.connectors.shopify.webhook-secret");
    }

    @Test
    void whenATenantUsesTheNewKeys_itShouldPass() {
        assertThatCode(() -> check(Map.of("lastmile.tenants.demo.connectors.wms-csv.delimiter", ";")))
                .doesNotThrowAnyException();
    }
}
