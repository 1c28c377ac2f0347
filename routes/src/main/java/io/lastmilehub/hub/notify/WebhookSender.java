package io.lastmilehub.hub.notify;

import io.lastmilehub.hub.config.HubProperties;
import org.springframework.stereotype.Component;

import java.time.Clock;
import java.util.Map;

/**
 * Sends a webhook notification: its JSON payload, signed at send time (see {@link WebhookSignature}; a replay days
 * later carries a fresh timestamp), with {@code LastMile-Notification-Id} for the receiver to drop duplicates.
 */
@Component("webhookSender")
public class WebhookSender {

    /** The header with the notification's id, the same on every retry and replay. */
    public static final String ID_HEADER = "LastMile-Notification-Id";

    private final NotificationSettings settings;
    private final HttpPosts http;
    private final Clock clock;

    public WebhookSender(NotificationSettings settings, HttpPosts http, Clock clock) {
        this.settings = settings;
        this.http = http;
        this.clock = clock;
    }

    public void send(String notificationJson) {
        OutboundNotification notification = settings.read(notificationJson);
        HubProperties.Webhook webhook = settings.of(notification.tenant()).webhook();
        if (webhook == null || webhook.url() == null || webhook.secret() == null) {
            throw new IllegalStateException("tenant " + notification.tenant() + " has no webhook url and secret");
        }
        String signature = WebhookSignature.header(webhook.secret(), clock.instant().getEpochSecond(),
                notification.text());
        http.postJson(webhook.url(), webhook.timeout(), Map.of(WebhookSignature.HEADER, signature,
                ID_HEADER, notification.id()), notification.text());
    }
}
