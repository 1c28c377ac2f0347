package io.lastmilehub.hub.carriers;

import io.lastmilehub.connectors.carrier.Manifest;
import io.lastmilehub.hub.messagelog.BusinessKeys;
import io.lastmilehub.hub.messagelog.KeyType;
import io.lastmilehub.hub.messagelog.LoggedMessage;
import io.lastmilehub.hub.messagelog.MessageLog;
import io.lastmilehub.hub.orders.OrderDocuments;
import io.lastmilehub.hub.orders.StatusChange;
import io.lastmilehub.hub.orders.StatusRecorder;
import io.lastmilehub.hub.orders.OrderEntity;
import io.lastmilehub.hub.orders.OrderRepository;
import io.lastmilehub.model.DeliveryOrder;
import io.lastmilehub.model.DeliveryStatus;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * Closes a carrier's manifest at a cut-off: in one transaction it claims every shipment of the carrier that is on no
 * manifest yet (booked ones only, when the carrier books over its API), records the manifest, queues one document
 * per configured format for the carrier's carrier-outbound route, and moves the planned orders to DISPATCHED (handed
 * to the carrier). Each document is logged in the message log, with the manifest's id and its orders' keys, in the same
 * transaction. A shipment is claimed by one manifest only, so a second cut-off never sends it again; if anything
 * fails, nothing is claimed or sent and the next cut-off takes the orders.
 */
@Service
public class CarrierManifests {

    private static final Logger LOG = LoggerFactory.getLogger(CarrierManifests.class);
    private static final DateTimeFormatter STAMP = DateTimeFormatter.ofPattern("yyyyMMddHHmmss", Locale.ROOT);

    private final CarrierManifestRepository manifests;
    private final CarrierShipmentRepository shipments;
    private final OrderRepository orders;
    private final OrderDocuments documents;
    private final ManifestRenderer renderer;
    private final CarrierQueues queues;
    private final StatusRecorder statuses;
    private final MessageLog log;
    private final Clock clock;

    public CarrierManifests(CarrierManifestRepository manifests, CarrierShipmentRepository shipments,
                            OrderRepository orders, OrderDocuments documents, ManifestRenderer renderer,
                            CarrierQueues queues, StatusRecorder statuses, MessageLog log, Clock clock) {
        this.manifests = manifests;
        this.shipments = shipments;
        this.orders = orders;
        this.documents = documents;
        this.renderer = renderer;
        this.queues = queues;
        this.statuses = statuses;
        this.log = log;
        this.clock = clock;
    }

    /**
     * Closes the carrier's manifest now.
     *
     * @param closedBy {@code schedule} or {@code api}, recorded with the manifest
     */
    @Transactional
    public ManifestSummary close(Carrier carrier, String closedBy) {
        Instant now = clock.instant();
        List<ManifestFormat> formats = carrier.config().manifest().formats();
        // 26 characters: fits the 856's BSN-02 and, with the consignment number, the IFTMIN's BGM
        String id = "mf-" + STAMP.format(now.atOffset(ZoneOffset.UTC)) + "-" + UUID.randomUUID().toString()
                .substring(0, 8);
        manifests.saveAndFlush(new CarrierManifestEntity(id, carrier.tenant(),
                carrier.id(), now, closedBy, 0, formats.stream().map(ManifestFormat::name)
                .collect(Collectors.joining(","))));
        int claimed = shipments.claim(carrier.id(), id, carrier.books(), DeliveryStatus.CANCELLED);
        long waiting = shipments.countByCarrierIdAndManifestIdIsNull(carrier.id());
        if (claimed == 0) {
            manifests.delete(manifests.findById(id).orElseThrow());
            LOG.info("Cut-off of carrier {}: nothing to manifest ({} waiting for booking)", carrier.id(), waiting);
            return new ManifestSummary(null, carrier.id(), now, List.of(), List.of(), waiting);
        }
        List<CarrierShipmentEntity> onManifest = shipments.findByManifestIdOrderByAssignedAt(id);
        List<DeliveryOrder> content = new ArrayList<>();
        for (CarrierShipmentEntity shipment : onManifest) {
            content.add(documents.read(orders.findByIdAndTenant(shipment.getOrderId(), carrier.tenant())
                    .orElseThrow()));
        }
        Manifest document = new Manifest(id, carrier.id(), carrier.tenant(), now, content);
        BusinessKeys keys = new BusinessKeys().add(KeyType.MANIFEST_ID, id);
        content.forEach(keys::order);
        for (ManifestFormat format : formats) {
            byte[] rendered = renderer.render(carrier, document, format);
            String entry = log.record(LoggedMessage.sent(carrier.tenant(), "manifest-"
                    + format.messageType().toLowerCase(Locale.ROOT), carrier.id(), format.mediaType(), rendered,
                    keys.list())).orElse(null);
            queues.deliver(carrier, id, format, rendered, entry);
        }
        manifests.findById(id).orElseThrow().setOrderCount(claimed);
        onManifest.forEach(shipment -> dispatch(carrier, shipment, id));
        LOG.info("Cut-off of carrier {}: manifest {} with {} orders in {} ({} waiting for booking)", carrier.id(), id,
                claimed, formats, waiting);
        return new ManifestSummary(id, carrier.id(), now, onManifest.stream().map(CarrierShipmentEntity::getOrderId)
                .toList(), formats, waiting);
    }

    /** The planned order is now with the carrier. */
    private void dispatch(Carrier carrier, CarrierShipmentEntity shipment, String manifestId) {
        OrderEntity entity = orders.findByIdAndTenant(shipment.getOrderId(), carrier.tenant()).orElseThrow();
        if (entity.getStatus() == DeliveryStatus.PLANNED) {
            statuses.record(entity, documents.read(entity), new StatusChange(DeliveryStatus.DISPATCHED, null,
                    "handed to carrier " + carrier.id() + " on manifest " + manifestId, shipment.getPlanId(),
                    shipment.getVehicleId()));
        }
    }
}
