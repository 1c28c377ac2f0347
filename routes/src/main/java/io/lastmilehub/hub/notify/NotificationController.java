package io.lastmilehub.hub.notify;

import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.hub.web.NotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

import java.time.Instant;
import java.util.List;

/** What the customer of an order was told, channel by channel (without the texts: they may hold codes). */
@RestController
public class NotificationController {

    /** One notification. */
    public record NotificationView(String id, String eventId, String kind, String channel, String recipient,
                                   String status, Instant createdAt, Instant sentAt, String error,
                                   String deadLetterId) {

        static NotificationView of(NotificationEntity entity) {
            return new NotificationView(entity.getId(), entity.getEventId(), entity.getKind(), entity.getChannel(),
                    entity.getRecipient(), entity.getStatus(), entity.getCreatedAt(), entity.getSentAt(),
                    entity.getError(), entity.getDeadLetterId());
        }
    }

    private final OrderRepository orders;
    private final NotificationRepository notifications;

    public NotificationController(OrderRepository orders, NotificationRepository notifications) {
        this.orders = orders;
        this.notifications = notifications;
    }

    @GetMapping("/api/v1/orders/{id}/notifications")
    public List<NotificationView> list(@PathVariable String id, Authentication caller) {
        if (orders.findByIdAndTenant(id, caller.getName()).isEmpty()) {
            throw new NotFoundException("order", id);
        }
        return notifications.findByTenantAndOrderIdOrderByCreatedAt(caller.getName(), id).stream()
                .map(NotificationView::of).toList();
    }
}
