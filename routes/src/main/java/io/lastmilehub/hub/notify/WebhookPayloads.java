package io.lastmilehub.hub.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatusEvent;
import org.springframework.stereotype.Component;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON a webhook receives: {@code id} (the notification, stable across retries and replays: the receiver's
 * idempotency key), {@code type} (e.g. {@code delivery.out_for_delivery}), the event's {@code eventId},
 * {@code occurredAt}, {@code status}, {@code reasonCode}, {@code reason}, the order's {@code orderId},
 * {@code references} and {@code timeWindows}, and the codes issued on the event ({@code pin}, {@code lockerId},
 * {@code lockerCode}, {@code codeExpiresAt}) for the tenant's own system to pass on.
 */
@Component
public class WebhookPayloads {

    private final ObjectMapper json;

    public WebhookPayloads(ObjectMapper json) {
        this.json = json;
    }

    String of(String notificationId, NotificationKind kind, DeliveryStatusEvent event, DeliveryOrder order,
              IssuedCodes codes) {
        Map<String, Object> payload = new LinkedHashMap<>();
        payload.put("id", notificationId);
        payload.put("type", kind.webhookType());
        payload.put("tenant", event.getTenant());
        payload.put("eventId", event.getEventId());
        payload.put("occurredAt", event.getOccurredAt());
        payload.put("orderId", event.getOrderId());
        payload.put("status", event.getStatus());
        payload.put("reasonCode", event.getReasonCode());
        payload.put("reason", event.getReason());
        payload.put("references", order.getReferences());
        payload.put("timeWindows", order.getTimeWindows());
        if (codes.pin() != null) {
            payload.put("pin", codes.pin().code());
            payload.put("codeExpiresAt", codes.pin().expiresAt());
        }
        if (codes.lockerCode() != null) {
            payload.put("lockerId", codes.lockerId());
            payload.put("lockerCode", codes.lockerCode().code());
            payload.put("codeExpiresAt", codes.lockerCode().expiresAt());
        }
        payload.values().removeIf(value -> value == null);
        try {
            return json.writeValueAsString(payload);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a webhook payload of canonical values always serialises", e);
        }
    }
}
