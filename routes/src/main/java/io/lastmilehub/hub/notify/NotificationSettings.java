package io.lastmilehub.hub.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.config.HubProperties;
import org.springframework.stereotype.Component;

/** Reads a queued notification and finds its tenant's channel settings, for the senders. */
@Component
public class NotificationSettings {

    private final HubProperties properties;
    private final ObjectMapper json;

    public NotificationSettings(HubProperties properties, ObjectMapper json) {
        this.properties = properties;
        this.json = json;
    }

    OutboundNotification read(String notificationJson) {
        try {
            return json.readValue(notificationJson, OutboundNotification.class);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a queued notification: " + e.getOriginalMessage(), e);
        }
    }

    /** The tenant's notification settings; a tenant that lost them since the notification was queued fails it. */
    HubProperties.Notifications of(String tenant) {
        HubProperties.Tenant settings = properties.tenants().get(tenant);
        if (settings == null || settings.notifications() == null) {
            throw new IllegalStateException("tenant " + tenant + " has no lastmile.tenants." + tenant
                    + ".notifications");
        }
        return settings.notifications();
    }
}
