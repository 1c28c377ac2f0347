package io.lastmilehub.hub.orders;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.lastmilehub.connectors.spi.ParcelUpdate;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.ExternalReferences;
import jakarta.persistence.EntityManager;
import jakarta.persistence.FlushModeType;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * Attaches the parcels of ship notices and warehouse confirmations to their orders (see {@link ParcelUpdate} for
 * how the order is found, {@link ParcelMerge} for how parcels combine). Each applied update is a status event that
 * keeps the order's status and says what the warehouse did. An update whose order the hub does not have yet is
 * parked and applied when that order arrives: nothing accepted is lost.
 */
@Component
public class ParcelUpdates {

    private final ParcelUpdateRepository updates;
    private final OrderRepository orders;
    private final OrderByReference finder;
    private final OrderDocuments documents;
    private final StatusRecorder statuses;
    private final ObjectMapper json;
    private final Clock clock;
    private final EntityManager entityManager;

    ParcelUpdates(ParcelUpdateRepository updates, OrderRepository orders, OrderByReference finder,
                  OrderDocuments documents, StatusRecorder statuses, ObjectMapper json, Clock clock,
                  EntityManager entityManager) {
        this.updates = updates;
        this.orders = orders;
        this.finder = finder;
        this.documents = documents;
        this.statuses = statuses;
        this.json = json;
        this.clock = clock;
        this.entityManager = entityManager;
    }

    /**
     * Stores the updates of an accepted message, each applied to its order or parked, in the caller's transaction.
     *
     * @throws io.lastmilehub.hub.errors.InvalidMessageException naming the update's reference when it can find no
     *                                                            order or matches several
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void accept(String tenant, String messageId, List<ParcelUpdate> received, Instant receivedAt) {
        List<Optional<OrderEntity>> found = ordersOf(tenant, received);
        for (int i = 0; i < received.size(); i++) {
            ParcelUpdate update = received.get(i);
            ParcelUpdateEntity row = row(tenant, messageId, i, update, receivedAt);
            found.get(i).ifPresent(order -> apply(row, update, order));
            updates.save(row);
        }
    }

    /**
     * The order of each update, all looked up before any update is stored. A query made while the persistence
     * context holds changes has Hibernate look through every managed entity first (auto-flush): lookups between the
     * stores made a 10,000-row warehouse file quadratic (116 s). Flushed once here, the context has nothing pending
     * for the lookups to see, so they run without that look.
     */
    private List<Optional<OrderEntity>> ordersOf(String tenant, List<ParcelUpdate> received) {
        entityManager.flush();
        FlushModeType before = entityManager.getFlushMode();
        entityManager.setFlushMode(FlushModeType.COMMIT);
        try {
            List<Optional<OrderEntity>> found = new ArrayList<>(received.size());
            for (int i = 0; i < received.size(); i++) {
                String field = (received.size() > 1 ? "parcelUpdates[" + i + "]" : "parcelUpdate") + ".references";
                found.add(finder.find(tenant, received.get(i).references(), field));
            }
            return found;
        } finally {
            entityManager.setFlushMode(before);
        }
    }

    /** Applies the parked updates that name this order's references, oldest first. */
    @Transactional
    public void applyParked(String orderId) {
        OrderEntity order = orders.findById(orderId).orElseThrow();
        for (ParcelUpdateEntity row : updates.findParked(order.getTenant(), order.getErpDelivery(),
                order.getErpSalesOrder(), order.getCustomerPo(), order.getShopOrder())) {
            apply(row, read(row), order);
        }
    }

    private void apply(ParcelUpdateEntity row, ParcelUpdate update, OrderEntity entity) {
        DeliveryOrder order = documents.read(entity);
        DeliveryOrder updated = order.toBuilder().clearParcels().parcels(ParcelMerge.merge(order.getParcels(), update))
                .references(withTracking(order.getReferences(), update.references().getTrackingNumber()))
                .buildUnvalidated();
        documents.write(updated, entity);
        statuses.note(entity, updated, note(update, updated));
        row.setOrderId(entity.getId());
        row.setAppliedAt(clock.instant());
    }

    /** The carrier's tracking number from the notice, where the order has none. */
    private static ExternalReferences withTracking(ExternalReferences current, String trackingNumber) {
        ExternalReferences references = current != null ? current : ExternalReferences.builder().buildUnvalidated();
        return references.getTrackingNumber() != null || trackingNumber == null ? current
                : references.toBuilder().trackingNumber(trackingNumber).buildUnvalidated();
    }

    private static String note(ParcelUpdate update, DeliveryOrder updated) {
        return String.format(Locale.ROOT, "%s by the warehouse%s: %d parcel(s) reported, order now %d parcel(s), "
                        + "%.3f kg", update.event(), update.occurredAt() == null ? "" : " at " + update.occurredAt(),
                update.parcels().size(), updated.getParcels().size(), updated.totalWeightKg());
    }

    private ParcelUpdateEntity row(String tenant, String messageId, int index, ParcelUpdate update,
                                   Instant receivedAt) {
        ParcelUpdateEntity row = new ParcelUpdateEntity(messageId + "-" + index, tenant, messageId, receivedAt);
        row.setErpDelivery(update.references().getErpDelivery());
        row.setErpSalesOrder(update.references().getErpSalesOrder());
        row.setCustomerPo(update.references().getCustomerPo());
        row.setShopOrder(update.references().getShopOrder());
        row.setEvent(update.event());
        try {
            row.setDocument(json.writeValueAsString(update));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot write parcel update " + row.getId() + " as JSON", e);
        }
        return row;
    }

    private ParcelUpdate read(ParcelUpdateEntity row) {
        try {
            return json.readValue(row.getDocument(), ParcelUpdate.class);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Stored parcel update " + row.getId() + " is not readable", e);
        }
    }
}
