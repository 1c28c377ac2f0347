package io.lastmilehub.hub.inbound;

import io.lastmilehub.connectors.spi.InboundMapper;
import io.lastmilehub.connectors.spi.InboundMessage;
import io.lastmilehub.connectors.spi.MappedMessage;
import io.lastmilehub.connectors.spi.MappingException;
import io.lastmilehub.connectors.spi.OrderRevision;
import io.lastmilehub.hub.config.HubProperties;
import io.lastmilehub.hub.errors.InvalidMessageException;
import io.lastmilehub.hub.messaging.PlainHeaders;
import io.lastmilehub.hub.orders.NormalizedAddresses;
import io.lastmilehub.hub.security.TenantDirectory;
import io.lastmilehub.hub.web.MessageCharset;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import io.lastmilehub.model.InvalidModelException;
import io.lastmilehub.model.SourceRef;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.stereotype.Service;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.IntConsumer;

/**
 * The inbound contract: a raw message in, canonical orders stored and enqueued, or a refusal naming what is wrong.
 * The same message twice (same source message id, or the same bytes) answers with the first answer.
 */
@Service
public class InboundService {

    /** Orders stored between two progress reports of a job: a few a second on a loaded machine. */
    static final int PROGRESS_STEP = 500;

    private final TenantMappers mappers;
    private final InboundMessageRepository messages;
    private final InboundStore store;
    private final NormalizedAddresses addresses;
    private final SourceRevisions revisions;
    private final TenantDirectory tenants;
    private final HubProperties properties;
    private final StoreProgress progress;
    private final Clock clock;

    public InboundService(TenantMappers mappers, InboundMessageRepository messages, InboundStore store,
                          NormalizedAddresses addresses, SourceRevisions revisions, TenantDirectory tenants,
                          HubProperties properties, StoreProgress progress, Clock clock) {
        this.mappers = mappers;
        this.messages = messages;
        this.store = store;
        this.addresses = addresses;
        this.revisions = revisions;
        this.tenants = tenants;
        this.properties = properties;
        this.progress = progress;
        this.clock = clock;
    }

    public AcceptedMessage accept(String tenant, String format, byte[] payload, Map<String, Object> headers) {
        checkEnvelope(tenant, format, payload);
        String sha256 = PayloadDigests.sha256(payload);
        Optional<AcceptedMessage> samePayload = messages.findByTenantAndPayloadSha256(tenant, sha256)
                .map(InboundService::answerFor);
        if (samePayload.isPresent()) {
            return samePayload.get();
        }
        MappedMessage mapped = revisedOrCreated(tenant, map(tenant, format, payload, headers), headers);
        Optional<AcceptedMessage> sameSource = findBySource(tenant, mapped);
        if (sameSource.isPresent()) {
            return sameSource.get();
        }
        InboundMessageEntity message = new InboundMessageEntity(
                OrderIds.messageId(tenant, mapped.sourceSystem(), mapped.sourceMessageId()), tenant, format, payload,
                sha256);
        message.setSourceSystem(mapped.sourceSystem());
        message.setSourceMessageId(mapped.sourceMessageId());
        message.setReceivedAt(clock.instant());
        List<DeliveryOrder> orders = prepared(tenant, mapped, message.getReceivedAt());
        try {
            return store.store(message, orders, mapped, progressOf(headers, orders.size()));
        } catch (DataIntegrityViolationException raceWithTheSameMessage) {
            return findBySource(tenant, mapped).orElseThrow(() -> raceWithTheSameMessage);
        }
    }

    /** Tells the job the message is taken in for, if any, every {@link #PROGRESS_STEP} orders stored. */
    private IntConsumer progressOf(Map<String, Object> headers, int total) {
        Object job = headers.get(StoreProgress.JOB_HEADER);
        if (job == null) {
            return stored -> { };
        }
        progress.stored(job.toString(), 0, total);
        return stored -> {
            if (stored % PROGRESS_STEP == 0 || stored == total) {
                progress.stored(job.toString(), stored, total);
            }
        };
    }

    /**
     * What {@link #accept} would make of a message, storing nothing: the orders as they would be stored (hub ids,
     * depot, normalised addresses), the rest the message carries, and the earlier message it would duplicate.
     *
     * @throws InvalidMessageException naming every violation, as {@link #accept} would refuse it
     */
    public InboundPreview preview(String tenant, String format, byte[] payload, Map<String, Object> headers) {
        checkEnvelope(tenant, format, payload);
        Optional<AcceptedMessage> samePayload = messages.findByTenantAndPayloadSha256(tenant, PayloadDigests.sha256(payload))
                .map(InboundService::answerFor);
        MappedMessage mapped = revisedOrCreated(tenant, map(tenant, format, payload, headers), headers);
        Optional<AcceptedMessage> earlier = samePayload.or(() -> findBySource(tenant, mapped));
        return new InboundPreview(mapped.sourceSystem(), mapped.sourceMessageId(),
                prepared(tenant, mapped, clock.instant()), mapped, earlier.orElse(null));
    }

    private void checkEnvelope(String tenant, String format, byte[] payload) {
        if (tenant == null || !tenants.exists(tenant)) {
            throw new InvalidMessageException("tenant", "unknown tenant '" + tenant + "'");
        }
        if (payload == null || payload.length == 0) {
            throw new InvalidMessageException("body", "empty message");
        }
        long max = properties.inbound().maxPayloadSize().toBytes();
        if (payload.length > max) {
            throw new InvalidMessageException("body", "message of " + payload.length + " bytes exceeds the limit of "
                    + max + " bytes");
        }
        if (format == null || mappers.find(tenant, format).isEmpty()) {
            throw new InvalidMessageException("format", "unknown format '" + format + "'; known formats: "
                    + String.join(", ", mappers.formats()));
        }
    }

    private static String contentType(Map<String, Object> headers) {
        return headers.entrySet().stream().filter(header -> "Content-Type".equalsIgnoreCase(header.getKey()))
                .map(header -> String.valueOf(header.getValue())).findFirst().orElse(null);
    }

    private MappedMessage map(String tenant, String format, byte[] payload, Map<String, Object> headers) {
        // Mappers read UTF-8: the sender's character set is resolved once, here, and bad bytes refused by offset.
        byte[] utf8 = MessageCharset.toUtf8(payload, contentType(headers));
        return map(new InboundMessage(tenant, format, utf8, PlainHeaders.of(headers)));
    }

    private List<DeliveryOrder> prepared(String tenant, MappedMessage mapped, Instant receivedAt) {
        try {
            return prepare(tenant, mapped, receivedAt);
        } catch (InvalidModelException e) {
            throw InvalidMessageException.of(e);
        }
    }

    private MappedMessage map(InboundMessage message) {
        InboundMapper mapper = mappers.find(message.tenant(), message.format()).orElseThrow();
        try {
            // A message with nothing to deliver (a shop order of downloads only) is accepted with no orders:
            // refusing it would make the sender retry it forever.
            return mapper.map(message);
        } catch (MappingException e) {
            throw InvalidMessageException.of(e);
        } catch (InvalidModelException e) {
            throw InvalidMessageException.of(e);
        }
    }

    /**
     * A message changing orders sent before ({@link OrderRevision}): its revised ship-tos normalised as a new order's
     * are; or, when the hub never had the order it changes, the order itself, created under its own source id; or,
     * when the order came with this very change, that order (a repeat of it).
     */
    private MappedMessage revisedOrCreated(String tenant, MappedMessage mapped, Map<String, Object> headers) {
        if (mapped.revisions().isEmpty()) {
            return mapped;
        }
        Optional<InboundMessageEntity> original = revisions.original(tenant, mapped.sourceSystem(),
                mapped.revisions().get(0));
        if (original.isEmpty() || isSameChange(original.get(), mapped, headers)) {
            return mapped.revisionsAsOrders();
        }
        try {
            List<OrderRevision> normalised = mapped.revisions().stream().map(r -> new OrderRevision(
                    r.orderMessageId(), r.order().toBuilder().shipTo(r.order().getShipTo().toBuilder()
                            .address(addresses.normalize(r.order().getShipTo().getAddress(), "shipTo.address"))
                            .build()).build())).toList();
            return new MappedMessage(mapped.sourceSystem(), mapped.sourceMessageId(), List.of(), List.of(), List.of(),
                    List.of(), List.of(), normalised);
        } catch (InvalidModelException e) {
            throw InvalidMessageException.of(e);
        }
    }

    /**
     * Whether the message that created an order was this change itself, in other bytes: a sender that does not tell
     * a new order from a changed one (Magento) sends every order as a change, and the first one created the order.
     */
    private boolean isSameChange(InboundMessageEntity original, MappedMessage change, Map<String, Object> headers) {
        try {
            return change.sourceMessageId().equals(map(original.getTenant(), original.getFormat(),
                    original.getPayload(), headers).sourceMessageId());
        } catch (InvalidMessageException originalReadsOtherwiseNow) {
            return false;
        }
    }

    private Optional<AcceptedMessage> findBySource(String tenant, MappedMessage mapped) {
        return messages.findByTenantAndSourceSystemAndSourceMessageId(tenant, mapped.sourceSystem(),
                mapped.sourceMessageId()).map(InboundService::answerFor);
    }

    /** Gives every order its hub id, tenant, depot, source, status RECEIVED and a normalised address. */
    private List<DeliveryOrder> prepare(String tenant, MappedMessage mapped, Instant receivedAt) {
        String defaultDepot = properties.tenants().get(tenant).defaultDepot();
        SourceRef source = SourceRef.builder().system(mapped.sourceSystem()).messageId(mapped.sourceMessageId())
                .receivedAt(receivedAt).build();
        List<DeliveryOrder> prepared = new ArrayList<>();
        for (DeliveryOrder order : mapped.orders()) {
            String path = (mapped.orders().size() > 1 ? "orders[" + prepared.size() + "]." : "") + "shipTo.address";
            prepared.add(order.toBuilder()
                    .shipTo(order.getShipTo().toBuilder()
                            .address(addresses.normalize(order.getShipTo().getAddress(), path)).build())
                    .id(OrderIds.orderId(tenant, mapped.sourceSystem(), mapped.sourceMessageId(), prepared.size()))
                    .tenant(tenant)
                    .source(source)
                    .depotId(order.getDepotId() != null ? order.getDepotId() : defaultDepot)
                    .status(DeliveryStatus.RECEIVED)
                    .build());
        }
        return prepared;
    }

    private static AcceptedMessage answerFor(InboundMessageEntity stored) {
        return new AcceptedMessage(stored.getId(), stored.orderIds(), true);
    }
}
