package io.lastmilehub.hub.notify;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.messagelog.BusinessKeys;
import io.lastmilehub.hub.messagelog.LoggedMessage;
import io.lastmilehub.hub.messagelog.MessageLog;
import io.lastmilehub.hub.messaging.EventPublisher;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.trackpage.TrackingLinks;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.hub.pod.ProofOfDeliveryRepository;
import io.lastmilehub.hub.pod.CustomerCodes;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.DeliveryStatusEvent;
import io.lastmilehub.model.ProofOfDelivery;
import io.lastmilehub.pod.OneTimeCode;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.List;
import java.util.Optional;

/**
 * Turns a status event into what the customer is told: issues the codes the event calls for (the PIN at the
 * tenant's {@code codes.pin-issued-at} status for an order that requires one; the pickup code when the goods were
 * deposited in a locker), records one notification per channel and queues each for its channel, all in one
 * transaction. An event delivered again finds its notifications recorded and is skipped, so each is sent once.
 */
@Service
public class CustomerNotifications {

    private static final Logger LOG = LoggerFactory.getLogger(CustomerNotifications.class);

    private final HubProperties properties;
    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final ProofOfDeliveryRepository proofs;
    private final CustomerCodes codes;
    private final NotificationComposer composer;
    private final NotificationRepository notifications;
    private final EventPublisher publisher;
    private final TrackingLinks trackingLinks;
    private final MessageLog log;
    private final ObjectMapper json;
    private final Clock clock;

    public CustomerNotifications(HubProperties properties, OrderRepository orders, OrderDocuments documents,
                                 ProofOfDeliveryRepository proofs, CustomerCodes codes, NotificationComposer composer,
                                 NotificationRepository notifications, EventPublisher publisher,
                                 TrackingLinks trackingLinks, MessageLog log, ObjectMapper json, Clock clock) {
        this.properties = properties;
        this.orders = orders;
        this.documents = documents;
        this.proofs = proofs;
        this.codes = codes;
        this.composer = composer;
        this.notifications = notifications;
        this.publisher = publisher;
        this.trackingLinks = trackingLinks;
        this.log = log;
        this.json = json;
        this.clock = clock;
    }

    /** Called with each event of the status topic (canonical DeliveryStatusEvent JSON). */
    @Transactional
    public void onStatus(String eventJson) {
        DeliveryStatusEvent event = read(eventJson, DeliveryStatusEvent.class);
        HubProperties.Tenant tenant = properties.tenants().get(event.getTenant());
        // Codes are issued only at statuses customers are told of: any other (RECEIVED, PLANNED) needs no lookup.
        if (tenant == null || NotificationKind.of(event).isEmpty()
                || notifications.existsByEventId(event.getEventId()) || codes.issuedOn(event.getEventId())) {
            return;
        }
        orders.findByIdAndTenant(event.getOrderId(), event.getTenant())
                .ifPresent(entity -> notify(event, documents.read(entity), trackingLinks.of(entity), tenant));
    }

    private void notify(DeliveryStatusEvent event, DeliveryOrder order, String trackingUrl,
                        HubProperties.Tenant tenant) {
        IssuedCodes issued = issueCodes(event, order, tenant.codes());
        Optional<NotificationKind> kind = NotificationKind.of(event);
        List<OutboundNotification> out = kind.isEmpty() || tenant.notifications() == null ? List.of()
                : composer.compose(kind.get(), event, order, issued, trackingUrl, tenant.notifications());
        if (issued.any() && out.isEmpty()) {
            LOG.warn("Order {} of tenant {}: a code was issued on {} but no notification channel reaches the "
                    + "customer", order.getId(), order.getTenant(), event.getStatus());
        }
        for (OutboundNotification notification : out) {
            String payload = write(notification);
            // The payload is stored with the row: if the hub dies after the database commit and before the
            // broker's, NotificationSweeper sends it from here.
            notifications.save(new NotificationEntity(notification.id(), notification.tenant(),
                    notification.orderId(), notification.eventId(), notification.kind().name(),
                    notification.channel().key(), notification.recipient(), payload, clock.instant()));
            String entry = log.record(NotificationLog.entryOf(notification.id()), LoggedMessage.unkept(
                    notification.tenant(), notification.channel().key(), notification.channel() == Channel.WEBHOOK
                    ? "tenant" : "customer", notification.text() == null ? 0
                    : notification.text().getBytes(StandardCharsets.UTF_8).length,
                    new BusinessKeys().event(event).list())).orElse(null);
            publisher.notification(notification.tenant(), notification.orderId(), notification.id(),
                    notification.channel().key(), payload, entry);
        }
    }

    private IssuedCodes issueCodes(DeliveryStatusEvent event, DeliveryOrder order, HubProperties.Codes settings) {
        OneTimeCode pin = null;
        if (event.getStatus() == settings.pinIssuedAt() && order.getPodRequirements() != null
                && order.getPodRequirements().isPin()) {
            pin = codes.issuePin(order, event.getEventId(), settings);
        }
        ProofOfDelivery deposit = event.getStatus() == DeliveryStatus.DELIVERED ? lockerDeposit(order) : null;
        OneTimeCode lockerCode = deposit == null ? null
                : codes.issueLockerCode(order, deposit, event.getEventId(), settings);
        return new IssuedCodes(pin, deposit == null ? null : deposit.getLockerId(), lockerCode);
    }

    /** The order's proof of delivery if it is a locker deposit. */
    private ProofOfDelivery lockerDeposit(DeliveryOrder order) {
        return proofs.findByOrderIdAndTenant(order.getId(), order.getTenant())
                .map(proof -> read(proof.getDocument(), ProofOfDelivery.class))
                .filter(proof -> proof.getLockerId() != null).orElse(null);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalArgumentException("not a canonical " + type.getSimpleName() + ": "
                    + e.getOriginalMessage(), e);
        }
    }

    private String write(OutboundNotification notification) {
        try {
            return json.writeValueAsString(notification);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("a notification of strings always serialises", e);
        }
    }
}
