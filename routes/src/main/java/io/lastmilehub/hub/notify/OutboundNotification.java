package io.lastmilehub.hub.notify;

/**
 * One notification on its way to one recipient over one channel: the body of a message on
 * {@link io.lastmilehub.hub.messaging.Addresses#NOTIFICATIONS}, kept whole in the dead-letter store if it cannot be
 * sent, so that a replay sends it as it was.
 *
 * @param id        the notification's id (the webhook receiver's idempotency key)
 * @param tenant    the tenant
 * @param orderId   the order
 * @param eventId   the status event it tells about
 * @param kind      what it tells
 * @param channel   how it goes
 * @param recipient webhook URL, e-mail address or phone number
 * @param subject   the e-mail's subject; {@code null} for other channels
 * @param text      the rendered text, or for a webhook the JSON payload
 */
public record OutboundNotification(String id, String tenant, String orderId, String eventId, NotificationKind kind,
                                   Channel channel, String recipient, String subject, String text) {
}
