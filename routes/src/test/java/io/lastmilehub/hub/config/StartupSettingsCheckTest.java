package io.lastmilehub.hub.config;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class StartupSettingsCheckTest {

    @TempDir
    Path configDir;

    @Test
    void whenTheConfigDirectoryIsMissing_itShouldStopNamingIt() {
        assertThatThrownBy(() -> new StartupSettingsCheck(BoundProperties.of(Map.of("lastmile.config-dir", configDir + "/gone"))))
                .isInstanceOf(InvalidSettingException.class)
                .hasMessageStartingWith("lastmile.config-dir: '" + configDir + "/gone': no such directory");
    }

    @Test
    void whenAnOutboundUrlIsNotAbsoluteHttp_itShouldStopNamingTheKey() {
        Map<String, String> settings = new HashMap<>(Map.of("lastmile.config-dir", configDir.toString()));
        settings.put("lastmile.tenants.demo.notifications.webhook.url", "shop.example.com/hooks");
        assertThatThrownBy(() -> new StartupSettingsCheck(BoundProperties.of(settings)))
                .hasMessage("lastmile.tenants.demo.notifications.webhook.url: 'shop.example.com/hooks': "
                        + "not an absolute http or https URL");
        settings.remove("lastmile.tenants.demo.notifications.webhook.url");
        settings.put("lastmile.tenants.demo.sap.soap-status-url", "ftp://sap.example.com/status");
        assertThatThrownBy(() -> new StartupSettingsCheck(BoundProperties.of(settings)))
                .hasMessageStartingWith("lastmile.tenants.demo.sap.soap-status-url: ");
    }

    @Test
    void whenEveryUrlIsAbsoluteHttp_itShouldPass() {
        Map<String, String> settings = new HashMap<>(Map.of("lastmile.config-dir", configDir.toString()));
        settings.put("lastmile.tenants.demo.notifications.sms.url", "https://sms.example.com/v1/messages");
        settings.put("lastmile.tenants.demo.geocoder.base-url", "http://127.0.0.1:8089");
        assertThatCode(() -> new StartupSettingsCheck(BoundProperties.of(settings))).doesNotThrowAnyException();
    }
}
