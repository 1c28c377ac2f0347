package io.lastmilehub.hub.config;

import org.springframework.stereotype.Component;

import java.net.URI;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Checks at start-up the settings that name a directory or a URL and that nothing else reads before the first
 * message needs them: a typo would otherwise show only as a failed send hours later. Files and partner directories
 * are checked where they are read.
 */
@Component
public class StartupSettingsCheck {

    public StartupSettingsCheck(HubProperties properties) {
        ConfiguredPaths.directory("lastmile.config-dir", properties.configDir());
        urls(properties).forEach(StartupSettingsCheck::requireHttpUrl);
    }

    /** Every outbound URL of every tenant, by its key. */
    static Map<String, URI> urls(HubProperties properties) {
        Map<String, URI> urls = new LinkedHashMap<>();
        properties.tenants().forEach((tenant, settings) -> {
            String prefix = "lastmile.tenants." + tenant + ".";
            if (settings.notifications() != null) {
                put(urls, prefix + "notifications.webhook.url", settings.notifications().webhook(),
                        HubProperties.Webhook::url);
                put(urls, prefix + "notifications.sms.url", settings.notifications().sms(), HubProperties.Sms::url);
            }
            put(urls, prefix + "sap.soap-status-url", settings.sap(), HubProperties.Sap::soapStatusUrl);
            put(urls, prefix + "geocoder.base-url", settings.geocoder(), HubProperties.Geocoding::baseUrl);
        });
        return urls;
    }

    private static <T> void put(Map<String, URI> urls, String key, T settings, Function<T, URI> url) {
        if (settings != null && url.apply(settings) != null) {
            urls.put(key, url.apply(settings));
        }
    }

    private static void requireHttpUrl(String key, URI url) {
        String scheme = url.getScheme() == null ? "" : url.getScheme().toLowerCase();
        if (!(scheme.equals("http") || scheme.equals("https")) || url.getHost() == null) {
            throw new InvalidSettingException(key, url.toString(), "not an absolute http or https URL");
        }
    }
}
