package io.lastmilehub.hub.notify;

import com.samskivert.mustache.Mustache;
import io.lastmilehub.hub.config.HubProperties;
import org.springframework.stereotype.Component;

import java.util.HashMap;
import java.util.Map;

/**
 * Sends a text message through the tenant's SMS provider: the configured JSON body template, filled with
 * {@code to}, {@code from} and {@code text} (escaped as JSON string content), POSTed with the configured
 * {@code Authorization} header and, as on a webhook, {@code LastMile-Notification-Id}: the same on every try, so a
 * provider (or a proxy before it) can drop the repeat of a try whose answer the hub never got.
 */
@Component("smsSender")
public class SmsSender {

    private static final Mustache.Compiler JSON_STRINGS = Mustache.compiler().defaultValue("")
            .withEscaper(SmsSender::escapeJson);

    private final NotificationSettings settings;
    private final HttpPosts http;

    public SmsSender(NotificationSettings settings, HttpPosts http) {
        this.settings = settings;
        this.http = http;
    }

    public void send(String notificationJson) {
        OutboundNotification notification = settings.read(notificationJson);
        HubProperties.Sms sms = settings.of(notification.tenant()).sms();
        if (sms == null || sms.url() == null) {
            throw new IllegalStateException("tenant " + notification.tenant() + " has no SMS provider url");
        }
        Map<String, String> headers = new HashMap<>(Map.of(WebhookSender.ID_HEADER, notification.id()));
        if (sms.authorization() != null) {
            headers.put("Authorization", sms.authorization());
        }
        http.postJson(sms.url(), sms.timeout(), headers, body(sms, notification));
    }

    static String body(HubProperties.Sms sms, OutboundNotification notification) {
        return JSON_STRINGS.compile(sms.bodyTemplate()).execute(Map.of("to", notification.recipient(),
                "from", sms.from() == null ? "" : sms.from(), "text", notification.text()));
    }

    /** A JSON string's content: quotes, backslashes and control characters escaped. */
    static String escapeJson(String raw) {
        StringBuilder escaped = new StringBuilder(raw.length() + 8);
        for (char c : raw.toCharArray()) {
            switch (c) {
                case '"' -> escaped.append("\\\"");
                case '\\' -> escaped.append("\\\\");
                case '\n' -> escaped.append("\\n");
                case '\r' -> escaped.append("\\r");
                case '\t' -> escaped.append("\\t");
                default -> escaped.append(c < 0x20 ? String.format("\\u%04x", (int) c) : String.valueOf(c));
            }
        }
        return escaped.toString();
    }
}
