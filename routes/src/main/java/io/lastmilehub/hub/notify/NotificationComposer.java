package io.lastmilehub.hub.notify;

import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.model.Contact;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatusEvent;
import org.springframework.stereotype.Component;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

/**
 * Writes the notifications of one event: a signed-JSON webhook when the tenant has a receiver; an e-mail and an
 * SMS when the tenant has the channel, the order's contact has an address or number, and the tenant's templates
 * have a text for the event on that channel.
 */
@Component
public class NotificationComposer {

    private final NotificationTemplates templates;
    private final WebhookPayloads webhooks;

    public NotificationComposer(NotificationTemplates templates, WebhookPayloads webhooks) {
        this.templates = templates;
        this.webhooks = webhooks;
    }

    List<OutboundNotification> compose(NotificationKind kind, DeliveryStatusEvent event, DeliveryOrder order,
                                       IssuedCodes codes, String trackingUrl,
                                       HubProperties.Notifications settings) {
        List<OutboundNotification> out = new ArrayList<>();
        if (settings.webhook() != null && settings.webhook().url() != null) {
            String id = newId();
            out.add(new OutboundNotification(id, event.getTenant(), event.getOrderId(), event.getEventId(), kind,
                    Channel.WEBHOOK, settings.webhook().url().toString(), null,
                    webhooks.of(id, kind, event, order, codes)));
        }
        Contact contact = order.getShipTo().getContact();
        if (contact == null) {
            return out;
        }
        Map<String, Object> variables = MessageVariables.of(event, order, codes, trackingUrl,
                templates.style(event.getTenant()));
        if (settings.email() != null && contact.getEmail() != null) {
            text(kind, Channel.EMAIL, event, contact.getEmail(), variables).ifPresent(out::add);
        }
        if (settings.sms() != null && contact.getPhone() != null) {
            text(kind, Channel.SMS, event, contact.getPhone(), variables).ifPresent(out::add);
        }
        return out;
    }

    private Optional<OutboundNotification> text(NotificationKind kind, Channel channel, DeliveryStatusEvent event,
                                                String recipient, Map<String, Object> variables) {
        return templates.render(event.getTenant(), kind, channel, variables).map(text -> new OutboundNotification(
                newId(), event.getTenant(), event.getOrderId(), event.getEventId(), kind, channel, recipient,
                text.subject(), text.body()));
    }

    private static String newId() {
        return "ntf-" + UUID.randomUUID();
    }
}
