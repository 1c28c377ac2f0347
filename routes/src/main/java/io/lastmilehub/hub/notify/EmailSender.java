package io.lastmilehub.hub.notify;

import io.lastmilehub.hub.config.HubProperties;
import org.apache.camel.Exchange;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Component;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/**
 * Sends an e-mail notification as plain UTF-8 text through the tenant's SMTP server (camel-mail). Only the mail
 * headers go to the server, none of the hub's own.
 */
@Component("emailSender")
public class EmailSender {

    private final NotificationSettings settings;
    private final ProducerTemplate producer;

    public EmailSender(NotificationSettings settings, ProducerTemplate producer) {
        this.settings = settings;
        this.producer = producer;
    }

    public void send(String notificationJson) {
        OutboundNotification notification = settings.read(notificationJson);
        HubProperties.Email email = settings.of(notification.tenant()).email();
        if (email == null || email.host() == null || email.from() == null) {
            throw new IllegalStateException("tenant " + notification.tenant() + " has no e-mail host and from");
        }
        Exchange sent = producer.send(endpoint(email), exchange -> {
            exchange.getMessage().setHeader("To", notification.recipient());
            exchange.getMessage().setHeader("From", email.from());
            exchange.getMessage().setHeader("Subject", notification.subject());
            exchange.getMessage().setHeader(Exchange.CONTENT_TYPE, "text/plain; charset=UTF-8");
            exchange.getMessage().setBody(notification.text());
        });
        if (sent.getException() != null) {
            throw new IllegalStateException("SMTP server " + email.host() + ":" + email.port()
                    + " did not take the e-mail: " + sent.getException().getMessage(), sent.getException());
        }
    }

    static String endpoint(HubProperties.Email email) {
        String timeout = String.valueOf(email.timeout().toMillis());
        StringBuilder uri = new StringBuilder("smtp://").append(email.host()).append(':').append(email.port())
                .append("?connectionTimeout=").append(timeout);
        if (email.username() != null) {
            uri.append("&username=").append(URLEncoder.encode(email.username(), StandardCharsets.UTF_8))
                    .append("&password=RAW(").append(email.password()).append(')');
        }
        return uri.toString();
    }
}
